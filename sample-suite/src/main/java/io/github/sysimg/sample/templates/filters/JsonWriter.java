package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.PropertyResolver;
import io.github.sysimg.sample.templates.runtime.Values;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Serializes template data to JSON: maps, collections, arrays, records and beans. The output is
 * safe to embed in a {@code <script>} element because {@code <}, {@code >} and {@code &} are
 * written as unicode escapes.
 */
public final class JsonWriter {

    private final PropertyResolver resolver;
    private final int indent;
    private final Set<Object> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param resolver reads properties of records and beans
     * @param indent   spaces per nesting level; 0 writes compact JSON
     */
    public JsonWriter(PropertyResolver resolver, int indent) {
        this.resolver = resolver;
        this.indent = Math.max(0, indent);
    }

    public String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private void write(Object value, StringBuilder out, int level) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number n) {
            writeNumber(n, out);
        } else if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            writeString(value instanceof Enum<?> e ? e.name() : value.toString(), out);
        } else if (value instanceof Optional<?> optional) {
            write(optional.orElse(null), out, level);
        } else if (value instanceof Map<?, ?> map) {
            enter(value);
            writeObject(map, out, level);
            inProgress.remove(value);
        } else if (Values.isIterable(value)) {
            enter(value);
            writeArray(Values.toList(value), out, level);
            inProgress.remove(value);
        } else if (value.getClass().getName().startsWith("java.")) {
            // JDK value types (UUID, URI, Locale, ...) read best as their string form.
            writeString(value.toString(), out);
        } else {
            enter(value);
            writeObject(resolver.describe(value), out, level);
            inProgress.remove(value);
        }
    }

    private void enter(Object value) {
        if (!inProgress.add(value)) {
            throw new IllegalArgumentException("Cannot write JSON: cyclic reference through "
                    + Values.typeName(value));
        }
    }

    private void writeObject(Map<?, ?> map, StringBuilder out, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline(out, level + 1);
            writeString(Values.toDisplayString(entry.getKey()), out);
            out.append(indent > 0 ? ": " : ":");
            write(entry.getValue(), out, level + 1);
        }
        newline(out, level);
        out.append('}');
    }

    private void writeArray(List<Object> items, StringBuilder out, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(out, level + 1);
            write(items.get(i), out, level + 1);
        }
        newline(out, level);
        out.append(']');
    }

    private void newline(StringBuilder out, int level) {
        if (indent > 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    private static void writeNumber(Number n, StringBuilder out) {
        if (n instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            out.append("null");
        } else {
            out.append(n);
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
