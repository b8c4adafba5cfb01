package io.github.sysimg.sample.templates;

/** Raised while rendering, e.g. a failing filter, a bad operand or an unknown variable in strict mode. */
public class TemplateRenderException extends TemplateException {

    private static final long serialVersionUID = 1L;

    public TemplateRenderException(String detail, SourceLocation location) {
        super(detail, location);
    }

    public TemplateRenderException(String detail, SourceLocation location, Throwable cause) {
        super(detail, location, cause);
    }
}
