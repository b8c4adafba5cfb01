package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void theTokenComesFromSurefiresEnvironmentVariables() {
        String token = System.getenv("SETTINGS_TOKEN");
        assertEquals("s3cret", token);
        assertEquals("******", Redactor.redact("SETTINGS_TOKEN", token));
    }
}
