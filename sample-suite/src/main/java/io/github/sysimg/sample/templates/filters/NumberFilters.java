package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.Values;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Built-in number formatting filters. */
final class NumberFilters {

    private static final String[] BYTE_UNITS = {"KB", "MB", "GB", "TB", "PB"};
    /** DecimalFormat is costly to build and not thread-safe: cache prototypes, clone per use. */
    private static final Map<String, DecimalFormat> FORMATS = new ConcurrentHashMap<>();

    private NumberFilters() {
    }

    static void registerAll(FilterRegistry registry) {
        registry.register("number", 0, 1, NumberFilters::number)
                .register("currency", 0, 1, NumberFilters::currency)
                .register("round", 0, 1, (in, args) -> in == null ? null
                        : Values.toBigDecimal(in).setScale(args.integer(0, 0), RoundingMode.HALF_UP))
                .register("percent", 0, 1, NumberFilters::percent)
                .register("format", 1, 1, NumberFilters::format)
                .register("abs", 0, 0, NumberFilters::abs)
                .register("bytes", 0, 0, NumberFilters::bytes)
                .register("ordinal", 0, 0, NumberFilters::ordinal);
    }

    static DecimalFormat decimalFormat(String pattern, Locale locale, FilterArgs args) {
        DecimalFormat prototype = FORMATS.computeIfAbsent(pattern + '\u0000' + locale.toLanguageTag(), key -> {
            try {
                DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
                format.setRoundingMode(RoundingMode.HALF_UP);
                return format;
            } catch (IllegalArgumentException e) {
                throw args.error("has an invalid number pattern '" + pattern + "': " + e.getMessage());
            }
        });
        return (DecimalFormat) prototype.clone();
    }

    private static Object number(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        return decimalFormat(args.string(0, "#,##0.##"), args.locale(), args).format(Values.toBigDecimal(input));
    }

    /** Formats with the currency's symbol and its standard number of minor digits. */
    private static Object currency(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        String code = args.string(0, "USD");
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw args.error("got an unknown currency code '" + code + "'");
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String pattern = digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits);
        BigDecimal amount = Values.toBigDecimal(input);
        String formatted = decimalFormat(pattern, args.locale(), args).format(amount.abs());
        return (amount.signum() < 0 ? "-" : "") + currency.getSymbol(args.locale()) + formatted;
    }

    private static Object percent(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        int decimals = args.integer(0, 0);
        String pattern = decimals <= 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        BigDecimal scaled = Values.toBigDecimal(input).movePointRight(2);
        return decimalFormat(pattern, args.locale(), args).format(scaled) + "%";
    }

    private static Object format(Object input, FilterArgs args) {
        String pattern = args.string(0, "%s");
        try {
            return String.format(args.locale(), pattern, input);
        } catch (IllegalFormatException e) {
            throw args.error("cannot apply format '" + pattern + "' to " + Values.typeName(input) + ": " + e);
        }
    }

    private static Object abs(Object input, FilterArgs args) {
        if (input instanceof Long || input instanceof Integer || input instanceof Short || input instanceof Byte) {
            long value = ((Number) input).longValue();
            return value == Long.MIN_VALUE ? BigDecimal.valueOf(value).abs() : Math.abs(value);
        }
        if (input instanceof Double || input instanceof Float) {
            return Math.abs(((Number) input).doubleValue());
        }
        return input == null ? null : Values.toBigDecimal(input).abs();
    }

    /** Human-readable sizes with binary multiples: 1536 becomes "1.5 KB". */
    private static Object bytes(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        double value = Values.toBigDecimal(input).doubleValue();
        if (Math.abs(value) < 1024) {
            return (long) value + " B";
        }
        int unit = -1;
        while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(args.locale(), "%.1f %s", value, BYTE_UNITS[unit]);
    }

    private static Object ordinal(Object input, FilterArgs args) {
        if (input == null) {
            return "";
        }
        long n = Values.toBigDecimal(input).longValue();
        long lastTwo = Math.abs(n) % 100;
        String suffix;
        if (lastTwo >= 11 && lastTwo <= 13) {
            suffix = "th";
        } else {
            suffix = switch ((int) (Math.abs(n) % 10)) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        }
        return n + suffix;
    }
}
