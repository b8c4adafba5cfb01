package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs in a fork of its own and is the only test of Sentence, so the image holds it only if this fork's session counts. */
class PunctuationTest {
    @Test
    void excitedEndsWithAnExclamationMark() {
        assertEquals("!", Punctuation.EXCITED.mark());
    }

    @Test
    void aSentenceEndsWithOneMark() {
        assertEquals("Hi!", Sentence.end("Hi", Punctuation.EXCITED));
        assertEquals("Hi!", Sentence.end("Hi!", Punctuation.EXCITED));
    }
}
