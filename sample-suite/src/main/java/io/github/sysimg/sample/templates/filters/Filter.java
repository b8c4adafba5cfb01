package io.github.sysimg.sample.templates.filters;

/**
 * A named transformation applied with {@code value | name(args...)}.
 */
@FunctionalInterface
public interface Filter {

    /**
     * @param input the value left of the pipe, possibly {@code null}
     * @param args  the evaluated arguments plus the rendering environment
     * @return the transformed value; a {@link io.github.sysimg.sample.templates.runtime.SafeString}
     *         is written without HTML escaping
     */
    Object apply(Object input, FilterArgs args);
}
