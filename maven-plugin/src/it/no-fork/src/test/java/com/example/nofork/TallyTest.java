package com.example.nofork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TallyTest {
    @Test
    void countsWordsBetweenBlanks() {
        assertEquals(3, Tally.words("  one two\tthree "));
        assertEquals(0, Tally.words(" "));
    }
}
