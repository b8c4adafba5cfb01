package io.github.sysimg.sample.templates.lexer;

/**
 * One expression token.
 *
 * @param type   token kind
 * @param text   the token's source text; for strings the unescaped value
 * @param offset absolute offset in the template source
 */
public record ExprToken(ExprTokenType type, String text, int offset) {

    /** The token as shown in error messages. */
    public String describe() {
        return switch (type) {
            case EOF -> type.display();
            case STRING -> "string '" + text + "'";
            case NUMBER, IDENTIFIER -> "'" + text + "'";
            default -> type.display();
        };
    }
}
