package io.github.sysimg.sample.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Loads UTF-8 templates from class-path resources, mapping {@code name} to
 * {@code prefix + name + suffix}.
 */
public final class ClasspathTemplateLoader implements TemplateLoader {

    private final ClassLoader classLoader;
    private final String prefix;
    private final String suffix;

    public ClasspathTemplateLoader(String prefix, String suffix) {
        this(ClasspathTemplateLoader.class.getClassLoader(), prefix, suffix);
    }

    public ClasspathTemplateLoader(ClassLoader classLoader, String prefix, String suffix) {
        this.classLoader = classLoader;
        // ClassLoader.getResource never wants a leading slash, unlike Class.getResource.
        this.prefix = prefix.startsWith("/") ? prefix.substring(1) : prefix;
        this.suffix = suffix;
    }

    @Override
    public Optional<String> load(String name) {
        String resource = prefix + name + suffix;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template resource " + resource, e);
        }
    }
}
