package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.TemplateSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenizes the expression inside a tag. Offsets are absolute so errors point into the template.
 */
public final class ExpressionLexer {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Map<String, ExprTokenType> KEYWORDS = Map.of(
            "and", ExprTokenType.AND, "or", ExprTokenType.OR, "not", ExprTokenType.NOT,
            "in", ExprTokenType.IN, "true", ExprTokenType.TRUE, "false", ExprTokenType.FALSE,
            "null", ExprTokenType.NULL);
    private static final Map<String, ExprTokenType> TWO_CHAR = Map.of(
            "==", ExprTokenType.EQ, "!=", ExprTokenType.NE, "<=", ExprTokenType.LE,
            ">=", ExprTokenType.GE, "&&", ExprTokenType.AND, "||", ExprTokenType.OR,
            "??", ExprTokenType.COALESCE);

    private final SourceText source;
    private final String text;
    private final int base;

    /**
     * @param source the template the expression belongs to
     * @param text   the expression text
     * @param base   offset of {@code text} within the template source
     */
    public ExpressionLexer(SourceText source, String text, int base) {
        this.source = source;
        this.text = text;
        this.base = base;
    }

    public List<ExprToken> tokenize() {
        List<ExprToken> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        Matcher identifier = IDENTIFIER.matcher(text);
        int pos = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (Character.isDigit(c) && number.region(pos, text.length()).lookingAt()) {
                tokens.add(new ExprToken(ExprTokenType.NUMBER, number.group(), base + pos));
                pos = number.end();
            } else if (identifier.region(pos, text.length()).lookingAt()) {
                String word = identifier.group();
                tokens.add(new ExprToken(KEYWORDS.getOrDefault(word, ExprTokenType.IDENTIFIER), word, base + pos));
                pos = identifier.end();
            } else if (c == '\'' || c == '"') {
                pos = readString(pos, tokens);
            } else if (pos + 1 < text.length() && TWO_CHAR.containsKey(text.substring(pos, pos + 2))) {
                String op = text.substring(pos, pos + 2);
                tokens.add(new ExprToken(TWO_CHAR.get(op), op, base + pos));
                pos += 2;
            } else {
                tokens.add(new ExprToken(singleChar(c, pos), String.valueOf(c), base + pos));
                pos++;
            }
        }
        tokens.add(new ExprToken(ExprTokenType.EOF, "", base + text.length()));
        return tokens;
    }

    private ExprTokenType singleChar(char c, int pos) {
        return switch (c) {
            case '+' -> ExprTokenType.PLUS;
            case '-' -> ExprTokenType.MINUS;
            case '*' -> ExprTokenType.STAR;
            case '/' -> ExprTokenType.SLASH;
            case '%' -> ExprTokenType.PERCENT;
            case '<' -> ExprTokenType.LT;
            case '>' -> ExprTokenType.GT;
            case '!' -> ExprTokenType.NOT;
            case '?' -> ExprTokenType.QUESTION;
            case ':' -> ExprTokenType.COLON;
            case '|' -> ExprTokenType.PIPE;
            case '=' -> ExprTokenType.ASSIGN;
            case '.' -> ExprTokenType.DOT;
            case ',' -> ExprTokenType.COMMA;
            case '(' -> ExprTokenType.LPAREN;
            case ')' -> ExprTokenType.RPAREN;
            case '[' -> ExprTokenType.LBRACKET;
            case ']' -> ExprTokenType.RBRACKET;
            default -> throw new TemplateSyntaxException(
                    "Unexpected character '" + c + "' in expression", source.locationOf(base + pos));
        };
    }

    private int readString(int start, List<ExprToken> tokens) {
        char quote = text.charAt(start);
        StringBuilder value = new StringBuilder();
        int pos = start + 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                tokens.add(new ExprToken(ExprTokenType.STRING, value.toString(), base + start));
                return pos + 1;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char escaped = text.charAt(++pos);
                switch (escaped) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case 'u' -> {
                        String hex = pos + 4 < text.length() ? text.substring(pos + 1, pos + 5) : "";
                        if (!hex.matches("[0-9a-fA-F]{4}")) {
                            throw new TemplateSyntaxException("Invalid \\u escape: expected 4 hex digits",
                                    source.locationOf(base + pos - 1));
                        }
                        value.append((char) Integer.parseInt(hex, 16));
                        pos += 4;
                    }
                    default -> value.append(escaped);
                }
            } else {
                value.append(c);
            }
            pos++;
        }
        throw new TemplateSyntaxException("Unterminated string literal", source.locationOf(base + start));
    }
}
