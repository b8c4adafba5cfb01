package io.github.sysimg.sample.templates;

/** Raised when a loader has no template of the requested name. */
public class TemplateNotFoundException extends TemplateException {

    private static final long serialVersionUID = 1L;

    private final String templateName;

    public TemplateNotFoundException(String templateName, SourceLocation location) {
        super("Template not found: '" + templateName + "'", location);
        this.templateName = templateName;
    }

    /** The name that could not be resolved. */
    public String templateName() {
        return templateName;
    }
}
