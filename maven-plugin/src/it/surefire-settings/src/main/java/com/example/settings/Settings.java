package com.example.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/** Settings read from lines of "key = value", with defaults. */
public final class Settings {
    private final Map<String, String> values = new LinkedHashMap<>();

    public static Settings parse(String text) {
        Settings settings = new Settings();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.strip().startsWith("#")) {
                settings.values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return settings;
    }

    public String get(String key, String otherwise) {
        return values.getOrDefault(key, otherwise);
    }

    public int size() {
        return values.size();
    }

    public static void main(String[] args) {
        System.out.println("settings: " + parse("a = 1\nb = 2").size());
    }
}
