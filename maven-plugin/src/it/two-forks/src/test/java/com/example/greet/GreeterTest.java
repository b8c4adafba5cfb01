package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs in a fork of its own and is the only test of Greeter, so the image holds it only if this fork's session counts. */
class GreeterTest {
    @Test
    void greetsEachName() {
        assertEquals("Hello, Ada. Hello, Alan.", new Greeter(Punctuation.PLAIN).greet("Ada, Alan"));
    }
}
