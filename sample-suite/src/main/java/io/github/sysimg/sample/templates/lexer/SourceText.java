package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.SourceLocation;

import java.util.Arrays;

/**
 * Template text plus a line index, so that any character offset can be turned into line:column.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** Maps a 0-based character offset to a 1-based line and column. */
    public SourceLocation locationOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new SourceLocation(name, line + 1, offset - lineStarts[line] + 1);
    }
}
