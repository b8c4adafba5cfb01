package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    @Test
    void excitedEndsWithAnExclamationMark() {
        assertEquals("!", Punctuation.EXCITED.mark());
    }
}
