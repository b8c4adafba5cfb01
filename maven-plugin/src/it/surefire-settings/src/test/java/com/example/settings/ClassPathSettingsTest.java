package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassPathSettingsTest {
    @Test
    void additionalClasspathElementsAreOnTheClassPath() throws Exception {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream("extra.properties")) {
            assertEquals("additional class path", Settings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("source", "none"));
        }
    }

    @Test
    void classpathDependencyExcludesAreNot() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.hamcrest.Matcher"));
    }
}
