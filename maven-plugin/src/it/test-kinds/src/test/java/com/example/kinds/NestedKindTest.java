package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NestedKindTest {
    @Nested
    class WhenEmpty {
        @Test
        void describesZero() {
            assertEquals("Nested:0", NestedWork.describe(new Shelf().count()));
        }
    }
}
