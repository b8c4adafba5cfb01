package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.Values;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Built-in text filters. */
final class StringFilters {

    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}'])\\p{L}");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, Pattern> PATTERN_CACHE = new ConcurrentHashMap<>();

    private StringFilters() {
    }

    static void registerAll(FilterRegistry registry) {
        registry.register("upper", 0, 0, (in, args) -> text(in).toUpperCase(args.locale()))
                .register("lower", 0, 0, (in, args) -> text(in).toLowerCase(args.locale()))
                .register("capitalize", 0, 0, StringFilters::capitalize)
                .register("title", 0, 0, StringFilters::title)
                .register("trim", 0, 0, (in, args) -> text(in).strip())
                .register("truncate", 1, 2, StringFilters::truncate)
                .register("replace", 2, 2, (in, args) -> text(in).replace(args.string(0, ""), args.string(1, "")))
                .register("regex_replace", 2, 2, StringFilters::regexReplace)
                .register("pad_left", 1, 2, (in, args) -> pad(in, args, true))
                .register("pad_right", 1, 2, (in, args) -> pad(in, args, false))
                .register("default", 1, 1, StringFilters::defaultValue)
                .register("repeat", 1, 1, (in, args) -> text(in).repeat(Math.max(0, args.integer(0, 1))))
                .register("slug", 0, 0, StringFilters::slug)
                .register("split", 0, 1, StringFilters::split)
                .register("wordwrap", 1, 1, StringFilters::wordWrap);
    }

    private static String text(Object value) {
        return Values.toDisplayString(value);
    }

    private static Object capitalize(Object input, FilterArgs args) {
        String s = text(input);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(args.locale()) + s.substring(1);
    }

    private static Object title(Object input, FilterArgs args) {
        Matcher matcher = WORD_START.matcher(text(input).toLowerCase(args.locale()));
        return matcher.replaceAll(match -> match.group().toUpperCase(args.locale()));
    }

    /** Shortens to at most {@code length} characters including the suffix, without trailing blanks. */
    private static Object truncate(Object input, FilterArgs args) {
        String s = text(input);
        int length = args.integer(0, 80);
        String suffix = args.string(1, "...");
        if (length < 0) {
            throw args.error("expects a non-negative length but got " + length);
        }
        if (s.length() <= length) {
            return s;
        }
        int keep = Math.max(0, length - suffix.length());
        return s.substring(0, keep).stripTrailing() + suffix;
    }

    private static Object regexReplace(Object input, FilterArgs args) {
        String regex = args.string(0, "");
        Pattern pattern;
        try {
            pattern = PATTERN_CACHE.computeIfAbsent(regex, Pattern::compile);
        } catch (PatternSyntaxException e) {
            throw args.error("has an invalid pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
        return pattern.matcher(text(input)).replaceAll(args.string(1, ""));
    }

    private static Object pad(Object input, FilterArgs args, boolean left) {
        String s = text(input);
        int width = args.integer(0, 0);
        String fill = args.string(1, " ");
        if (fill.length() != 1) {
            throw args.error("expects a single padding character but got '" + fill + "'");
        }
        if (s.length() >= width) {
            return s;
        }
        String padding = fill.repeat(width - s.length());
        return left ? padding + s : s + padding;
    }

    /** Replaces null and empty strings only, so that 0 and false still print. */
    private static Object defaultValue(Object input, FilterArgs args) {
        boolean absent = input == null || (input instanceof CharSequence s && s.length() == 0);
        return absent ? args.get(0) : input;
    }

    private static Object slug(Object input, FilterArgs args) {
        String decomposed = Normalizer.normalize(text(input), Normalizer.Form.NFD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        String dashed = NON_SLUG.matcher(ascii).replaceAll("-");
        int start = 0;
        int end = dashed.length();
        while (start < end && dashed.charAt(start) == '-') {
            start++;
        }
        while (end > start && dashed.charAt(end - 1) == '-') {
            end--;
        }
        return dashed.substring(start, end);
    }

    private static Object split(Object input, FilterArgs args) {
        String s = text(input);
        if (args.size() == 0) {
            String stripped = s.strip();
            return stripped.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(stripped));
        }
        return Arrays.asList(s.split(Pattern.quote(args.string(0, ",")), -1));
    }

    /** Greedy word wrap; words longer than the width get a line of their own. */
    private static Object wordWrap(Object input, FilterArgs args) {
        int width = args.integer(0, 80);
        if (width < 1) {
            throw args.error("expects a positive width but got " + width);
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : WHITESPACE.split(text(input).strip())) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
