package io.github.sysimg.bench.textbroad;

import java.lang.reflect.RecordComponent;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.commons.text.CaseUtils;
import org.apache.commons.text.RandomStringGenerator;
import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.StringTokenizer;
import org.apache.commons.text.TextStringBuilder;
import org.apache.commons.text.WordUtils;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * A mail-merge and text-cleaning tool: fills localized letters from records read by reflection, escapes a
 * generated corpus for HTML, XML and JSON, tokenizes CSV lines, fuzzy-matches misspelled words against a
 * dictionary and diffs two revisions of a text, printing a deterministic summary.
 */
public final class TextBroadApp {

    record Invoice(String customer, String city, int items, double total, LocalDate due) {
    }

    private static final String[] WORDS = ("analytical engine difference machine program loop variable function "
            + "compiler library archive interpreter memory register bitwise operator recursion iterator stream buffer "
            + "character encoding locale calendar timezone currency decimal fraction integer boolean pointer").split(" ");

    private TextBroadApp() {
    }

    public static void main(String[] args) throws Exception {
        Random random = new Random(42);
        letters(random);
        corpus(random);
        fuzzy(random);
        diff();
    }

    private static void letters(Random random) throws Exception {
        Locale[] locales = {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN, Locale.forLanguageTag("pt-BR"), Locale.ITALY};
        String template = "${city}, ${due}\n\nDear ${customer},\nyour ${items} item(s) come to ${total}. "
                + "Reference ${ref:-none}; max ${const:java.lang.Integer.MAX_VALUE}; ${base64Decoder:VGhhbmsgeW91IQ==}";
        StringSubstitutor interpolator = StringSubstitutor.createInterpolator();
        int chars = 0;
        for (int i = 0; i < 300; i++) {
            Invoice invoice = new Invoice(WordUtils.capitalize(WORDS[random.nextInt(WORDS.length)]) + " Ltd",
                    WordUtils.capitalize(WORDS[random.nextInt(WORDS.length)]), 1 + random.nextInt(40),
                    random.nextInt(1_000_000) / 100.0, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365)));
            Locale locale = locales[i % locales.length];
            Map<String, Object> values = new LinkedHashMap<>();
            for (RecordComponent c : Invoice.class.getRecordComponents()) {
                values.put(c.getName(), c.getAccessor().invoke(invoice));
            }
            values.put("total", NumberFormat.getCurrencyInstance(locale).format(invoice.total()));
            values.put("due", DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(invoice.due()));
            String letter = interpolator.replace(new StringSubstitutor(values).replace(template));
            chars += letter.length();
            if (i < locales.length) {
                System.out.println(WordUtils.wrap(letter, 60));
                System.out.println("---");
            }
        }
        System.out.println("letters: 300, characters: " + chars);
    }

    private static void corpus(Random random) {
        TextStringBuilder text = new TextStringBuilder();
        RandomStringGenerator ids = RandomStringGenerator.builder().withinRange('a', 'z').usingRandom(random::nextInt).get();
        for (int line = 0; line < 1500; line++) {
            text.append(ids.generate(6)).append(',');
            for (int w = 0; w < 12; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 5 == 4 ? " & \"quoted\" <b>é</b> " : " ");
            }
            text.appendln("\u00a3" + random.nextInt(1000));
        }
        String s = text.toString();
        String html = StringEscapeUtils.escapeHtml4(s);
        String xml = StringEscapeUtils.escapeXml10(s);
        String json = StringEscapeUtils.escapeJson(s);
        System.out.println("corpus " + s.length() + " -> html " + html.length() + ", xml " + xml.length() + ", json " + json.length()
                + ", html round trip " + StringEscapeUtils.unescapeHtml4(html).equals(s));
        int tokens = 0;
        List<String> identifiers = new ArrayList<>();
        for (String line : s.split("\n")) {
            StringTokenizer tokenizer = StringTokenizer.getCSVInstance(line);
            String[] fields = tokenizer.getTokenArray();
            tokens += fields.length;
            identifiers.add(CaseUtils.toCamelCase(fields[1], false, ' ', '&'));
        }
        System.out.println("csv tokens " + tokens + ", first identifier " + identifiers.get(0).substring(0, Math.min(40, identifiers.get(0).length())));
        System.out.println(WordUtils.abbreviate(s.substring(0, 300), 40, 60, "..."));
    }

    private static void fuzzy(Random random) {
        LevenshteinDistance levenshtein = new LevenshteinDistance(3);
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        int matched = 0;
        double similarity = 0;
        for (int i = 0; i < 1000; i++) {
            char[] word = WORDS[random.nextInt(WORDS.length)].toCharArray();
            word[random.nextInt(word.length)] = (char) ('a' + random.nextInt(26));
            String typo = new String(word);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String candidate : WORDS) {
                int d = levenshtein.apply(typo, candidate);
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    best = candidate;
                }
            }
            if (best != null) {
                matched++;
                similarity += jaroWinkler.apply(typo, best);
            }
        }
        System.out.printf(Locale.ROOT, "fuzzy: %d of 1000 matched, mean Jaro-Winkler %.4f%n", matched, similarity / matched);
    }

    private static void diff() {
        String before = String.join(" ", WORDS);
        String after = before.replace("compiler", "compilers").replace("memory register", "register memory");
        int[] counts = new int[3];
        new StringsComparator(before, after).getScript().visit(new CommandVisitor<Character>() {
            @Override
            public void visitInsertCommand(Character c) {
                counts[0]++;
            }

            @Override
            public void visitKeepCommand(Character c) {
                counts[1]++;
            }

            @Override
            public void visitDeleteCommand(Character c) {
                counts[2]++;
            }
        });
        System.out.println("diff: " + counts[0] + " inserted, " + counts[1] + " kept, " + counts[2] + " deleted");
    }
}
