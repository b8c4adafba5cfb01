package io.github.sysimg.launcher.report;

import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who first exercised what: the statements of a file grouped by the unique id they are attributed to. A unit is a
 * test (it has a {@code test} statement with its duration), a container (a test class whose {@code @BeforeAll} or
 * static initializer ran library code before its first test), a {@code --workload-main} run, or nothing (code
 * that ran outside any test, e.g. during discovery).
 */
public final class Attribution {
    /** The unique id prefix of a {@code --workload-main} run, as the forked runner reports it. */
    public static final String WORKLOAD_MAIN_PREFIX = "[workload-main:";

    private static final Pattern DURATION = Pattern.compile("^(\\d+) ms\\b\\s*(\\S*)");
    private static final Pattern QUALIFIED = Pattern.compile("(?:[\\p{L}_$][\\p{L}\\p{N}_$]*\\.)+([\\p{L}_$][\\p{L}\\p{N}_$]*)");
    /** A unique id's segment that names a test class: {@code [class:com.example.FooTest]}. */
    public static final Pattern TEST_CLASS = Pattern.compile("\\[class:([^\\]]+)\\]");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^:\\]]+):(.*?)\\](?=/\\[|$)");

    /** What a unique id stands for. */
    public enum Kind {
        TEST("test"), CONTAINER("class setup"), WORKLOAD_MAIN("workload main"), NONE("outside any test");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One unit's contribution.
     *
     * @param uid     the unique id, empty for {@link Kind#NONE}
     * @param kind    what it is
     * @param counts  the statements it first exercised, by kind (class, method, jdk, lambda)
     * @param millis  its duration, -1 when unknown (containers, nothing)
     * @param status  its outcome (SUCCESSFUL, FAILED, ...), empty when unknown
     */
    public record Unit(String uid, Kind kind, Map<StatementKind, Integer> counts, long millis, String status) {
        /** All statements it first exercised. */
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(StatementKind kind) {
            return counts.getOrDefault(kind, 0);
        }
    }

    private Attribution() {
    }

    /** The units of a statements file: every test, container and main run, plus the unattributed statements. */
    public static List<Unit> units(StatementsFile statements) {
        Map<String, long[]> durations = new LinkedHashMap<>();
        Map<String, String> statuses = new LinkedHashMap<>();
        for (Statement test : statements.statements(StatementKind.TEST)) {
            Matcher m = DURATION.matcher(test.attribution());
            boolean found = m.find();
            durations.put(test.name(), new long[] {found ? Long.parseLong(m.group(1)) : 0});
            statuses.put(test.name(), found ? m.group(2) : "");
        }
        Map<String, Map<StatementKind, Integer>> counts = new LinkedHashMap<>();
        for (String test : durations.keySet()) {
            counts.put(test, emptyCounts());
        }
        for (Statement s : statements.statements()) {
            if (s.kind() != StatementKind.TEST) {
                counts.computeIfAbsent(s.attribution(), k -> emptyCounts()).merge(s.kind(), 1, Integer::sum);
            }
        }
        List<Unit> units = new ArrayList<>();
        counts.forEach((uid, byKind) -> {
            Kind kind = kindOf(uid, durations.containsKey(uid));
            long millis = durations.containsKey(uid) ? durations.get(uid)[0] : -1;
            units.add(new Unit(uid, kind, byKind, millis, statuses.getOrDefault(uid, "")));
        });
        units.sort(Comparator.comparingInt(Unit::total).reversed()
                .thenComparingLong(u -> u.millis() < 0 ? Long.MAX_VALUE : u.millis()).thenComparing(Unit::uid));
        return units;
    }

    private static Map<StatementKind, Integer> emptyCounts() {
        Map<StatementKind, Integer> counts = new LinkedHashMap<>();
        for (StatementKind k : List.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA)) {
            counts.put(k, 0);
        }
        return counts;
    }

    static Kind kindOf(String uid, boolean isTest) {
        if (uid.isEmpty()) {
            return Kind.NONE;
        }
        if (uid.startsWith(WORKLOAD_MAIN_PREFIX)) {
            return Kind.WORKLOAD_MAIN;
        }
        return isTest ? Kind.TEST : Kind.CONTAINER;
    }

    /** The duration in milliseconds of a {@code test} statement's attribution ({@code "12 ms SUCCESSFUL"}), 0 if none. */
    public static long millisOf(String testAttribution) {
        Matcher m = DURATION.matcher(testAttribution);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The {@code --workload-main} value of a workload-main unique id. */
    public static String workloadMainOf(String uid) {
        return uid.substring(WORKLOAD_MAIN_PREFIX.length(), uid.endsWith("]") ? uid.length() - 1 : uid.length());
    }

    /**
     * A short readable name for a unique id: {@code FooTest > bar()} for
     * {@code [engine:junit-jupiter]/[class:a.FooTest]/[method:bar()]}, with {@code [#3]} for invocations.
     */
    public static String label(String uid) {
        if (uid.isEmpty()) {
            return "(outside any test)";
        }
        if (uid.startsWith(WORKLOAD_MAIN_PREFIX)) {
            return "main " + workloadMainOf(uid);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = SEGMENT.matcher(uid);
        while (m.find()) {
            String type = m.group(1);
            String value = m.group(2);
            switch (type) {
                case "engine":
                    break;
                case "class":
                    parts.add(value.substring(value.lastIndexOf('.') + 1));
                    break;
                case "test-template-invocation":
                case "dynamic-test":
                case "dynamic-container":
                    parts.add(value.startsWith("#") ? "[" + value + "]" : value);
                    break;
                default:
                    // method(java.lang.String, int) reads as method(String, int)
                    parts.add(QUALIFIED.matcher(value).replaceAll("$1"));
            }
        }
        return parts.isEmpty() ? uid : String.join(" > ", parts).replace(" > [#", " [#");
    }

    /** The package of the (innermost top-level) test class a unique id names, or empty. */
    public static String packageOf(String uid) {
        Matcher m = TEST_CLASS.matcher(uid);
        String cls = m.find() ? m.group(1) : "";
        int dot = cls.lastIndexOf('.');
        return dot < 0 ? "" : cls.substring(0, dot);
    }
}
