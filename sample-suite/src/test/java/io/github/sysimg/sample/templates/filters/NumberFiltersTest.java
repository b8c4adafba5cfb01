package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberFiltersTest {

    private static final TemplateEngine ENGINE = TemplateEngine.builder().escapeHtml(false).build();

    private static String render(String template, Object... data) {
        return ENGINE.compile("test", template).render(TestTemplates.map(data));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ 1234567.891 | number }}            => 1,234,567.89",
            "{{ 2 | number('0.000') }}             => 2.000",
            "{{ '1234.5' | number('#,##0') }}      => 1,235",
            "{{ 0.125 | number('0.00') }}          => 0.13",
            "{{ 1234.5 | currency }}               => $1,234.50",
            "{{ -5 | currency }}                   => -$5.00",
            "{{ 3.14159 | round(2) }}              => 3.14",
            "{{ 2.5 | round }}                     => 3",
            "{{ 0.256 | percent }}                 => 26%",
            "{{ 0.256 | percent(1) }}              => 25.6%",
            "{{ 42 | format('%05d') }}             => 00042",
            "{{ 3.14159 | format('%.2f') }}        => 3.14",
            "{{ 'x' | format('[%5s]') }}           => [    x]",
            "{{ -5 | abs }}                        => 5",
            "{{ -2.5 | abs }}                      => 2.5",
            "{{ 512 | bytes }}                     => 512 B",
            "{{ 1536 | bytes }}                    => 1.5 KB",
            "{{ 5 * 1024 * 1024 | bytes }}         => 5.0 MB",
    })
    void formatsNumbers(String template, String expected) {
        assertEquals(expected, render(template));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "102,102nd", "111,111th"})
    void ordinals(long n, String expected) {
        assertEquals(expected, render("{{ n | ordinal }}", "n", n));
    }

    @Test
    void currencyUsesTheCurrencysMinorDigits() {
        assertEquals("\u00a51,235", render("{{ v | currency('JPY') }}", "v", new BigDecimal("1234.5")));
        assertEquals("\u20ac0.99", render("{{ v | currency('EUR') }}", "v", new BigDecimal("0.99")));
    }

    @Test
    void numberFormattingFollowsTheEngineLocale() {
        TemplateEngine german = TemplateEngine.builder().locale(Locale.GERMANY).build();
        assertEquals("1.234,5", german.compile("{{ 1234.5 | number }}").render(null));
    }

    @Test
    void nullFormatsAsEmpty() {
        assertEquals("[][][]", render("[{{ n | number }}][{{ n | currency }}][{{ n | percent }}]", "n", null));
    }

    @Test
    void reportsInvalidInput() {
        assertEquals("test:1:8: Filter 'currency' got an unknown currency code 'XYZ'",
                assertThrows(TemplateRenderException.class, () -> render("{{ 1 | currency('XYZ') }}")).getMessage());
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> render("{{ 'abc' | number }}"));
        assertEquals("test:1:12: Filter 'number' failed on String: Not a number: 'abc'", e.getMessage());
        e = assertThrows(TemplateRenderException.class, () -> render("{{ 'x' | format('%d') }}"));
        assertTrue(e.getMessage().startsWith("test:1:10: Filter 'format' cannot apply format '%d' to String"),
                e.getMessage());
    }
}
