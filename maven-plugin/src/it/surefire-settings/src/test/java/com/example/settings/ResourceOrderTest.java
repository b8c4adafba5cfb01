package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A resource both src/main and src/test hold resolves to the tests' one: Surefire puts the test classes first. */
class ResourceOrderTest {
    @Test
    void theTestsResourceWins() throws Exception {
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream("settings-profile.properties")) {
            assertEquals("test", Settings.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("profile", "none"));
        }
    }
}
