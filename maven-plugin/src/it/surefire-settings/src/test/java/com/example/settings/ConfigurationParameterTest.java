package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

@ExtendWith(ConfigurationParameterTest.RequiresParameter.class)
class ConfigurationParameterTest {
    /** Fails a test unless JUnit runs with Surefire's configuration parameters. */
    static final class RequiresParameter implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            assertEquals("on", context.getConfigurationParameter("settings.parameter").orElse("absent"), "<configurationParameters>");
        }
    }

    @Test
    void runsWithSurefiresConfigurationParameters() {
        assertEquals("1", Settings.parse("x = 1").get("x", "0"));
    }
}
