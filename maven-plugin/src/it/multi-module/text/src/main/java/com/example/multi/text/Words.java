package com.example.multi.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Splits and reshapes words. */
public final class Words {
    private Words() {
    }

    public static String upper(String text) {
        return Arrays.stream(text.split("\\s+"))
                .map(word -> word.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
