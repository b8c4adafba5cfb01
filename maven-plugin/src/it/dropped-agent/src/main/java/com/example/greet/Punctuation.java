package com.example.greet;

/** How a greeting ends. */
public enum Punctuation {
    PLAIN("."),
    EXCITED("!");

    private final String mark;

    Punctuation(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }
}
