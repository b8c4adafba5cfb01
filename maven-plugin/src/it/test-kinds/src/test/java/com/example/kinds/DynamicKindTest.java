package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class DynamicKindTest {
    @TestFactory
    Stream<DynamicTest> oneTestPerNumber() {
        return IntStream.range(1, 3).mapToObj(n -> DynamicTest.dynamicTest("n=" + n, () -> assertEquals("Dynamic:" + n, DynamicWork.describe(n))));
    }
}
