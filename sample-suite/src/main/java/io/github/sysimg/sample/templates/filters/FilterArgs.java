package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.runtime.PropertyResolver;
import io.github.sysimg.sample.templates.runtime.Values;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Evaluated filter arguments plus what a filter may need from the engine: locale, time zone and
 * property access. Typed accessors produce uniform error messages.
 */
public final class FilterArgs {

    private final String filterName;
    private final List<Object> values;
    private final SourceLocation location;
    private final Locale locale;
    private final ZoneId zone;
    private final PropertyResolver resolver;

    public FilterArgs(String filterName, List<Object> values, SourceLocation location,
                      Locale locale, ZoneId zone, PropertyResolver resolver) {
        this.filterName = filterName;
        this.values = values;
        this.location = location;
        this.locale = locale;
        this.zone = zone;
        this.resolver = resolver;
    }

    public int size() {
        return values.size();
    }

    /** The raw argument, or {@code null} when absent. */
    public Object get(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    public String string(int index, String defaultValue) {
        Object value = get(index);
        return value == null ? defaultValue : Values.toDisplayString(value);
    }

    public int integer(int index, int defaultValue) {
        Object value = get(index);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            throw error("expects argument " + (index + 1) + " to be an integer but got '" + value + "'");
        }
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public PropertyResolver resolver() {
        return resolver;
    }

    public String filterName() {
        return filterName;
    }

    /** Builds an error that names the filter and points at its position in the template. */
    public TemplateRenderException error(String message) {
        return new TemplateRenderException("Filter '" + filterName + "' " + message, location);
    }

    public TemplateRenderException error(String message, Throwable cause) {
        return new TemplateRenderException("Filter '" + filterName + "' " + message, location, cause);
    }
}
