package io.github.sysimg.sample.templates;

/**
 * A position inside a template source, reported in error messages as {@code name:line:column}.
 *
 * @param templateName the template's name as given to the engine or loader
 * @param line         1-based line number
 * @param column       1-based column number
 */
public record SourceLocation(String templateName, int line, int column) {

    @Override
    public String toString() {
        return templateName + ":" + line + ":" + column;
    }
}
