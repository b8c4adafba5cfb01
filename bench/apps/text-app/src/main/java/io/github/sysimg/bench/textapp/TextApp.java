package io.github.sysimg.bench.textapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.CaseUtils;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.TextStringBuilder;
import org.apache.commons.text.WordUtils;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A small command-line app that does a few typical things with Apache Commons Text and prints
 * deterministic output. It is the start-up workload of the benchmark: the images are judged on how fast
 * this app starts and runs, never on the library's own tests.
 */
public final class TextApp {

    private TextApp() {
    }

    public static void main(String[] args) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("user", "Ada Lovelace");
        values.put("count", 3);
        values.put("project", "analytical engine");
        StringSubstitutor substitutor = new StringSubstitutor(values);
        System.out.println(substitutor.replace(
                "Dear ${user}, you have ${count} new ${kind:-messages} about the ${project}."));

        StringSubstitutor interpolator = StringSubstitutor.createInterpolator();
        System.out.println(interpolator.replace(
                "base64=${base64Encoder:HelloWorld!} url=${urlEncoder:a b&c=d} const=${const:java.lang.Integer.MAX_VALUE}"));

        String prose = "The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly"
                + " and a wizard's job is to vex chumps quickly in fog.";
        System.out.println(WordUtils.wrap(prose, 36));
        System.out.println(WordUtils.capitalizeFully("hello wORLD of commons TEXT"));
        System.out.println(WordUtils.initials("Portable Network Graphics"));
        System.out.println(WordUtils.swapCase("Hello World"));

        String html = "<p class=\"note\">Caf\u00e9 & cr\u00e8me br\u00fbl\u00e9e \u2014 \u00a35</p>";
        String escaped = StringEscapeUtils.escapeHtml4(html);
        System.out.println(escaped);
        System.out.println(StringEscapeUtils.unescapeHtml4(escaped).equals(html));
        System.out.println(StringEscapeUtils.escapeJson("He said \"hi\"\n\tand left /"));
        System.out.println(StringEscapeUtils.escapeXml11("<a href='x'>T&C</a>"));
        System.out.println(StringEscapeUtils.escapeCsv("one, \"two\", three"));
        System.out.println(StringEscapeUtils.escapeJava("tab\there \u00e9"));

        LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        List<String[]> pairs = List.of(
                new String[] {"kitten", "sitting"},
                new String[] {"flaw", "lawn"},
                new String[] {"commons-text", "commons-csv"},
                new String[] {"start-up", "startup"});
        for (String[] pair : pairs) {
            System.out.printf(Locale.ROOT, "%s/%s levenshtein=%d jaroWinkler=%.4f%n",
                    pair[0], pair[1], levenshtein.apply(pair[0], pair[1]), jaroWinkler.apply(pair[0], pair[1]));
        }

        System.out.println(CaseUtils.toCamelCase("to camel case", false, ' '));
        System.out.println(CaseUtils.toCamelCase("java-start-up_image", true, '-', '_'));

        TextStringBuilder builder = new TextStringBuilder();
        builder.appendWithSeparators(List.of("alpha", "beta", "gamma"), " | ").appendNewLine();
        builder.appendPadding(3, '*').append("padded").appendFixedWidthPadRight("left", 8, '.').append('!');
        System.out.println(builder.toString());
    }
}
