package io.github.sysimg.sample.templates.lexer;

/**
 * One template-level token.
 *
 * @param type          what kind of token this is
 * @param content       text for {@code TEXT}; for tags the trimmed text between sigil and closing braces
 * @param offset        where the token starts in the source
 * @param contentOffset where {@code content} starts in the source, used to place expression errors
 * @param indent        for a standalone partial, the whitespace that preceded it on its line
 */
public record Token(TokenType type, String content, int offset, int contentOffset, String indent) {

    Token withContent(String newContent) {
        return new Token(type, newContent, offset, contentOffset, indent);
    }

    Token withIndent(String newIndent) {
        return new Token(type, content, offset, contentOffset, newIndent);
    }
}
