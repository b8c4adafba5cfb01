package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

class RepeatedKindTest {
    @RepeatedTest(3)
    void eachRepetition(RepetitionInfo info) {
        assertEquals("Repeated:" + info.getCurrentRepetition(), RepeatedWork.describe(info.getCurrentRepetition()));
    }
}
