package com.example.nofork;

/** Counts words. */
public final class Tally {
    private Tally() {
    }

    public static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    public static void main(String[] args) {
        System.out.println(words("one two three"));
    }
}
