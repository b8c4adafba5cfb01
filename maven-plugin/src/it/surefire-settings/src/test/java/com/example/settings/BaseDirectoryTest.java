package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BaseDirectoryTest {
    @Test
    void aPathRelativeToTheModulesBaseDirectory() throws Exception {
        Settings settings = Settings.parse(Files.readString(Path.of("src/test/resources/defaults.properties")));
        assertEquals("8080", settings.get("port", "none"));
    }
}
