package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceTextTest {

    private static final SourceText TEXT = new SourceText("doc", "ab\ncde\n\nf");

    @ParameterizedTest(name = "offset {0} is {1}:{2}")
    @CsvSource({"0,1,1", "1,1,2", "2,1,3", "3,2,1", "5,2,3", "7,3,1", "8,4,1", "9,4,2"})
    void mapsOffsetsToLineAndColumn(int offset, int line, int column) {
        assertEquals(new SourceLocation("doc", line, column), TEXT.locationOf(offset));
    }
}
