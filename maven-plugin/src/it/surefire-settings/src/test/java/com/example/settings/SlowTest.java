package com.example.settings;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SlowTest {
    @Test
    @Tag("slow")
    void neverRunsInTheBuild() {
        fail("excluded by <excludedGroups>, yet it ran");
    }
}
