package com.example.greet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterTest {
    @Test
    void greetsEachName() {
        assertEquals("Hello, Ada. Hello, Alan.", new Greeter(Punctuation.PLAIN).greet("Ada, Alan"));
    }
}
