package com.example.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopwatchTest {
    @Test
    void elapsedIsTheDifference() {
        assertEquals(Duration.ofMillis(2), new Stopwatch(1_000_000).elapsed(3_000_000));
    }

    @Test
    void nothingElapsedAtTheStart() {
        assertEquals(Duration.ZERO, new Stopwatch(42).elapsed(42));
    }
}
