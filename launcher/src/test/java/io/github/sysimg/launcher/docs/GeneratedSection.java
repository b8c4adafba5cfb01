package io.github.sysimg.launcher.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a Markdown page that the build generates: the text between {@code <!-- generated: NAME ... -->} and
 * {@code <!-- end of generated: NAME -->}. The test compares it with what the build generates now, and rewrites it
 * when asked to ({@value #REGENERATE_PROPERTY}).
 */
public final class GeneratedSection {
    /** Set to {@code true} (as a Maven user property: Surefire passes it on) to rewrite the sections instead of comparing. */
    public static final String REGENERATE_PROPERTY = "sysimg.docs.regenerate";
    /** The one command that regenerates every generated section of README.md and docs/. */
    public static final String REGENERATE_COMMAND = "mvn -B -q package -Dtest='GeneratedDocsTest,GoalsReferenceTest' "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE_PROPERTY + "=true";

    private GeneratedSection() {
    }

    /** The opening marker of a section, which says how to regenerate it. */
    public static String begin(String name) {
        return "<!-- generated: " + name + " (do not edit; regenerate with: " + REGENERATE_COMMAND + ") -->";
    }

    public static String end(String name) {
        return "<!-- end of generated: " + name + " -->";
    }

    /**
     * Compares the section {@code name} of {@code page} with {@code generated}, or rewrites it when
     * {@value #REGENERATE_PROPERTY} is {@code true}.
     *
     * @return null when they match (or the section was rewritten), else a message that says what differs and how
     *         to regenerate
     */
    public static String check(Path page, String name, String generated) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String endMarker = end(name);
        String beginPrefix = "<!-- generated: " + name + " ";
        int start = text.indexOf(beginPrefix);
        int stop = text.indexOf(endMarker);
        if (start < 0 || stop < start) {
            return page + " has no generated section \"" + name + "\": put the lines\n" + begin(name) + "\n" + endMarker
                    + "\nwhere it goes, then run: " + REGENERATE_COMMAND;
        }
        int bodyStart = text.indexOf('\n', start) + 1;
        String current = text.substring(bodyStart, stop);
        String wanted = generated.endsWith("\n") ? generated : generated + "\n";
        String header = text.substring(start, bodyStart - 1);
        if (current.equals(wanted) && header.equals(begin(name))) {
            return null;
        }
        if (Boolean.getBoolean(REGENERATE_PROPERTY)) {
            Files.writeString(page, text.substring(0, start) + begin(name) + "\n" + wanted + text.substring(stop),
                    StandardCharsets.UTF_8);
            return null;
        }
        return "The generated section \"" + name + "\" of " + page.normalize() + " differs from what the build generates"
                + firstDifference(current, wanted) + ". Regenerate it (and every other generated section) with:\n  "
                + REGENERATE_COMMAND + "\nand commit the result.";
    }

    private static String firstDifference(String current, String wanted) {
        String[] a = current.split("\n", -1);
        String[] b = wanted.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<none>";
            String y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                return " (line " + (i + 1) + " of the section: committed\n  " + x + "\ngenerated\n  " + y + "\n)";
            }
        }
        return " (its opening marker)";
    }
}
