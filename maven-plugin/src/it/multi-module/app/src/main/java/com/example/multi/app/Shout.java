package com.example.multi.app;

import com.example.multi.text.Words;

/** Shouts a message. */
public final class Shout {
    private Shout() {
    }

    public static String shout(String message) {
        return Words.upper(message) + "!";
    }
}
