package com.example.multi.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShoutTest {
    @Test
    void shoutsInCapitals() {
        assertEquals("HI THERE!", Shout.shout("hi there"));
    }
}
