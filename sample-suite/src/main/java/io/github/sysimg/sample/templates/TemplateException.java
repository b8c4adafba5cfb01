package io.github.sysimg.sample.templates;

/**
 * Base class of every error raised by the engine; carries the template position when one is known.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SourceLocation location;
    private final String detail;

    public TemplateException(String detail, SourceLocation location) {
        this(detail, location, null);
    }

    public TemplateException(String detail, SourceLocation location, Throwable cause) {
        // Compiler-style "name:line:col: message" so editors and CI logs can link to the spot.
        super(location == null ? detail : location + ": " + detail, cause);
        this.detail = detail;
        this.location = location;
    }

    /** The position the error refers to, or {@code null} when it is not tied to template text. */
    public SourceLocation location() {
        return location;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
