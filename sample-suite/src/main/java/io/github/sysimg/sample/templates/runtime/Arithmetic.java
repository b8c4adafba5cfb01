package io.github.sysimg.sample.templates.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/**
 * Arithmetic over mixed Java number types. Integral values stay {@code long} until they overflow;
 * any {@code BigDecimal} operand makes the result exact decimal (money stays exact), and floating
 * point is used only when a {@code double} or {@code float} is involved.
 */
public final class Arithmetic {

    private enum Kind { LONG, DOUBLE, DECIMAL }

    private Arithmetic() {
    }

    /** Adds numbers, concatenates strings (if either side is one) and joins collections. */
    public static Object add(Object a, Object b) {
        if (a instanceof CharSequence || b instanceof CharSequence) {
            return Values.toDisplayString(a) + Values.toDisplayString(b);
        }
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
            List<Object> joined = new ArrayList<>(x);
            joined.addAll(y);
            return joined;
        }
        return apply("+", a, b, Math::addExact, Double::sum, BigDecimal::add);
    }

    public static Object subtract(Object a, Object b) {
        return apply("-", a, b, Math::subtractExact, (x, y) -> x - y, BigDecimal::subtract);
    }

    public static Object multiply(Object a, Object b) {
        return apply("*", a, b, Math::multiplyExact, (x, y) -> x * y, BigDecimal::multiply);
    }

    /** Integer division that is not exact yields a decimal: {@code 7 / 2} is {@code 3.5}, not 3. */
    public static Object divide(Object a, Object b) {
        Kind kind = kindOf("/", a, b);
        if (kind != Kind.DOUBLE && Values.toBigDecimal(b).signum() == 0) {
            throw new ArithmeticException("Division by zero");
        }
        if (kind == Kind.LONG) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            if (x % y == 0 && !(x == Long.MIN_VALUE && y == -1)) {
                return x / y;
            }
        }
        if (kind == Kind.DOUBLE) {
            return ((Number) a).doubleValue() / ((Number) b).doubleValue();
        }
        BigDecimal x = Values.toBigDecimal(a);
        BigDecimal y = Values.toBigDecimal(b);
        try {
            return x.divide(y);
        } catch (ArithmeticException nonTerminating) {
            return x.divide(y, MathContext.DECIMAL64).stripTrailingZeros();
        }
    }

    public static Object modulo(Object a, Object b) {
        Kind kind = kindOf("%", a, b);
        if (kind != Kind.DOUBLE && Values.toBigDecimal(b).signum() == 0) {
            throw new ArithmeticException("Modulo by zero");
        }
        return apply("%", a, b, (x, y) -> x % y, (x, y) -> x % y, BigDecimal::remainder);
    }

    public static Object negate(Object a) {
        if (!(a instanceof Number n)) {
            throw new IllegalArgumentException("Operator '-' cannot be applied to " + Values.typeName(a));
        }
        return switch (kindOf(n)) {
            case LONG -> n.longValue() == Long.MIN_VALUE
                    ? BigDecimal.valueOf(n.longValue()).negate() : (Object) (-n.longValue());
            case DOUBLE -> -n.doubleValue();
            case DECIMAL -> Values.toBigDecimal(n).negate();
        };
    }

    private static Object apply(String symbol, Object a, Object b, LongBinaryOperator longOp,
                                DoubleBinaryOperator doubleOp, BinaryOperator<BigDecimal> decimalOp) {
        Kind kind = kindOf(symbol, a, b);
        Number x = (Number) a;
        Number y = (Number) b;
        switch (kind) {
            case LONG -> {
                try {
                    return longOp.applyAsLong(x.longValue(), y.longValue());
                } catch (ArithmeticException overflow) {
                    // Fall through to exact decimal arithmetic instead of wrapping around.
                    return decimalOp.apply(BigDecimal.valueOf(x.longValue()), BigDecimal.valueOf(y.longValue()));
                }
            }
            case DOUBLE -> {
                return doubleOp.applyAsDouble(x.doubleValue(), y.doubleValue());
            }
            default -> {
                return decimalOp.apply(Values.toBigDecimal(x), Values.toBigDecimal(y));
            }
        }
    }

    private static Kind kindOf(String symbol, Object a, Object b) {
        if (!(a instanceof Number x) || !(b instanceof Number y)) {
            throw new IllegalArgumentException("Operator '" + symbol + "' cannot be applied to "
                    + Values.typeName(a) + " and " + Values.typeName(b));
        }
        Kind kx = kindOf(x);
        Kind ky = kindOf(y);
        if (kx == Kind.DECIMAL || ky == Kind.DECIMAL) {
            return Kind.DECIMAL;
        }
        return kx == Kind.DOUBLE || ky == Kind.DOUBLE ? Kind.DOUBLE : Kind.LONG;
    }

    private static Kind kindOf(Number n) {
        if (n instanceof BigDecimal || n instanceof BigInteger) {
            return Kind.DECIMAL;
        }
        if (n instanceof Double || n instanceof Float) {
            return Kind.DOUBLE;
        }
        return Kind.LONG;
    }
}
