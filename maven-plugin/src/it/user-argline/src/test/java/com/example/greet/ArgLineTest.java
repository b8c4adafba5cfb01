package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The user's own JVM arguments reach the test JVM next to the agent. */
class ArgLineTest {
    @Test
    void theUsersArgLinePropertyAndSurefireConfigurationBothApply() {
        assertEquals("yes", System.getProperty("greet.fromProperty"));
        assertEquals("yes", System.getProperty("greet.fromConfiguration"));
        assertEquals("a b", System.getProperty("greet.withSpace"));
    }
}
