package com.example.other;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.settings.Redactor;
import org.junit.jupiter.api.Test;

/** In another package than the library's: Surefire runs every test class its includes match. */
class OtherPackageTest {
    @Test
    void plainValuesStay() {
        assertEquals("blue", Redactor.redact("colour", "blue"));
    }
}
