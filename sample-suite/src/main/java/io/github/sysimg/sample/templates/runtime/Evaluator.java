package io.github.sysimg.sample.templates.runtime;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateException;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.expr.Expr;
import io.github.sysimg.sample.templates.expr.ExprVisitor;
import io.github.sysimg.sample.templates.filters.FilterArgs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Evaluates expressions against a {@link Scope}. Failures are reported at the operand or operator
 * that caused them.
 */
public final class Evaluator implements ExprVisitor<Object> {

    private final TemplateEngine engine;
    private final PropertyResolver resolver;
    private Scope scope;
    /** Greater than zero while evaluating the left side of {@code ??}, where absence is expected. */
    private int lenientDepth;

    public Evaluator(TemplateEngine engine) {
        this.engine = engine;
        this.resolver = engine.propertyResolver();
    }

    /** Evaluates {@code expr} with {@code scope} providing the variables. */
    public Object evaluate(Expr expr, Scope scope) {
        Scope saved = this.scope;
        this.scope = scope;
        try {
            return expr.accept(this);
        } finally {
            this.scope = saved;
        }
    }

    @Override
    public Object visitLiteral(Expr.Literal literal) {
        return literal.value();
    }

    @Override
    public Object visitVariable(Expr.Variable variable) {
        if (variable.name().equals("this")) {
            return scope.self();
        }
        Object value = scope.lookup(variable.name(), resolver);
        return value == PropertyResolver.MISSING
                ? missing(variable.location(), () -> "Unknown variable '" + variable.name() + "'")
                : value;
    }

    @Override
    public Object visitProperty(Expr.Property property) {
        Object target = property.target().accept(this);
        if (target == null) {
            return missing(property.location(), () -> "Cannot read property '" + property.name() + "' of null ('"
                    + property.target().text() + "' is null)");
        }
        Object value = guard(property.location(), () -> resolver.resolve(target, property.name()));
        return value == PropertyResolver.MISSING
                ? missing(property.location(), () -> "Unknown property '" + property.name() + "' on "
                        + Values.typeName(target) + " (in '" + property.text() + "')")
                : value;
    }

    @Override
    public Object visitIndex(Expr.Index index) {
        Object target = index.target().accept(this);
        Object key = index.index().accept(this);
        if (target == null) {
            return missing(index.location(), () -> "Cannot index null ('" + index.target().text() + "' is null)");
        }
        Object value = guard(index.location(), () -> resolver.index(target, key));
        return value == PropertyResolver.MISSING
                ? missing(index.location(), () -> "No element [" + Values.toDisplayString(key) + "] in "
                        + Values.typeName(target) + " (in '" + index.text() + "')")
                : value;
    }

    @Override
    public Object visitUnary(Expr.Unary unary) {
        Object operand = unary.operand().accept(this);
        return switch (unary.operator()) {
            case NOT -> !Values.isTruthy(operand);
            case NEGATE -> guard(unary.location(), () -> Arithmetic.negate(operand));
        };
    }

    @Override
    public Object visitBinary(Expr.Binary binary) {
        switch (binary.operator()) {
            case AND -> {
                Object left = binary.left().accept(this);
                return Values.isTruthy(left) ? binary.right().accept(this) : left;
            }
            case OR -> {
                Object left = binary.left().accept(this);
                return Values.isTruthy(left) ? left : binary.right().accept(this);
            }
            case COALESCE -> {
                lenientDepth++;
                Object left;
                try {
                    left = binary.left().accept(this);
                } finally {
                    lenientDepth--;
                }
                return left != null ? left : binary.right().accept(this);
            }
            default -> {
                Object left = binary.left().accept(this);
                Object right = binary.right().accept(this);
                return guard(binary.location(), () -> switch (binary.operator()) {
                    case EQ -> Values.areEqual(left, right);
                    case NE -> !Values.areEqual(left, right);
                    case LT -> Values.compare(left, right) < 0;
                    case LE -> Values.compare(left, right) <= 0;
                    case GT -> Values.compare(left, right) > 0;
                    case GE -> Values.compare(left, right) >= 0;
                    case IN -> Values.contains(right, left);
                    case ADD -> Arithmetic.add(left, right);
                    case SUBTRACT -> Arithmetic.subtract(left, right);
                    case MULTIPLY -> Arithmetic.multiply(left, right);
                    case DIVIDE -> Arithmetic.divide(left, right);
                    case MODULO -> Arithmetic.modulo(left, right);
                    default -> throw new IllegalStateException("Unhandled operator " + binary.operator());
                });
            }
        }
    }

    @Override
    public Object visitConditional(Expr.Conditional conditional) {
        return Values.isTruthy(conditional.condition().accept(this))
                ? conditional.whenTrue().accept(this)
                : conditional.whenFalse().accept(this);
    }

    @Override
    public Object visitFilter(Expr.FilterCall call) {
        Object input = call.input().accept(this);
        List<Object> args = new ArrayList<>(call.arguments().size());
        for (Expr argument : call.arguments()) {
            args.add(argument.accept(this));
        }
        FilterArgs filterArgs = new FilterArgs(call.name(), Collections.unmodifiableList(args), call.location(),
                engine.locale(), engine.zone(), resolver);
        try {
            return call.filter().apply(input, filterArgs);
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw filterArgs.error("failed on " + Values.typeName(input) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Object visitList(Expr.ListLiteral list) {
        List<Object> values = new ArrayList<>(list.elements().size());
        for (Expr element : list.elements()) {
            values.add(element.accept(this));
        }
        return Collections.unmodifiableList(values);
    }

    private Object missing(SourceLocation location, Supplier<String> message) {
        if (engine.strictVariables() && lenientDepth == 0) {
            throw new TemplateRenderException(message.get(), location);
        }
        return null;
    }

    private static Object guard(SourceLocation location, Supplier<Object> operation) {
        try {
            return operation.get();
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TemplateRenderException(e.getMessage(), location, e);
        }
    }
}
