package com.example.settings;

/** Hides secret values when settings are printed. */
public final class Redactor {
    private Redactor() {
    }

    public static String redact(String key, String value) {
        return key.toLowerCase().contains("token") ? "*".repeat(value.length()) : value;
    }
}
