package com.example.multi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void upperCasesEachWord() {
        assertEquals("A B", Words.upper("a  b"));
    }
}
