package io.github.sysimg.sample.templates;

/** Raised while compiling a template whose text is malformed. */
public class TemplateSyntaxException extends TemplateException {

    private static final long serialVersionUID = 1L;

    public TemplateSyntaxException(String detail, SourceLocation location) {
        super(detail, location);
    }
}
