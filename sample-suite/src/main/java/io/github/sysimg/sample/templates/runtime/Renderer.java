package io.github.sysimg.sample.templates.runtime;

import io.github.sysimg.sample.templates.Template;
import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.ast.Node;
import io.github.sysimg.sample.templates.ast.NodeVisitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Walks a template's nodes and writes the output. One renderer serves one render call; compiled
 * templates stay shared and immutable.
 */
public final class Renderer implements NodeVisitor {

    private final TemplateEngine engine;
    private final Evaluator evaluator;
    private final Appendable out;
    private final int depth;
    private Scope scope;

    public Renderer(TemplateEngine engine, Appendable out, Scope scope) {
        this(engine, new Evaluator(engine), out, scope, 0);
    }

    private Renderer(TemplateEngine engine, Evaluator evaluator, Appendable out, Scope scope, int depth) {
        this.engine = engine;
        this.evaluator = evaluator;
        this.out = out;
        this.scope = scope;
        this.depth = depth;
    }

    public void render(List<Node> nodes) {
        for (Node node : nodes) {
            node.accept(this);
        }
    }

    @Override
    public void visitText(Node.Text text) {
        write(text.text());
    }

    @Override
    public void visitOutput(Node.Output output) {
        Object value = evaluator.evaluate(output.expr(), scope);
        String text = Values.toDisplayString(value);
        boolean escape = output.escape() && engine.escapeHtml() && !(value instanceof SafeString);
        write(escape ? HtmlEscaper.escape(text) : text);
    }

    @Override
    public void visitSection(Node.Section section) {
        Object value = evaluator.evaluate(section.expr(), scope);
        boolean truthy = Values.isTruthy(value);
        if (section.inverted()) {
            render(truthy ? section.otherwise() : section.body());
        } else if (Values.isIterable(value)) {
            List<Object> items = Values.toList(value);
            if (items.isEmpty()) {
                render(section.otherwise());
            }
            for (int i = 0; i < items.size(); i++) {
                withScope(scope.push(items.get(i)), "loop", new LoopStatus(i, items.size()), section.body());
            }
        } else if (!truthy) {
            render(section.otherwise());
        } else if (value instanceof Boolean) {
            render(section.body());
        } else {
            withScope(scope.push(value), null, null, section.body());
        }
    }

    @Override
    public void visitIf(Node.If node) {
        for (Node.Branch branch : node.branches()) {
            if (Values.isTruthy(evaluator.evaluate(branch.condition(), scope))) {
                render(branch.body());
                return;
            }
        }
        render(node.otherwise());
    }

    @Override
    public void visitEach(Node.Each each) {
        Object value = evaluator.evaluate(each.iterable(), scope);
        List<Object> items = value == null ? List.of() : Values.toList(value);
        if (items == null) {
            throw new TemplateRenderException("Cannot iterate over " + Values.typeName(value) + " ('"
                    + each.iterable().text() + "')", each.location());
        }
        if (items.isEmpty()) {
            render(each.otherwise());
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            LoopStatus status = new LoopStatus(i, items.size());
            Object item = items.get(i);
            Scope frame = each.alias() == null ? scope.push(item) : scope.pushLocal(each.alias(), item);
            withScope(frame, "loop", status, each.body());
        }
    }

    @Override
    public void visitWith(Node.With with) {
        Object value = evaluator.evaluate(with.value(), scope);
        if (!Values.isTruthy(value)) {
            render(with.otherwise());
            return;
        }
        Scope frame = with.alias() == null ? scope.push(value) : scope.pushLocal(with.alias(), value);
        withScope(frame, null, null, with.body());
    }

    @Override
    public void visitPartial(Node.Partial partial) {
        if (depth >= engine.maxPartialDepth()) {
            throw new TemplateRenderException("Partials nested more than " + engine.maxPartialDepth()
                    + " levels deep; is '" + partial.name() + "' recursive without a base case?", partial.location());
        }
        Template template = engine.partial(partial.name(), partial.location());
        Scope frame = partial.context() == null ? scope : scope.push(evaluator.evaluate(partial.context(), scope));
        if (partial.indent().isEmpty()) {
            new Renderer(engine, evaluator, out, frame, depth + 1).render(template.nodes());
            return;
        }
        // A standalone partial inherits the indentation of its tag on every line it produces.
        StringBuilder buffer = new StringBuilder();
        new Renderer(engine, evaluator, buffer, frame, depth + 1).render(template.nodes());
        boolean lineStart = true;
        StringBuilder indented = new StringBuilder(buffer.length() + 32);
        for (int i = 0; i < buffer.length(); i++) {
            char c = buffer.charAt(i);
            if (lineStart && c != '\n') {
                indented.append(partial.indent());
            }
            indented.append(c);
            lineStart = c == '\n';
        }
        write(indented);
    }

    @Override
    public void visitSet(Node.Set set) {
        scope.set(set.name(), evaluator.evaluate(set.value(), scope));
    }

    private void withScope(Scope frame, String localName, Object localValue, List<Node> body) {
        Scope saved = scope;
        scope = frame;
        if (localName != null) {
            scope.set(localName, localValue);
        }
        try {
            render(body);
        } finally {
            scope = saved;
        }
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
