package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFiltersTest {

    private static final TemplateEngine ENGINE = TemplateEngine.builder()
            .escapeHtml(false)
            .zone(ZoneId.of("Europe/Berlin"))
            .build();
    private static final LocalDate LEAP_DAY_EVE = LocalDate.of(2024, 2, 28);
    private static final Instant LATE_EVENING_UTC = Instant.parse("2024-03-01T23:30:00Z");

    private static String render(String template, Object... data) {
        return ENGINE.compile("test", template).render(TestTemplates.map(data));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ d | date }}                        => 2024-02-28",
            "{{ d | date('dd MMM yyyy') }}         => 28 Feb 2024",
            "{{ d | date('EEEE, MMMM d') }}        => Wednesday, February 28",
            "{{ d | date('iso') }}                 => 2024-02-28",
            "{{ d | date('long') }}                => February 28, 2024",
            "{{ d | plus_days(1) | date }}         => 2024-02-29",
            "{{ d | plus_days(2) | date }}         => 2024-03-01",
            "{{ d | plus_days(-28) | date }}       => 2024-01-31",
            "{{ d | plus_days(-28) | plus_months(1) | date }} => 2024-02-29",
            "{{ d | weekday }}                     => Wednesday",
            "{{ d | days_until('2024-03-31') }}    => 32",
            "{{ d.year }}-{{ d.monthValue }}       => 2024-2",
    })
    void formatsLocalDates(String template, String expected) {
        assertEquals(expected, render(template, "d", LEAP_DAY_EVE));
    }

    @Test
    void instantsAndLegacyDatesUseTheEngineZone() {
        assertEquals("2024-03-02 00:30", render("{{ t | date('yyyy-MM-dd HH:mm') }}", "t", LATE_EVENING_UTC));
        assertEquals("2024-03-02 00:30", render("{{ t | date('yyyy-MM-dd HH:mm') }}", "t", Date.from(LATE_EVENING_UTC)));
        assertEquals("1970-01-01 01:00", render("{{ t | date('yyyy-MM-dd HH:mm') }}", "t", 0L));
    }

    @Test
    void zonedValuesKeepTheirOwnOffset() {
        OffsetDateTime odt = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-5));
        assertEquals("09:00 -05:00", render("{{ t | date('HH:mm xxx') }}", "t", odt));
        assertEquals("2024-03-01T09:00:00-05:00", render("{{ t | date('iso') }}", "t", odt));
    }

    @Test
    void isoStringsAreParsed() {
        assertEquals("1 March", render("{{ '2024-03-01' | date('d MMMM') }}"));
        assertEquals("10:15", render("{{ '2024-03-01T10:15:30' | date('HH:mm') }}"));
        assertEquals("2024-03-01 23:30", render("{{ '2024-03-01T23:30:00Z' | date('yyyy-MM-dd HH:mm') }}"));
        assertEquals("2024-03-01T10:15:30", render("{{ t | date('iso') }}", "t", LocalDateTime.parse("2024-03-01T10:15:30")));
    }

    @Test
    void nullRendersEmpty() {
        assertEquals("[]", render("[{{ d | date }}]", "d", null));
    }

    @Test
    void reportsUnusableInput() {
        assertEquals("test:1:19: Filter 'date' cannot parse 'not a date' as an ISO date or date-time",
                assertThrows(TemplateRenderException.class, () -> render("{{ 'not a date' | date }}")).getMessage());
        assertEquals("test:1:11: Filter 'date' expects a date or time but got Boolean",
                assertThrows(TemplateRenderException.class, () -> render("{{ true | date }}")).getMessage());
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> render("{{ d | date('HH:mm') }}", "d", LEAP_DAY_EVE));
        assertTrue(e.getMessage().contains("Unsupported field: HourOfDay"), e.getMessage());
        e = assertThrows(TemplateRenderException.class, () -> render("{{ d | date('yyyy-bb') }}", "d", LEAP_DAY_EVE));
        assertTrue(e.getMessage().startsWith("test:1:8: Filter 'date' has an invalid date pattern 'yyyy-bb'"),
                e.getMessage());
    }
}
