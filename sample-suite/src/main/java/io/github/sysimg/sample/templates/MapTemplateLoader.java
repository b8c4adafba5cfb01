package io.github.sysimg.sample.templates;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory loader, handy for tests and for templates assembled at run time.
 */
public final class MapTemplateLoader implements TemplateLoader {

    private final Map<String, String> sources = new ConcurrentHashMap<>();

    public MapTemplateLoader() {
    }

    public MapTemplateLoader(Map<String, String> initial) {
        sources.putAll(initial);
    }

    /** Adds or replaces a template; returns this loader for chaining. */
    public MapTemplateLoader put(String name, String source) {
        sources.put(name, source);
        return this;
    }

    @Override
    public Optional<String> load(String name) {
        return Optional.ofNullable(sources.get(name));
    }
}
