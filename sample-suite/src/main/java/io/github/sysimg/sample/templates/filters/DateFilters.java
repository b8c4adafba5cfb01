package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.Values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Built-in date and time filters over {@code java.time} values, legacy Dates and ISO strings. */
final class DateFilters {

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final Map<String, FormatStyle> STYLES = Map.of(
            "short", FormatStyle.SHORT, "medium", FormatStyle.MEDIUM,
            "long", FormatStyle.LONG, "full", FormatStyle.FULL);
    /** ISO parsers tried in order for string input, most specific first. */
    private static final List<Function<String, Temporal>> PARSERS = List.of(
            ZonedDateTime::parse, OffsetDateTime::parse, Instant::parse, LocalDateTime::parse, LocalDate::parse);

    private DateFilters() {
    }

    static void registerAll(FilterRegistry registry) {
        registry.register("date", 0, 1, DateFilters::date)
                .register("plus_days", 1, 1, (in, args) -> plus(in, args, ChronoUnit.DAYS))
                .register("plus_months", 1, 1, (in, args) -> plus(in, args, ChronoUnit.MONTHS))
                .register("days_until", 1, 1, DateFilters::daysUntil)
                .register("weekday", 0, 0, (in, args) -> in == null ? "" : LocalDate.from(temporal(in, args))
                        .getDayOfWeek().getDisplayName(TextStyle.FULL, args.locale()));
    }

    /**
     * Formats with a {@link DateTimeFormatter} pattern ({@code "dd MMM yyyy"}), {@code "iso"}, or a
     * localized style name ({@code short}, {@code medium}, {@code long}, {@code full}).
     */
    private static Object date(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        TemporalAccessor value = temporal(input, args);
        String pattern = args.string(0, "yyyy-MM-dd");
        return formatter(pattern, args.locale(), value, args).format(value);
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale, TemporalAccessor value,
                                              FilterArgs args) {
        if (pattern.equals("iso")) {
            if (value instanceof LocalDate) {
                return DateTimeFormatter.ISO_LOCAL_DATE;
            }
            return value instanceof LocalDateTime ? DateTimeFormatter.ISO_LOCAL_DATE_TIME
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        }
        FormatStyle style = STYLES.get(pattern);
        if (style != null) {
            return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
        }
        return FORMATTERS.computeIfAbsent(pattern + '\u0000' + locale.toLanguageTag(), key -> {
            try {
                return DateTimeFormatter.ofPattern(pattern, locale);
            } catch (IllegalArgumentException e) {
                throw args.error("has an invalid date pattern '" + pattern + "': " + e.getMessage());
            }
        });
    }

    /** Converts supported inputs to a java.time value; instants get the engine's time zone. */
    static Temporal temporal(Object input, FilterArgs args) {
        ZoneId zone = args.zone();
        if (input instanceof Instant instant) {
            return instant.atZone(zone);
        }
        if (input instanceof Temporal temporal) {
            return temporal;
        }
        if (input instanceof Date date) {
            return date.toInstant().atZone(zone);
        }
        if (input instanceof Long || input instanceof Integer) {
            return Instant.ofEpochMilli(((Number) input).longValue()).atZone(zone);
        }
        if (input instanceof CharSequence text) {
            String s = text.toString().strip();
            for (Function<String, Temporal> parser : PARSERS) {
                try {
                    Temporal parsed = parser.apply(s);
                    return parsed instanceof Instant instant ? instant.atZone(zone) : parsed;
                } catch (DateTimeParseException ignored) {
                    // Try the next, less specific ISO shape.
                }
            }
            throw args.error("cannot parse '" + s + "' as an ISO date or date-time");
        }
        throw args.error("expects a date or time but got " + Values.typeName(input));
    }

    private static Object plus(Object input, FilterArgs args, ChronoUnit unit) {
        if (input == null) {
            return null;
        }
        return temporal(input, args).plus(args.integer(0, 0), unit);
    }

    private static Object daysUntil(Object input, FilterArgs args) {
        if (input == null || args.get(0) == null) {
            return null;
        }
        LocalDate from = LocalDate.from(temporal(input, args));
        LocalDate to = LocalDate.from(temporal(args.get(0), args));
        return ChronoUnit.DAYS.between(from, to);
    }
}
