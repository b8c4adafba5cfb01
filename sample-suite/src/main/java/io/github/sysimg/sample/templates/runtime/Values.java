package io.github.sysimg.sample.templates.runtime;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.BaseStream;

/**
 * The value semantics of the template language: truthiness, display strings, equality, ordering
 * and iteration over the many shapes Java data comes in.
 */
public final class Values {

    private Values() {
    }

    /** False for null, false, zero, empty strings, empty collections/maps/arrays and empty Optionals. */
    public static boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent() && isTruthy(o.get());
        }
        return !value.getClass().isArray() || Array.getLength(value) > 0;
    }

    /** How a value is printed: null is empty, whole doubles lose their ".0", decimals are plain. */
    public static String toDisplayString(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return value.toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(Values::toDisplayString).orElse("");
        }
        if (value.getClass().isArray()) {
            return toList(value).toString();
        }
        return value.toString();
    }

    /** A short type name for error messages. */
    public static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** Numeric equality across number types, enum/string equality by name, else {@code equals}. */
    public static boolean areEqual(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return toBigDecimal(x).compareTo(toBigDecimal(y)) == 0;
        }
        if (a instanceof Enum<?> e && b instanceof CharSequence s) {
            return e.name().contentEquals(s);
        }
        if (b instanceof Enum<?> e && a instanceof CharSequence s) {
            return e.name().contentEquals(s);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().contentEquals(y);
        }
        return Objects.equals(a, b);
    }

    /**
     * Orders two values: numbers numerically, strings lexically, other mutually comparable values
     * by their natural order.
     *
     * @throws IllegalArgumentException when the values cannot be ordered
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return toBigDecimal(x).compareTo(toBigDecimal(y));
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().compareTo(y.toString());
        }
        if (a instanceof Comparable c && b != null && a.getClass().isInstance(b)) {
            return c.compareTo(b);
        }
        throw new IllegalArgumentException("Cannot compare " + typeName(a) + " with " + typeName(b));
    }

    /** {@code item in container}: collection membership, map keys, substrings. */
    public static boolean contains(Object container, Object item) {
        if (container == null) {
            return false;
        }
        if (container instanceof CharSequence text) {
            return item != null && text.toString().contains(toDisplayString(item));
        }
        if (container instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(key -> areEqual(key, item));
        }
        List<Object> items = toList(container);
        if (items == null) {
            throw new IllegalArgumentException("Operator 'in' needs a list, map or string but got "
                    + typeName(container));
        }
        return items.stream().anyMatch(element -> areEqual(element, item));
    }

    /**
     * The elements of an iterable value, or {@code null} if the value is not iterable. Maps yield
     * their entries so templates can use {@code key} and {@code value}.
     */
    public static List<Object> toList(Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.entrySet());
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> result = new ArrayList<>();
            iterable.forEach(result::add);
            return result;
        }
        if (value instanceof BaseStream<?, ?> stream) {
            List<Object> result = new ArrayList<>();
            stream.iterator().forEachRemaining(result::add);
            return result;
        }
        if (value instanceof Iterator<?> iterator) {
            List<Object> result = new ArrayList<>();
            iterator.forEachRemaining(result::add);
            return result;
        }
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> result = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                result.add(Array.get(value, i));
            }
            return result;
        }
        return null;
    }

    /** Whether sections should iterate the value rather than enter it. */
    public static boolean isIterable(Object value) {
        return value instanceof Iterable<?> || value instanceof BaseStream<?, ?> || value instanceof Iterator<?>
                || (value != null && value.getClass().isArray());
    }

    /**
     * Converts numbers and numeric strings to {@code BigDecimal}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BigDecimal toBigDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Not a finite number: " + d);
            }
            return BigDecimal.valueOf(d);
        }
        if (value instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (value instanceof CharSequence s) {
            try {
                return new BigDecimal(s.toString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number: '" + s + "'");
            }
        }
        throw new IllegalArgumentException("Expected a number but got " + typeName(value));
    }
}
