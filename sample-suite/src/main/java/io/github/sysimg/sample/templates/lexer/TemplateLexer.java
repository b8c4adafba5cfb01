package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.TemplateSyntaxException;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits template text into literal text and {@code {{ ... }}} tags.
 *
 * <p>Besides plain tokenizing it applies the two whitespace rules of the language: {@code ~} next
 * to a delimiter trims the adjacent literal whitespace, and block tags standing alone on a line
 * remove that whole line from the output.
 */
public final class TemplateLexer {

    private static final String OPEN = "{{";

    private final SourceText source;
    private final String text;

    public TemplateLexer(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    /** Tokenizes the whole source; the last token is always {@link TokenType#EOF}. */
    public List<Token> tokenize() {
        List<Token> tokens = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = 0;
        int pos = 0;
        while (pos < text.length()) {
            int open = text.indexOf(OPEN, pos);
            if (open < 0) {
                literal.append(text, pos, text.length());
                break;
            }
            if (open > 0 && text.charAt(open - 1) == '\\') {
                // "\{{" is the way to print literal braces.
                literal.append(text, pos, open - 1).append(OPEN);
                pos = open + OPEN.length();
                continue;
            }
            literal.append(text, pos, open);
            Tag tag = readTag(open);
            if (tag.trimBefore()) {
                trimTrailingWhitespace(literal);
            }
            addText(tokens, literal, literalStart);
            tokens.add(tag.token());
            pos = tag.end();
            if (tag.trimAfter()) {
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    pos++;
                }
            }
            literal.setLength(0);
            literalStart = pos;
        }
        addText(tokens, literal, literalStart);
        List<Token> result = applyStandaloneRule(tokens);
        result.add(new Token(TokenType.EOF, "", text.length(), text.length(), ""));
        return result;
    }

    private record Tag(Token token, int end, boolean trimBefore, boolean trimAfter) {
    }

    private Tag readTag(int open) {
        boolean triple = text.startsWith("{", open + 2);
        int start = open + (triple ? 3 : 2);
        boolean trimBefore = text.startsWith("~", start);
        if (trimBefore) {
            start++;
        }
        String close = triple ? "}}}" : "}}";
        int closeAt = text.indexOf(close, start);
        if (closeAt < 0) {
            throw new TemplateSyntaxException(
                    "Unclosed tag: expected '" + close + "' to match '" + text.substring(open, start) + "'",
                    source.locationOf(open));
        }
        int contentEnd = closeAt;
        boolean trimAfter = contentEnd > start && text.charAt(contentEnd - 1) == '~';
        if (trimAfter) {
            contentEnd--;
        }
        TokenType type = TokenType.VARIABLE;
        char sigil = start < contentEnd ? text.charAt(start) : ' ';
        if (triple) {
            type = TokenType.RAW_VARIABLE;
        } else {
            switch (sigil) {
                case '#' -> type = TokenType.SECTION_OPEN;
                case '^' -> type = TokenType.INVERTED_OPEN;
                case '/' -> type = TokenType.SECTION_CLOSE;
                case '>' -> type = TokenType.PARTIAL;
                case '!' -> type = TokenType.COMMENT;
                case '&' -> type = TokenType.RAW_VARIABLE;
                default -> type = TokenType.VARIABLE;
            }
        }
        int contentStart = type == TokenType.VARIABLE || triple ? start : start + 1;
        while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
            contentStart++;
        }
        String content = text.substring(contentStart, Math.max(contentStart, contentEnd)).strip();
        if (type == TokenType.VARIABLE) {
            if (content.equals("else") || content.startsWith("else ")) {
                type = TokenType.ELSE;
            } else if (content.startsWith("set ")) {
                type = TokenType.SET;
            }
        }
        if (content.isEmpty() && type != TokenType.COMMENT && type != TokenType.ELSE) {
            throw new TemplateSyntaxException("Empty tag", source.locationOf(open));
        }
        Token token = new Token(type, content, open, contentStart, "");
        return new Tag(token, closeAt + close.length(), trimBefore, trimAfter);
    }

    private static void addText(List<Token> tokens, StringBuilder literal, int start) {
        if (literal.length() > 0) {
            tokens.add(new Token(TokenType.TEXT, literal.toString(), start, start, ""));
        }
    }

    private static void trimTrailingWhitespace(StringBuilder sb) {
        int len = sb.length();
        while (len > 0 && Character.isWhitespace(sb.charAt(len - 1))) {
            len--;
        }
        sb.setLength(len);
    }

    /**
     * Removes the indentation and line break around block tags that sit alone on their line.
     * Decisions are made on the untouched token list first, because trimming one tag's line
     * must not change whether its neighbour counts as standalone.
     */
    private static List<Token> applyStandaloneRule(List<Token> tokens) {
        int n = tokens.size();
        int[] cutHead = new int[n];
        int[] cutTail = new int[n];
        String[] indents = new String[n];
        for (int i = 0; i < n; i++) {
            Token tag = tokens.get(i);
            if (!tag.type().standaloneCandidate()) {
                continue;
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            int indentStart = standaloneLineStart(prev, i);
            int lineEnd = standaloneLineEnd(next, i + 1 == n - 1);
            if (indentStart < 0 || lineEnd < 0) {
                continue;
            }
            if (prev != null) {
                cutTail[i - 1] = prev.content().length() - indentStart;
                indents[i] = prev.content().substring(indentStart);
            }
            if (next != null) {
                cutHead[i + 1] = lineEnd;
            }
        }
        List<Token> result = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            Token token = tokens.get(i);
            if (token.type() == TokenType.TEXT) {
                String content = token.content();
                int from = Math.min(cutHead[i], content.length());
                int to = Math.max(from, content.length() - cutTail[i]);
                token = token.withContent(content.substring(from, to));
                if (token.content().isEmpty()) {
                    continue;
                }
            } else if (indents[i] != null) {
                token = token.withIndent(indents[i]);
            }
            result.add(token);
        }
        return result;
    }

    /** Offset in {@code prev} where the tag's line begins, or -1 if other content precedes the tag. */
    private static int standaloneLineStart(Token prev, int index) {
        if (prev == null) {
            return 0;
        }
        if (prev.type() != TokenType.TEXT) {
            return -1;
        }
        String s = prev.content();
        int newline = s.lastIndexOf('\n');
        if (newline < 0 && index > 1) {
            return -1;
        }
        for (int i = newline + 1; i < s.length(); i++) {
            if (s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                return -1;
            }
        }
        return newline + 1;
    }

    /** Length of the prefix of {@code next} up to and including the line break, or -1. */
    private static int standaloneLineEnd(Token next, boolean nextIsLast) {
        if (next == null) {
            return 0;
        }
        if (next.type() != TokenType.TEXT) {
            return -1;
        }
        String s = next.content();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return -1;
            }
        }
        return nextIsLast ? s.length() : -1;
    }
}
