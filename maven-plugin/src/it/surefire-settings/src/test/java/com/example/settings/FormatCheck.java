package com.example.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Named outside JUnit's default pattern: Surefire runs it because the build's includes name it. */
class FormatCheck {
    @Test
    void commentsAreNotSettings() {
        assertEquals(1, Settings.parse("# a comment = no\nkey = value").size());
    }
}
