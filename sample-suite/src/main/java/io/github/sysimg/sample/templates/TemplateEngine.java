package io.github.sysimg.sample.templates;

import io.github.sysimg.sample.templates.filters.Filter;
import io.github.sysimg.sample.templates.filters.FilterRegistry;
import io.github.sysimg.sample.templates.lexer.SourceText;
import io.github.sysimg.sample.templates.parser.TemplateParser;
import io.github.sysimg.sample.templates.runtime.PropertyResolver;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point: compiles templates, loads named templates and partials through a
 * {@link TemplateLoader}, and caches compiled results.
 *
 * <pre>{@code
 * TemplateEngine engine = TemplateEngine.builder()
 *         .template("hello", "Hello {{ name | capitalize }}!")
 *         .build();
 * engine.render("hello", Map.of("name", "world"));   // "Hello World!"
 * }</pre>
 */
public final class TemplateEngine {

    private final TemplateLoader loader;
    private final FilterRegistry filters;
    private final Locale locale;
    private final ZoneId zone;
    private final boolean strictVariables;
    private final boolean escapeHtml;
    private final int maxPartialDepth;
    private final Map<String, Object> globals;
    private final TemplateCache cache;
    private final PropertyResolver propertyResolver = new PropertyResolver();

    private TemplateEngine(Builder builder) {
        this.loader = builder.inline.isEmpty() ? builder.loader
                : TemplateLoader.firstOf(new MapTemplateLoader(builder.inline), builder.loader);
        this.filters = builder.filters.copy();
        this.locale = builder.locale;
        this.zone = builder.zone;
        this.strictVariables = builder.strictVariables;
        this.escapeHtml = builder.escapeHtml;
        this.maxPartialDepth = builder.maxPartialDepth;
        this.globals = Collections.unmodifiableMap(new LinkedHashMap<>(builder.globals));
        this.cache = new TemplateCache(builder.cacheSize);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An engine with default settings and no loader, for inline templates. */
    public static TemplateEngine create() {
        return builder().build();
    }

    /** Compiles source text that is not managed by the loader; the result is not cached. */
    public Template compile(String name, String source) {
        Objects.requireNonNull(source, "source");
        SourceText text = new SourceText(name, source);
        return new Template(this, name, new TemplateParser(text, filters).parse());
    }

    public Template compile(String source) {
        return compile("<inline>", source);
    }

    /** Loads, compiles and caches a named template. */
    public Template getTemplate(String name) {
        return cache.get(name, key -> compile(key, loader.load(key)
                .orElseThrow(() -> new TemplateNotFoundException(key, null))));
    }

    /** Convenience for {@code getTemplate(name).render(data)}. */
    public String render(String name, Object data) {
        return getTemplate(name).render(data);
    }

    /** Resolves a partial, reporting a missing one at the tag that asked for it. */
    public Template partial(String name, SourceLocation requestedAt) {
        try {
            return getTemplate(name);
        } catch (TemplateNotFoundException e) {
            if (e.location() == null && e.templateName().equals(name)) {
                throw new TemplateNotFoundException(name, requestedAt);
            }
            throw e;
        }
    }

    public TemplateCache cache() {
        return cache;
    }

    public FilterRegistry filters() {
        return filters;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean strictVariables() {
        return strictVariables;
    }

    public boolean escapeHtml() {
        return escapeHtml;
    }

    public int maxPartialDepth() {
        return maxPartialDepth;
    }

    public Map<String, Object> globals() {
        return globals;
    }

    public PropertyResolver propertyResolver() {
        return propertyResolver;
    }

    /** Configures a {@link TemplateEngine}. */
    public static final class Builder {

        private TemplateLoader loader = TemplateLoader.none();
        private final FilterRegistry filters = FilterRegistry.withBuiltins();
        private final Map<String, String> inline = new LinkedHashMap<>();
        private final Map<String, Object> globals = new LinkedHashMap<>();
        // Fixed defaults rather than the JVM's: output must not change with the host's settings.
        private Locale locale = Locale.US;
        private ZoneId zone = ZoneOffset.UTC;
        private boolean strictVariables;
        private boolean escapeHtml = true;
        private int cacheSize = 256;
        private int maxPartialDepth = 32;

        private Builder() {
        }

        public Builder loader(TemplateLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Registers a named template (or partial) held in memory; it shadows the loader. */
        public Builder template(String name, String source) {
            inline.put(name, source);
            return this;
        }

        public Builder filter(String name, Filter filter) {
            filters.register(name, filter);
            return this;
        }

        public Builder filter(String name, int minArgs, int maxArgs, Filter filter) {
            filters.register(name, minArgs, maxArgs, filter);
            return this;
        }

        /** A variable visible to every template, below the render data in the scope chain. */
        public Builder global(String name, Object value) {
            globals.put(name, value);
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** When on, unknown variables and properties are errors instead of empty output. */
        public Builder strictVariables(boolean strict) {
            this.strictVariables = strict;
            return this;
        }

        /** When on (the default), {@code {{ }}} output is HTML-escaped. */
        public Builder escapeHtml(boolean escape) {
            this.escapeHtml = escape;
            return this;
        }

        /** Maximum number of compiled templates kept; 0 disables caching. */
        public Builder cacheSize(int size) {
            this.cacheSize = size;
            return this;
        }

        public Builder maxPartialDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxPartialDepth must be >= 1: " + depth);
            }
            this.maxPartialDepth = depth;
            return this;
        }

        public TemplateEngine build() {
            return new TemplateEngine(this);
        }
    }
}
