package com.example.greet;

/** Ends a text with a punctuation mark, unless it already ends with it. */
public final class Sentence {
    private Sentence() {
    }

    public static String end(String text, Punctuation punctuation) {
        return text.endsWith(punctuation.mark()) ? text : text + punctuation.mark();
    }
}
