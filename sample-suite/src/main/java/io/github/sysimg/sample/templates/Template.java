package io.github.sysimg.sample.templates;

import io.github.sysimg.sample.templates.ast.Node;
import io.github.sysimg.sample.templates.runtime.Renderer;
import io.github.sysimg.sample.templates.runtime.Scope;

import java.util.List;

/**
 * A compiled template. Immutable and thread-safe: compile once, render many times.
 */
public final class Template {

    private final TemplateEngine engine;
    private final String name;
    private final List<Node> nodes;

    Template(TemplateEngine engine, String name, List<Node> nodes) {
        this.engine = engine;
        this.name = name;
        this.nodes = List.copyOf(nodes);
    }

    public String name() {
        return name;
    }

    /** The top-level nodes, for tools that inspect templates. */
    public List<Node> nodes() {
        return nodes;
    }

    /**
     * Renders with {@code data} as the root context: a Map, record, JavaBean or any object whose
     * properties the template reads.
     */
    public String render(Object data) {
        StringBuilder out = new StringBuilder(256);
        render(data, out);
        return out.toString();
    }

    /** Renders into {@code out}, e.g. a Writer; I/O errors surface as UncheckedIOException. */
    public void render(Object data, Appendable out) {
        new Renderer(engine, out, Scope.root(engine.globals(), data)).render(nodes);
    }

    @Override
    public String toString() {
        return "Template[" + name + ", " + nodes.size() + " nodes]";
    }
}
