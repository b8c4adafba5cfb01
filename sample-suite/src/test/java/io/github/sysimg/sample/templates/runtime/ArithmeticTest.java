package io.github.sysimg.sample.templates.runtime;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArithmeticTest {

    @Test
    void integralArithmeticStaysLong() {
        assertEquals(5L, Arithmetic.add(2, 3L));
        assertEquals(-1L, Arithmetic.subtract(2, 3));
        assertEquals(12L, Arithmetic.multiply((short) 3, 4));
    }

    @Test
    void overflowWidensToDecimalInsteadOfWrapping() {
        assertEquals(new BigDecimal("9223372036854775808"), Arithmetic.add(Long.MAX_VALUE, 1));
        assertEquals(new BigDecimal("18446744073709551614"), Arithmetic.multiply(Long.MAX_VALUE, 2));
    }

    @Test
    void decimalsStayExact() {
        assertEquals(new BigDecimal("59.97"), Arithmetic.multiply(new BigDecimal("19.99"), 3));
        assertEquals(new BigDecimal("0.3"), Arithmetic.add(new BigDecimal("0.1"), new BigDecimal("0.2")));
        assertEquals(new BigDecimal("1.1"), Arithmetic.add(1, new BigDecimal("0.1")));
    }

    @Test
    void doublesWinOverLongsButNotOverDecimals() {
        assertEquals(3.5, Arithmetic.add(1, 2.5));
        assertEquals(new BigDecimal("3.5"), Arithmetic.add(new BigDecimal("1"), 2.5));
    }

    @Test
    void divisionIsExactWhenPossible() {
        assertEquals(5L, Arithmetic.divide(10, 2));
        assertEquals(new BigDecimal("3.5"), Arithmetic.divide(7, 2));
        assertEquals(new BigDecimal("3.333333333333333"), Arithmetic.divide(10, 3));
        assertEquals(new BigDecimal("3.75"), Arithmetic.divide(new BigDecimal("7.50"), 2));
        assertEquals(2.5, Arithmetic.divide(5.0, 2));
    }

    @Test
    void divisionByZero() {
        assertEquals("Division by zero",
                assertThrows(ArithmeticException.class, () -> Arithmetic.divide(1, 0)).getMessage());
        assertThrows(ArithmeticException.class, () -> Arithmetic.divide(new BigDecimal("1.0"), BigDecimal.ZERO));
        assertThrows(ArithmeticException.class, () -> Arithmetic.modulo(5, 0));
        assertEquals(Double.POSITIVE_INFINITY, Arithmetic.divide(1.0, 0));
    }

    @Test
    void modulo() {
        assertEquals(1L, Arithmetic.modulo(7, 3));
        assertEquals(new BigDecimal("1.5"), Arithmetic.modulo(new BigDecimal("7.5"), 2));
        assertEquals(-1L, Arithmetic.modulo(-7, 3));
    }

    @Test
    void plusConcatenatesStringsAndLists() {
        assertEquals("a1", Arithmetic.add("a", 1));
        assertEquals("1a", Arithmetic.add(1, "a"));
        assertEquals("x", Arithmetic.add(null, "x"));
        assertEquals("total: 2.50", Arithmetic.add("total: ", new BigDecimal("2.50")));
        assertEquals(List.of(1, 2, 3), Arithmetic.add(List.of(1), List.of(2, 3)));
    }

    @Test
    void mismatchedOperandsAreRejectedWithTheirTypes() {
        assertEquals("Operator '+' cannot be applied to Boolean and Long",
                assertThrows(IllegalArgumentException.class, () -> Arithmetic.add(true, 1L)).getMessage());
        assertEquals("Operator '*' cannot be applied to String and Long",
                assertThrows(IllegalArgumentException.class, () -> Arithmetic.multiply("a", 2L)).getMessage());
        assertEquals("Operator '-' cannot be applied to null and Integer",
                assertThrows(IllegalArgumentException.class, () -> Arithmetic.subtract(null, 1)).getMessage());
    }

    @Test
    void negation() {
        assertEquals(-5L, Arithmetic.negate(5));
        assertEquals(new BigDecimal("9223372036854775808"), Arithmetic.negate(Long.MIN_VALUE));
        assertEquals(-2.5, Arithmetic.negate(2.5));
        assertEquals(new BigDecimal("-1.10"), Arithmetic.negate(new BigDecimal("1.10")));
        assertThrows(IllegalArgumentException.class, () -> Arithmetic.negate("x"));
    }
}
