package io.github.sysimg.sample.templates;

import java.util.List;
import java.util.Optional;

/**
 * Looks up template source text by name; used for top-level templates and partials.
 */
@FunctionalInterface
public interface TemplateLoader {

    /**
     * Returns the source of the named template, or empty when this loader does not know it.
     *
     * @throws TemplateException when the template exists but cannot be read
     */
    Optional<String> load(String name);

    /** A loader that asks each of the given loaders in turn and returns the first hit. */
    static TemplateLoader firstOf(TemplateLoader... loaders) {
        List<TemplateLoader> chain = List.of(loaders);
        return name -> chain.stream()
                .map(loader -> loader.load(name))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A loader that knows no templates; the default when only inline templates are compiled. */
    static TemplateLoader none() {
        return name -> Optional.empty();
    }
}
