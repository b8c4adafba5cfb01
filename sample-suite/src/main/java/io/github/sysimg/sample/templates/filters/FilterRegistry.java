package io.github.sysimg.sample.templates.filters;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The filters a template may use. Unknown names are reported at compile time, with a suggestion
 * for likely typos.
 */
public final class FilterRegistry {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, FilterDefinition> filters = new TreeMap<>();

    /** An empty registry; most callers want {@link #withBuiltins()}. */
    public FilterRegistry() {
    }

    /** A registry holding all built-in string, number, date, collection and escaping filters. */
    public static FilterRegistry withBuiltins() {
        FilterRegistry registry = new FilterRegistry();
        StringFilters.registerAll(registry);
        NumberFilters.registerAll(registry);
        DateFilters.registerAll(registry);
        CollectionFilters.registerAll(registry);
        EscapeFilters.registerAll(registry);
        return registry;
    }

    /** Registers a filter that accepts any number of arguments. */
    public FilterRegistry register(String name, Filter filter) {
        return register(name, 0, Integer.MAX_VALUE, filter);
    }

    /** Registers (or replaces) a filter with a fixed argument range. */
    public FilterRegistry register(String name, int minArgs, int maxArgs, Filter filter) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid filter name: '" + name + "'");
        }
        filters.put(name, new FilterDefinition(name, minArgs, maxArgs, filter));
        return this;
    }

    public Optional<FilterDefinition> find(String name) {
        return Optional.ofNullable(filters.get(name));
    }

    /** All registered names, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(filters.keySet());
    }

    public FilterRegistry copy() {
        FilterRegistry copy = new FilterRegistry();
        copy.filters.putAll(filters);
        return copy;
    }

    /** The closest registered name within two edits, if any. */
    public Optional<String> suggest(String unknown) {
        return filters.keySet().stream()
                .filter(name -> editDistance(name, unknown) <= 2)
                .min(Comparator.comparingInt((String name) -> editDistance(name, unknown))
                        .thenComparing(Comparator.naturalOrder()));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
