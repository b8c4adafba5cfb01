package com.example.settings;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** The build's excludes leave this out: a run that ignores them fails. */
class BrokenOnPurposeTest {
    @Test
    void neverRunsInTheBuild() {
        fail("excluded by <excludes>, yet it ran");
    }
}
