package io.github.sysimg.sample.templates.expr;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.filters.Filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed expression. Every node knows where it came from, so evaluation errors can point at
 * the exact operand that failed rather than at the whole tag.
 */
public sealed interface Expr {

    SourceLocation location();

    <R> R accept(ExprVisitor<R> visitor);

    /** The expression in source-like form, used in error messages. */
    String text();

    /** A constant: string, number, boolean or null. */
    record Literal(Object value, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitLiteral(this);
        }

        @Override
        public String text() {
            if (value instanceof String s) {
                return "'" + s.replace("'", "\\'") + "'";
            }
            return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        }
    }

    /** A bare name, looked up through the scope chain. */
    record Variable(String name, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitVariable(this);
        }

        @Override
        public String text() {
            return name;
        }
    }

    /** {@code target.name}. */
    record Property(Expr target, String name, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitProperty(this);
        }

        @Override
        public String text() {
            return target.text() + "." + name;
        }
    }

    /** {@code target[index]}, for lists, arrays, maps and computed property names. */
    record Index(Expr target, Expr index, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitIndex(this);
        }

        @Override
        public String text() {
            return target.text() + "[" + index.text() + "]";
        }
    }

    /** {@code not x} or {@code -x}. */
    record Unary(UnaryOperator operator, Expr operand, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitUnary(this);
        }

        @Override
        public String text() {
            return operator.symbol() + (operator == UnaryOperator.NOT ? " " : "") + operand.text();
        }
    }

    /** {@code left op right}. */
    record Binary(BinaryOperator operator, Expr left, Expr right, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitBinary(this);
        }

        @Override
        public String text() {
            return "(" + left.text() + " " + operator.symbol() + " " + right.text() + ")";
        }
    }

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, SourceLocation location) implements Expr {
        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitConditional(this);
        }

        @Override
        public String text() {
            return condition.text() + " ? " + whenTrue.text() + " : " + whenFalse.text();
        }
    }

    /** {@code input | name(args...)}; the filter is resolved when the template is compiled. */
    record FilterCall(Expr input, String name, Filter filter, List<Expr> arguments, SourceLocation location)
            implements Expr {
        public FilterCall {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitFilter(this);
        }

        @Override
        public String text() {
            String args = arguments.isEmpty() ? ""
                    : arguments.stream().map(Expr::text).collect(Collectors.joining(", ", "(", ")"));
            return input.text() + " | " + name + args;
        }
    }

    /** {@code [a, b, c]}. */
    record ListLiteral(List<Expr> elements, SourceLocation location) implements Expr {
        public ListLiteral {
            elements = List.copyOf(elements);
        }

        @Override
        public <R> R accept(ExprVisitor<R> visitor) {
            return visitor.visitList(this);
        }

        @Override
        public String text() {
            return elements.stream().map(Expr::text).collect(Collectors.joining(", ", "[", "]"));
        }
    }
}
