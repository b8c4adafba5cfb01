package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.Arithmetic;
import io.github.sysimg.sample.templates.runtime.PropertyResolver;
import io.github.sysimg.sample.templates.runtime.Values;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Built-in filters over lists, maps and arrays. */
final class CollectionFilters {

    /** Natural order via the language's own comparison rules, nulls last. */
    private static final Comparator<Object> NATURAL = Comparator.nullsLast(Values::compare);

    private CollectionFilters() {
    }

    static void registerAll(FilterRegistry registry) {
        registry.register("length", 0, 0, CollectionFilters::length)
                .register("first", 0, 0, (in, args) -> {
                    List<Object> items = items(in, args);
                    return items.isEmpty() ? null : items.get(0);
                })
                .register("last", 0, 0, (in, args) -> {
                    List<Object> items = items(in, args);
                    return items.isEmpty() ? null : items.get(items.size() - 1);
                })
                .register("join", 0, 1, (in, args) -> items(in, args).stream()
                        .map(Values::toDisplayString)
                        .collect(Collectors.joining(args.string(0, ", "))))
                .register("sort", 0, 0, (in, args) -> sorted(items(in, args), NATURAL))
                .register("sort_by", 1, 1, (in, args) -> sorted(items(in, args),
                        Comparator.comparing(item -> property(item, args.string(0, ""), args), NATURAL)))
                .register("reverse", 0, 0, CollectionFilters::reverse)
                .register("keys", 0, 0, (in, args) -> new ArrayList<Object>(map(in, args).keySet()))
                .register("values", 0, 0, (in, args) -> new ArrayList<Object>(map(in, args).values()))
                .register("sum", 0, 1, CollectionFilters::sum)
                .register("map", 1, 1, (in, args) -> items(in, args).stream()
                        .map(item -> property(item, args.string(0, ""), args))
                        .collect(Collectors.toList()))
                .register("where", 1, 2, CollectionFilters::where)
                .register("take", 1, 1, (in, args) -> {
                    List<Object> items = items(in, args);
                    return List.copyOf(items.subList(0, Math.max(0, Math.min(items.size(), args.integer(0, 0)))));
                })
                .register("distinct", 0, 0, (in, args) -> new ArrayList<>(new LinkedHashSet<>(items(in, args))));
    }

    private static List<Object> items(Object input, FilterArgs args) {
        if (input == null) {
            return List.of();
        }
        List<Object> items = Values.toList(input);
        if (items == null) {
            throw args.error("expects a list but got " + Values.typeName(input));
        }
        return items;
    }

    private static Map<?, ?> map(Object input, FilterArgs args) {
        if (input == null) {
            return Map.of();
        }
        if (input instanceof Map<?, ?> map) {
            return map;
        }
        return args.resolver().describe(input);
    }

    /** Reads a possibly dotted property path such as {@code customer.name} from an item. */
    static Object property(Object item, String path, FilterArgs args) {
        Object current = item;
        for (String segment : path.split("\\.")) {
            Object next = args.resolver().resolve(current, segment);
            if (next == PropertyResolver.MISSING) {
                throw args.error("found no property '" + segment + "' on " + Values.typeName(current));
            }
            current = next;
        }
        return current;
    }

    private static Object length(Object input, FilterArgs args) {
        if (input == null) {
            return 0;
        }
        if (input instanceof CharSequence s) {
            return s.length();
        }
        if (input instanceof Collection<?> c) {
            return c.size();
        }
        if (input instanceof Map<?, ?> m) {
            return m.size();
        }
        return items(input, args).size();
    }

    private static List<Object> sorted(List<Object> items, Comparator<Object> order) {
        List<Object> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }

    private static Object reverse(Object input, FilterArgs args) {
        if (input instanceof CharSequence s) {
            return new StringBuilder(s).reverse().toString();
        }
        List<Object> copy = new ArrayList<>(items(input, args));
        Collections.reverse(copy);
        return copy;
    }

    private static Object sum(Object input, FilterArgs args) {
        Object total = 0L;
        for (Object item : items(input, args)) {
            Object value = args.size() == 0 ? item : property(item, args.string(0, ""), args);
            if (value != null) {
                total = Arithmetic.add(total, value instanceof Number ? value : Values.toBigDecimal(value));
            }
        }
        return total;
    }

    /** Keeps items whose property equals the given value, or is truthy when no value is given. */
    private static Object where(Object input, FilterArgs args) {
        String path = args.string(0, "");
        return items(input, args).stream()
                .filter(Objects::nonNull)
                .filter(item -> {
                    Object value = property(item, path, args);
                    return args.size() < 2 ? Values.isTruthy(value) : Values.areEqual(value, args.get(1));
                })
                .collect(Collectors.toList());
    }
}
