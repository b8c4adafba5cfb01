package io.github.sysimg.core.project;

import java.util.ArrayList;
import java.util.List;

/** A JVM argument line such as Surefire's {@code argLine}, taken apart as Surefire does: at white space outside quotes. */
public final class ArgLines {

    /** One argument of a line: where its text starts and ends in the line, and its value without quotes. */
    public record Token(int start, int end, String value) {
    }

    private ArgLines() {
    }

    /** The arguments' values. */
    public static List<String> split(String line) {
        return tokens(line).stream().map(Token::value).toList();
    }

    /** The arguments of a line, with where each stands in it. */
    public static List<Token> tokens(String line) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int start = -1;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    value.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (start >= 0) {
                    tokens.add(new Token(start, i, value.toString()));
                    value.setLength(0);
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    value.append(c);
                }
            }
        }
        if (start >= 0) {
            tokens.add(new Token(start, line.length(), value.toString()));
        }
        return tokens;
    }
}
