package io.github.sysimg.launcher;

import io.github.sysimg.core.Statement;
import io.github.sysimg.launcher.report.Attribution;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A small training set: the fewest tests found that still first-exercise nearly all the statements.
 *
 * <p>A statements file names, for each statement, only the test that exercised it first. The set starts with
 * every test and greedily drops the one whose loss is smallest (the statements it first exercised, plus those of a
 * test class's set-up when it is the class's last test; ties: the slowest first) as long as both the statements
 * (classes, methods, JDK classes, lambdas) and the class and method statements alone stay covered at the given
 * share. The estimate is conservative: a kept test exercises at least what it first exercised in the recorded
 * order, and a dropped test's statements are counted as lost even when a kept test exercises them too.
 * Statements from no test (discovery) or from a {@code --workload-main} run always count as covered; the mains
 * are written into the set.
 */
public final class Minimizer {
    /** The share of the statements the set must keep. */
    public static final double DEFAULT_COVERAGE = 0.99;

    private static final Set<StatementKind> COUNTED = Set.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA);

    /**
     * A minimal set.
     *
     * @param kept           the unique ids of the tests in the set, in file order
     * @param workloadMains  the {@code --workload-main} values of the run, always part of the set
     * @param tests          the tests the suite ran
     * @param covered        statements the set first-exercises (lower bound)
     * @param total          statements of the file (class, method, jdk, lambda)
     * @param coveredClassesAndMethods class and method statements the set first-exercises (lower bound)
     * @param totalClassesAndMethods   class and method statements of the file
     * @param keptMillis     the set's test time
     * @param totalMillis    the suite's test time
     */
    public record Result(List<String> kept, List<String> workloadMains, int tests, int covered, int total, int coveredClassesAndMethods,
                         int totalClassesAndMethods, long keptMillis, long totalMillis) {
        public double coverage() {
            return total == 0 ? 1 : (double) covered / total;
        }

        public double classAndMethodCoverage() {
            return totalClassesAndMethods == 0 ? 1 : (double) coveredClassesAndMethods / totalClassesAndMethods;
        }

        public double timeShare() {
            return totalMillis == 0 ? 0 : (double) keptMillis / totalMillis;
        }
    }

    private Minimizer() {
    }

    /** The minimal set at {@code coverage} (0 to 1) of the statements. */
    public static Result minimize(StatementsFile statements, double coverage) {
        Map<String, Long> millis = new LinkedHashMap<>();
        List<String> mains = new ArrayList<>();
        for (Statement test : statements.statements(StatementKind.TEST)) {
            if (test.name().startsWith(Attribution.WORKLOAD_MAIN_PREFIX)) {
                mains.add(Attribution.workloadMainOf(test.name()));
            } else {
                millis.putIfAbsent(test.name(), Attribution.millisOf(test.attribution()));
            }
        }
        Map<String, int[]> own = new HashMap<>();
        Map<String, int[]> containers = new LinkedHashMap<>();
        int total = 0;
        int totalCm = 0;
        for (Statement s : statements.statements()) {
            if (!COUNTED.contains(s.kind())) {
                continue;
            }
            int cm = s.kind() == StatementKind.CLASS || s.kind() == StatementKind.METHOD ? 1 : 0;
            total++;
            totalCm += cm;
            String a = s.attribution();
            if (a.isEmpty() || a.startsWith(Attribution.WORKLOAD_MAIN_PREFIX)) {
                continue;
            }
            int[] counts = millis.containsKey(a) ? own.computeIfAbsent(a, k -> new int[2]) : containers.computeIfAbsent(a, k -> new int[2]);
            counts[0]++;
            counts[1] += cm;
        }
        // Which tests keep each container's statements: those whose unique id is below it.
        Map<String, List<String>> ancestors = new HashMap<>();
        Map<String, Integer> keptUnder = new HashMap<>();
        for (String test : millis.keySet()) {
            List<String> list = new ArrayList<>();
            for (String container : containers.keySet()) {
                if (test.startsWith(container + "/")) {
                    list.add(container);
                    keptUnder.merge(container, 1, Integer::sum);
                }
            }
            ancestors.put(test, list);
        }
        int covered = total;
        int coveredCm = totalCm;
        for (Map.Entry<String, int[]> c : containers.entrySet()) {
            if (!keptUnder.containsKey(c.getKey())) {
                // a container none of whose tests ran again: its statements are not reproduced by any set
                covered -= c.getValue()[0];
                coveredCm -= c.getValue()[1];
            }
        }
        double needed = coverage * total - 1e-9;
        double neededCm = coverage * totalCm - 1e-9;
        record Candidate(String uid, int loss, long millis) {
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingInt(Candidate::loss)
                .thenComparing(Comparator.comparingLong(Candidate::millis).reversed()).thenComparing(Candidate::uid));
        for (String test : millis.keySet()) {
            queue.add(new Candidate(test, loss(test, own, containers, ancestors, keptUnder)[0], millis.get(test)));
        }
        Set<String> dropped = new HashSet<>();
        while (!queue.isEmpty()) {
            Candidate next = queue.poll();
            int[] loss = loss(next.uid(), own, containers, ancestors, keptUnder);
            if (loss[0] != next.loss()) {
                queue.add(new Candidate(next.uid(), loss[0], next.millis()));
                continue;
            }
            if (covered - loss[0] >= needed && coveredCm - loss[1] >= neededCm) {
                dropped.add(next.uid());
                covered -= loss[0];
                coveredCm -= loss[1];
                for (String container : ancestors.get(next.uid())) {
                    keptUnder.merge(container, -1, Integer::sum);
                }
            }
            // else: kept for good, since the coverage only goes down and losses only go up
        }
        List<String> kept = new ArrayList<>();
        for (String test : millis.keySet()) {
            if (!dropped.contains(test)) {
                kept.add(test);
            }
        }
        if (kept.isEmpty() && mains.isEmpty() && !millis.isEmpty()) {
            // a set must select something: the test that contributed most
            String best = millis.keySet().stream().max(Comparator.comparingInt((String t) -> own.getOrDefault(t, new int[2])[0])).orElseThrow();
            kept.add(best);
            int[] loss = own.getOrDefault(best, new int[2]);
            covered += loss[0];
            coveredCm += loss[1];
        }
        long keptMillis = kept.stream().mapToLong(millis::get).sum();
        long totalMillis = millis.values().stream().mapToLong(Long::longValue).sum();
        return new Result(List.copyOf(kept), List.copyOf(mains), millis.size(), covered, total, coveredCm, totalCm, keptMillis, totalMillis);
    }

    private static int[] loss(String test, Map<String, int[]> own, Map<String, int[]> containers, Map<String, List<String>> ancestors,
                              Map<String, Integer> keptUnder) {
        int[] mine = own.getOrDefault(test, new int[2]);
        int[] loss = {mine[0], mine[1]};
        for (String container : ancestors.get(test)) {
            if (keptUnder.get(container) == 1) {
                int[] c = containers.get(container);
                loss[0] += c[0];
                loss[1] += c[1];
            }
        }
        return loss;
    }

    /**
     * The set as an argument file for {@code sysimg-tests @FILE}: one option a line, values quoted (picocli reads
     * an unquoted {@code #} as the start of a comment).
     *
     * @param source   where the statements came from, for the comment
     * @param options  further options to write first, as name and value pairs (included packages, class name filters)
     */
    public static String argFile(Result r, String source, List<String[]> options) {
        StringBuilder b = new StringBuilder();
        b.append("# sysimg-tests minimal training set from ").append(source.replace('\n', ' ')).append('\n');
        b.append(String.format(Locale.ROOT, "# %d of %d tests first exercised %.1f%% of the statements (%.1f%% of the class and method statements)%n",
                r.kept().size(), r.tests(), 100 * r.coverage(), 100 * r.classAndMethodCoverage()));
        b.append(String.format(Locale.ROOT, "# in %.1f%% of the suite's test time (%d of %d ms).%n", 100 * r.timeShare(), r.keptMillis(), r.totalMillis()));
        b.append("# Use it in place of the selectors: java -jar sysimg-tests.jar --class-path ... @THIS_FILE\n");
        for (String[] option : options) {
            b.append(option[0]).append(' ').append(quote(option[1])).append('\n');
        }
        for (String uid : r.kept()) {
            b.append("--select-unique-id ").append(quote(uid)).append('\n');
        }
        for (String main : r.workloadMains()) {
            b.append("--workload-main ").append(quote(main)).append('\n');
        }
        return b.toString();
    }

    /** A value in double quotes, with backslashes and quotes escaped, as picocli's argument files read it. */
    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
