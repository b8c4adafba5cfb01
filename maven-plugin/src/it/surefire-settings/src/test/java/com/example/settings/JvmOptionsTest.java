package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {
    @Test
    void theArgLineOfThePropertyAndOfTheConfigurationAndTheSystemProperties() {
        assertEquals("yes", System.getProperty("settings.fromProperty"), "the argLine property, through @{argLine}");
        assertEquals("yes", System.getProperty("settings.fromConfiguration"), "Surefire's <argLine>");
        assertEquals("strict", System.getProperty("settings.mode"), "<systemPropertyVariables>");
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xss2m"), "the -Xss of the argLine");
        assertEquals(1, Settings.parse("mode = " + System.getProperty("settings.mode")).size());
    }
}
