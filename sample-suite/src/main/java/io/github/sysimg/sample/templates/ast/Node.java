package io.github.sysimg.sample.templates.ast;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.expr.Expr;

import java.util.List;

/**
 * A node of a compiled template. Trees are immutable so compiled templates can be cached and
 * rendered from many threads at once.
 */
public sealed interface Node {

    void accept(NodeVisitor visitor);

    /** Literal text copied to the output. */
    record Text(String text) implements Node {
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitText(this);
        }
    }

    /** {@code {{ expr }}} (escaped) or {@code {{{ expr }}}} (raw). */
    record Output(Expr expr, boolean escape, SourceLocation location) implements Node {
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitOutput(this);
        }
    }

    /**
     * A Mustache section: iterates lists, enters truthy objects, skips falsy values; with
     * {@code inverted} it renders only for falsy values.
     */
    record Section(String name, Expr expr, boolean inverted, List<Node> body, List<Node> otherwise,
                   SourceLocation location) implements Node {
        public Section {
            body = List.copyOf(body);
            otherwise = List.copyOf(otherwise);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitSection(this);
        }
    }

    /** One {@code if} / {@code else if} arm. */
    record Branch(Expr condition, List<Node> body) {
        public Branch {
            body = List.copyOf(body);
        }
    }

    /** {@code {{#if}} ... {{else if}} ... {{else}} ... {{/if}}}, also used for {@code unless}. */
    record If(List<Branch> branches, List<Node> otherwise, SourceLocation location) implements Node {
        public If {
            branches = List.copyOf(branches);
            otherwise = List.copyOf(otherwise);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitIf(this);
        }
    }

    /** {@code {{#each items [as item]}} ... {{else}} ... {{/each}}}. */
    record Each(Expr iterable, String alias, List<Node> body, List<Node> otherwise, SourceLocation location)
            implements Node {
        public Each {
            body = List.copyOf(body);
            otherwise = List.copyOf(otherwise);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitEach(this);
        }
    }

    /** {@code {{#with value [as name]}} ... {{else}} ... {{/with}}}. */
    record With(Expr value, String alias, List<Node> body, List<Node> otherwise, SourceLocation location)
            implements Node {
        public With {
            body = List.copyOf(body);
            otherwise = List.copyOf(otherwise);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitWith(this);
        }
    }

    /** {@code {{> name [context]}}}; resolved at render time so partials may be recursive. */
    record Partial(String name, Expr context, String indent, SourceLocation location) implements Node {
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitPartial(this);
        }
    }

    /** {@code {{set name = expr}}}: binds a variable in the innermost scope. */
    record Set(String name, Expr value, SourceLocation location) implements Node {
        @Override
        public void accept(NodeVisitor visitor) {
            visitor.visitSet(this);
        }
    }
}
