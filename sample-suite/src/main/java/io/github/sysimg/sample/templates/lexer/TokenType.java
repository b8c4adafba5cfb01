package io.github.sysimg.sample.templates.lexer;

/** The kinds of template-level tokens; tags are told apart by the sigil after the opening braces. */
public enum TokenType {
    TEXT(false),
    /** {@code {{ expr }}}: HTML-escaped output. */
    VARIABLE(false),
    /** {@code {{{ expr }}}} or {@code {{& expr }}}: unescaped output. */
    RAW_VARIABLE(false),
    /** {@code {{# ... }}}: a section or a block helper such as if/each/with. */
    SECTION_OPEN(true),
    /** {@code {{^ ... }}}: a section rendered only when its value is falsy. */
    INVERTED_OPEN(true),
    /** {@code {{/ ... }}}. */
    SECTION_CLOSE(true),
    /** {@code {{else}}} or {@code {{else if cond}}}. */
    ELSE(true),
    /** {@code {{> name [context]}}}. */
    PARTIAL(true),
    /** {@code {{! ... }}}. */
    COMMENT(true),
    /** {@code {{set name = expr}}}. */
    SET(true),
    EOF(false);

    private final boolean standaloneCandidate;

    TokenType(boolean standaloneCandidate) {
        this.standaloneCandidate = standaloneCandidate;
    }

    /**
     * Whether a tag of this kind, alone on its line, swallows that line's whitespace and newline,
     * so block structure does not leave blank lines in the output.
     */
    public boolean standaloneCandidate() {
        return standaloneCandidate;
    }
}
