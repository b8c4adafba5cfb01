package io.github.sysimg.protocol;

/**
 * The lines of a statements file: {@code @key value} header lines, then one statement a line,
 * {@code <kind> <name>[<TAB><first test that exercised it>]}, then {@code @end} when the recording finished. The
 * agent writes them as it records; the tool reads, merges and writes them.
 */
public final class StatementLines {
    /** The format's version, in the {@code @format} header line. */
    public static final int FORMAT_VERSION = 1;

    /** Header keys. */
    public static final String FORMAT = "format";
    public static final String JDK = "jdk";
    public static final String INCLUDES = "includes";
    public static final String PID = "pid";
    public static final String IMAGE_CLASS_PATH = "image-class-path";
    /** The last line of a finished recording, {@code @end}. */
    public static final String END = "end";

    /** Statement kinds. */
    public static final String CLASS = "class";
    public static final String METHOD = "method";
    public static final String JDK_CLASS = "jdk";
    public static final String LAMBDA = "lambda";
    public static final String TEST = "test";

    private StatementLines() {
    }

    /** A header line, {@code @key value}, the value on one line. */
    public static String header(String key, String value) {
        return '@' + key + ' ' + oneLine(value);
    }

    /** The {@code @end} line. */
    public static String end() {
        return "@" + END;
    }

    /**
     * A statement line; a tab or line break in the name or the attribution becomes a space.
     *
     * @param attribution the test that first exercised it (for a test: its duration and outcome), or null or empty
     */
    public static String statement(String kind, String name, String attribution) {
        return attribution == null || attribution.isEmpty()
                ? kind + ' ' + oneField(name)
                : kind + ' ' + oneField(name) + '\t' + oneField(attribution);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String oneField(String text) {
        return oneLine(text).replace('\t', ' ');
    }
}
