package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterizedKindTest {
    @ParameterizedTest
    @CsvSource({"1, Parameterized:1", "2, Parameterized:2"})
    void describes(int n, String expected) {
        assertEquals(expected, ParameterizedWork.describe(n));
    }
}
