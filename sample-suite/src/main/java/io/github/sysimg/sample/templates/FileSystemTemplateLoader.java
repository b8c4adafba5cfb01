package io.github.sysimg.sample.templates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads UTF-8 templates from files below a root directory, mapping {@code name} to
 * {@code root/name + suffix}.
 */
public final class FileSystemTemplateLoader implements TemplateLoader {

    private final Path root;
    private final String suffix;

    public FileSystemTemplateLoader(Path root, String suffix) {
        this.root = root.toAbsolutePath().normalize();
        this.suffix = suffix;
    }

    @Override
    public Optional<String> load(String name) {
        Path file = root.resolve(name + suffix).normalize();
        // Template names can come from data (dynamic partials); never let them escape the root.
        if (!file.startsWith(root)) {
            throw new TemplateException("Template name escapes the template root: '" + name + "'", null);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new TemplateException("Cannot read template '" + name + "' from " + file, null, e);
        }
    }
}
