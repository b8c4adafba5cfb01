package io.github.sysimg.sample.templates.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesTest {

    enum Color { RED, GREEN }

    static Stream<Arguments> truthiness() {
        return Stream.of(
                Arguments.of(null, false), Arguments.of(true, true), Arguments.of(false, false),
                Arguments.of(0L, false), Arguments.of(0.0, false), Arguments.of(new BigDecimal("0.00"), false),
                Arguments.of(1, true), Arguments.of(-0.5, true), Arguments.of("", false), Arguments.of(" ", true),
                Arguments.of(List.of(), false), Arguments.of(List.of(1), true), Arguments.of(Map.of(), false),
                Arguments.of(Map.of("k", 1), true), Arguments.of(Optional.empty(), false),
                Arguments.of(Optional.of(""), false), Arguments.of(Optional.of("x"), true),
                Arguments.of(new int[0], false), Arguments.of(new int[] {1}, true), Arguments.of(Color.RED, true));
    }

    @ParameterizedTest(name = "{0} is truthy: {1}")
    @MethodSource("truthiness")
    void truthiness(Object value, boolean expected) {
        assertEquals(expected, Values.isTruthy(value));
    }

    static Stream<Arguments> displayStrings() {
        return Stream.of(
                Arguments.of(null, ""), Arguments.of(new BigDecimal("1E+3"), "1000"), Arguments.of(3.0, "3"),
                Arguments.of(2.5, "2.5"), Arguments.of(Optional.of(5), "5"), Arguments.of(Optional.empty(), ""),
                Arguments.of(new int[] {1, 2}, "[1, 2]"), Arguments.of(LocalDate.of(2024, 1, 2), "2024-01-02"),
                Arguments.of(Color.GREEN, "GREEN"), Arguments.of(Double.NaN, "NaN"));
    }

    @ParameterizedTest(name = "{0} displays as \"{1}\"")
    @MethodSource("displayStrings")
    void displayStrings(Object value, String expected) {
        assertEquals(expected, Values.toDisplayString(value));
    }

    @Test
    void equalityIsNumericAcrossTypesAndMatchesEnumsByName() {
        assertTrue(Values.areEqual(1L, 1.0));
        assertTrue(Values.areEqual(1, new BigDecimal("1.00")));
        assertTrue(Values.areEqual(Color.RED, "RED"));
        assertTrue(Values.areEqual("RED", Color.RED));
        assertTrue(Values.areEqual("a", new SafeString("a")));
        assertTrue(Values.areEqual(null, null));
        assertFalse(Values.areEqual("1", 1));
        assertFalse(Values.areEqual(null, 0));
    }

    @Test
    void ordering() {
        assertTrue(Values.compare(2, 10L) < 0);
        assertTrue(Values.compare(new BigDecimal("2.50"), 2.5) == 0);
        assertTrue(Values.compare("apple", "banana") < 0);
        assertTrue(Values.compare(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31)) > 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Values.compare("a", 1L));
        assertEquals("Cannot compare String with Long", e.getMessage());
    }

    @Test
    void containment() {
        assertTrue(Values.contains(List.of(1, 2, 3), 2.0));
        assertTrue(Values.contains(Map.of("admin", true), "admin"));
        assertTrue(Values.contains("template engine", "plate"));
        assertTrue(Values.contains(new String[] {"a", "b"}, "b"));
        assertFalse(Values.contains(null, "x"));
        assertFalse(Values.contains("abc", null));
        assertThrows(IllegalArgumentException.class, () -> Values.contains(42, 4));
    }

    @Test
    void toListAcceptsEveryIterableShape() {
        assertEquals(List.of("a", "b"), Values.toList(new LinkedHashSet<>(List.of("a", "b"))));
        assertEquals(List.of(1, 2), Values.toList(Stream.of(1, 2)));
        assertEquals(List.of(1, 2), Values.toList(List.of(1, 2).iterator()));
        assertEquals(List.of(7, 8), Values.toList(new int[] {7, 8}));
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("x", 1);
        assertEquals(1, Values.toList(map).size());
        assertEquals("x=1", Values.toList(map).get(0).toString());
        assertNull(Values.toList("not a list"));
        assertNull(Values.toList(42));
    }

    @Test
    void toBigDecimalAcceptsNumbersAndNumericStrings() {
        assertEquals(new BigDecimal("3.5"), Values.toBigDecimal("  3.5 "));
        assertEquals(new BigDecimal("12"), Values.toBigDecimal(12));
        assertEquals(0, new BigDecimal("0.1").compareTo(Values.toBigDecimal(0.1)));
        assertEquals("Not a number: 'abc'",
                assertThrows(IllegalArgumentException.class, () -> Values.toBigDecimal("abc")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Values.toBigDecimal(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Values.toBigDecimal(Arrays.asList(1)));
    }
}
