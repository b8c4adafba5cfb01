package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Mockito's extension mocks the final class Shelf: only the inline mock maker (Mockito 5's default) can. */
@ExtendWith(MockitoExtension.class)
class MockedKindTest {
    @Mock
    Shelf shelf;

    @Test
    void theReportCountsWhatTheMockSays() {
        when(shelf.count()).thenReturn(7);
        assertEquals("Mocked:7", new Stocktake(shelf).report());
    }
}
