package io.github.sysimg.sample.templates.filters;

/**
 * A registered filter together with the number of arguments it accepts, checked at compile time.
 *
 * @param name    the name used in templates
 * @param minArgs fewest arguments accepted
 * @param maxArgs most arguments accepted
 * @param filter  the implementation
 */
public record FilterDefinition(String name, int minArgs, int maxArgs, Filter filter) {

    public FilterDefinition {
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException("Bad arity " + minArgs + ".." + maxArgs + " for filter " + name);
        }
    }

    /** Human-readable arity for error messages, e.g. "1 to 2 arguments". */
    public String arity() {
        if (minArgs == maxArgs) {
            return minArgs + (minArgs == 1 ? " argument" : " arguments");
        }
        return maxArgs == Integer.MAX_VALUE
                ? "at least " + minArgs + (minArgs == 1 ? " argument" : " arguments")
                : minArgs + " to " + maxArgs + " arguments";
    }
}
