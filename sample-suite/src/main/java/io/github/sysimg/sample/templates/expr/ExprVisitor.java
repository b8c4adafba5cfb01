package io.github.sysimg.sample.templates.expr;

/** Double dispatch over {@link Expr} nodes. */
public interface ExprVisitor<R> {

    R visitLiteral(Expr.Literal literal);

    R visitVariable(Expr.Variable variable);

    R visitProperty(Expr.Property property);

    R visitIndex(Expr.Index index);

    R visitUnary(Expr.Unary unary);

    R visitBinary(Expr.Binary binary);

    R visitConditional(Expr.Conditional conditional);

    R visitFilter(Expr.FilterCall filter);

    R visitList(Expr.ListLiteral list);
}
