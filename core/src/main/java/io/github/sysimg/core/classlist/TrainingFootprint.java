package io.github.sysimg.core.classlist;

import io.github.sysimg.protocol.RunnerProtocol;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * Which classes each test class alone makes the JVM load: the statements name the first test that loaded each
 * class in the recorded run; a training run that replays the tests in reverse order, printing a marker line before
 * every test on the stream where {@code -Xlog:class+load} logs, names the last.
 *
 * <p>When both are the same test class, no other test class needs that class. A test class that alone loads
 * hundreds of classes exercises a subsystem no other test touches (TLS behind a URL lookup, a script engine): on
 * JDK 24+ an AOT cache loads every class it holds at each start-up, so every application would pay for it.
 */
public final class TrainingFootprint {
    /** The marker {@code io.github.sysimg.runner.JUnitTraining} prints before each test. */
    public static final String MARKER = RunnerProtocol.Training.MARKER;
    /** The line {@code JUnitTraining} prints after a test that failed. */
    public static final String THREW = RunnerProtocol.Training.THREW;
    private static final String LOAD = "[class,load] ";
    /** Where a replay ends: its summary line; lines after it (the AOT cache assembly) belong to no test. */
    private static final String END = RunnerProtocol.Training.SUMMARY;

    private TrainingFootprint() {
    }

    /**
     * The first test class of each recorded class and JDK class of the statements.
     */
    public static Map<String, String> firstTestClasses(StatementsFile statements) {
        Map<String, String> first = new HashMap<>();
        for (StatementKind kind : List.of(StatementKind.CLASS, StatementKind.JDK)) {
            for (Statement s : statements.statements(kind)) {
                String testClass = testClass(s.attribution());
                if (testClass != null) {
                    first.putIfAbsent(s.name(), testClass);
                }
            }
        }
        return first;
    }

    /**
     * The classes that only one test class loads, by test class (the top-level class of the test's unique id), in
     * load order; test classes with none are left out.
     *
     * @param first      the first test class of each class that counts (see {@link #firstTestClasses})
     * @param reverseLog the log of a replay in reverse order
     */
    public static Map<String, List<String>> exclusiveClasses(Map<String, String> first, List<String> reverseLog) {
        Map<String, List<String>> exclusive = new LinkedHashMap<>();
        String current = null;
        Set<String> seen = new HashSet<>();
        for (String line : reverseLog) {
            if (line.startsWith(MARKER)) {
                current = testClass(line.substring(MARKER.length()).strip());
                continue;
            }
            if (line.startsWith(END)) {
                break;
            }
            String name = className(line);
            if (name == null) {
                continue;
            }
            // The first load in reverse order is the last test class's; a class loaded before any test is nobody's.
            if (seen.add(name) && current != null && current.equals(first.get(name))) {
                exclusive.computeIfAbsent(current, c -> new ArrayList<>()).add(name);
            }
        }
        return exclusive;
    }

    /** The class a {@code -Xlog:class+load} line names, or null for another line. */
    private static String className(String line) {
        int load = line.indexOf(LOAD);
        int space = load < 0 ? -1 : line.indexOf(' ', load + LOAD.length());
        return space < 0 ? null : line.substring(load + LOAD.length(), space);
    }

    /** The unique ids of the tests that threw in a replay. */
    public static Set<String> threw(List<String> log) {
        Set<String> threw = new HashSet<>();
        for (String line : log) {
            if (line.startsWith(THREW)) {
                threw.add(line.substring(THREW.length()).strip());
            }
        }
        return threw;
    }

    /**
     * The JDK classes (binary names) that a replay's log shows loaded first while one of {@code tests} (unique ids)
     * ran; classes of the tests' own dependencies, which are never archived, are not among them.
     */
    public static List<String> firstLoadsDuring(List<String> log, Set<String> tests) {
        List<String> loaded = new ArrayList<>();
        boolean inside = false;
        for (String line : log) {
            if (line.startsWith(MARKER)) {
                inside = tests.contains(line.substring(MARKER.length()).strip());
            } else if (line.startsWith(END)) {
                break;
            } else if (inside && line.contains(LOAD)
                    && (line.contains(" source: jrt:/") || line.endsWith(" source: shared objects file"))) {
                String name = className(line);
                if (name != null) {
                    loaded.add(name);
                }
            }
        }
        return loaded;
    }

    /** Test classes whose exclusive classes reach {@code limit}, largest first. */
    public static List<Map.Entry<String, List<String>>> atLeast(Map<String, List<String>> exclusive, int limit) {
        List<Map.Entry<String, List<String>>> heavy = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : exclusive.entrySet()) {
            if (e.getValue().size() >= limit) {
                heavy.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        heavy.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        return heavy;
    }

    /** The test class a unique id belongs to: its first {@code [class:...]} segment, or null. */
    public static String testClass(String uniqueId) {
        int start = uniqueId.indexOf("[class:");
        if (start < 0) {
            return null;
        }
        int end = uniqueId.indexOf(']', start);
        return end < 0 ? null : uniqueId.substring(start + "[class:".length(), end);
    }
}
