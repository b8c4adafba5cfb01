package io.github.sysimg.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.github.sysimg.protocol.RunnerProtocol.Request;
import io.github.sysimg.protocol.RunnerProtocol.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The main class of the forked test JVM: {@code WorkloadMain REQUEST RESULT}. It discovers and runs the selected
 * tests with the suite's own JUnit Platform, prints a summary as the ConsoleLauncher does, and writes the counts
 * to RESULT (atomically, last, so its presence means the run finished), or {@code error=} with JUnit's message when
 * JUnit cannot start. The counts are JUnit's own: a test found is one its ConsoleLauncher's summary counts, each
 * invocation of a parameterized, repeated or other template test and each dynamic test included.
 *
 * <p>REQUEST holds one {@code key=value} a line: {@code select-package}, {@code select-class},
 * {@code select-method}, {@code scan-class-path} (a class path root), {@code include-classname},
 * {@code exclude-classname}, {@code include-tag}, {@code exclude-tag}, {@code config} ({@code key=value}),
 * {@code progress-seconds}, {@code progress-terminal} ({@code true}: one line kept up to date with {@code \r} instead of
 * periodic lines), {@code select-unique-id}, {@code workload-main} (a main class and its arguments, separated by
 * spaces, run after the tests; its {@code main(String[])} must return).
 */
public final class WorkloadMain {
    /** ConsoleLauncher's default: the class names JUnit's own tooling treats as tests. */
    static final String STANDARD_INCLUDE_PATTERN = "^(Test.*|.+[.$]Test.*|.*Tests?)$";

    private WorkloadMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WorkloadMain REQUEST RESULT");
            System.exit(-1);
        }
        Map<String, List<String>> request = readRequest(Path.of(args[0]));
        Path result = Path.of(args[1]);

        List<DiscoverySelector> selectors = new ArrayList<>();
        request.getOrDefault(Request.SELECT_PACKAGE, List.of()).forEach(p -> selectors.add(selectPackage(p)));
        request.getOrDefault(Request.SELECT_CLASS, List.of()).forEach(c -> selectors.add(selectClass(c)));
        request.getOrDefault(Request.SELECT_METHOD, List.of()).forEach(m -> selectors.add(selectMethod(m)));
        request.getOrDefault(Request.SELECT_UNIQUE_ID, List.of()).forEach(u -> selectors.add(selectUniqueId(u)));
        Set<Path> roots = new LinkedHashSet<>();
        request.getOrDefault(Request.SCAN_CLASS_PATH, List.of()).forEach(r -> roots.add(Path.of(r)));
        if (!roots.isEmpty()) {
            selectors.addAll(selectClasspathRoots(roots));
        }
        List<Filter<?>> filters = new ArrayList<>();
        List<String> includes = request.getOrDefault(Request.INCLUDE_CLASSNAME, List.of(STANDARD_INCLUDE_PATTERN));
        filters.add(ClassNameFilter.includeClassNamePatterns(includes.toArray(new String[0])));
        List<String> excludes = request.getOrDefault(Request.EXCLUDE_CLASSNAME, List.of());
        if (!excludes.isEmpty()) {
            filters.add(ClassNameFilter.excludeClassNamePatterns(excludes.toArray(new String[0])));
        }
        List<String> includeTags = request.getOrDefault(Request.INCLUDE_TAG, List.of());
        if (!includeTags.isEmpty()) {
            filters.add(TagFilter.includeTags(includeTags));
        }
        List<String> excludeTags = request.getOrDefault(Request.EXCLUDE_TAG, List.of());
        if (!excludeTags.isEmpty()) {
            filters.add(TagFilter.excludeTags(excludeTags));
        }
        Map<String, String> config = new HashMap<>();
        for (String entry : request.getOrDefault(Request.CONFIG, List.of())) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                config.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        LauncherDiscoveryRequest discovery = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(filters.toArray(new Filter<?>[0]))
                .configurationParameters(config)
                .build();

        List<String> mains = request.getOrDefault(Request.WORKLOAD_MAIN, List.of());
        // Only --workload-main runs: no test discovery at all.
        boolean runsTests = !selectors.isEmpty() || mains.isEmpty();
        Launcher launcher = null;
        TestPlan plan = null;
        if (runsTests) {
            try {
                launcher = LauncherFactory.create();
                plan = launcher.discover(discovery);
            } catch (JUnitException e) {
                writeError(result, e.getMessage());
                System.exit(0);
            }
        }
        Set<String> testClasses = new LinkedHashSet<>();
        if (runsTests) {
            for (TestIdentifier root : plan.getRoots()) {
                collectClasses(plan, root, testClasses);
            }
        }

        // Always executed, even with no test in the plan: parameterized, repeated and other template tests and
        // dynamic tests only come to be while it runs. JUnit's summary counts them as found, as its ConsoleLauncher does.
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        long progressSeconds = Long.parseLong(request.getOrDefault(Request.PROGRESS_SECONDS, List.of("10")).get(0));
        boolean terminal = Boolean.parseBoolean(request.getOrDefault(Request.PROGRESS_TERMINAL, List.of("false")).get(0));
        long start = System.nanoTime();
        if (runsTests) {
            Progress progress = new Progress(summary, progressSeconds, terminal);
            try {
                launcher.execute(plan, summary, progress);
            } finally {
                progress.stop();
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        PrintWriter out = new PrintWriter(System.out, true);
        TestExecutionSummary s = runsTests ? summary.getSummary() : null;
        if (s != null && s.getTestsFoundCount() > 0) {
            s.printFailuresTo(out, 15);
            s.printTo(out);
        }
        out.flush();
        int mainsFailed = runWorkloadMains(mains);
        if (s != null) {
            writeResult(result, s.getTestsFoundCount(), s.getTestsSucceededCount(), s.getTestsFailedCount(), s.getTestsAbortedCount(),
                    s.getTestsSkippedCount(), millis, testClasses, mainsFailed);
            appendMissingRelativeFiles(result, s);
        } else {
            writeResult(result, 0, 0, 0, 0, 0, millis, testClasses, mainsFailed);
        }
        // Non-daemon threads a suite leaves behind must not keep the fork alive.
        System.exit(0);
    }

    /**
     * Runs each {@code workload-main} ({@code CLASS ARG...}) in this JVM after the tests, attributed to the unique id
     * {@code [workload-main:CLASS ARG...]} so its statements and duration are recorded like a test's. A main that
     * throws counts as failed; one that calls {@code System.exit} ends the run (what was recorded is kept).
     *
     * @return how many failed
     */
    private static int runWorkloadMains(List<String> mains) {
        MethodHandle started = null;
        MethodHandle finished = null;
        if (System.getProperty("sysimg.recording") != null) {
            try {
                Class<?> recorder = Class.forName("io.github.sysimg.agent.Recorder", true, ClassLoader.getSystemClassLoader());
                started = MethodHandles.publicLookup().findStatic(recorder, "testStarted", MethodType.methodType(void.class, String.class));
                finished = MethodHandles.publicLookup().findStatic(recorder, "testFinished",
                        MethodType.methodType(void.class, String.class, long.class, String.class));
            } catch (ReflectiveOperationException | LinkageError e) {
                System.err.println("[sysimg] the recording agent is not reachable (" + e + "); the workload mains are not attributed.");
            }
        }
        int failed = 0;
        for (String main : mains) {
            String[] words = main.strip().split("\\s+");
            String uid = "[workload-main:" + String.join(" ", words) + "]";
            System.out.println("[sysimg] running workload main " + String.join(" ", words));
            System.out.flush();
            long start = System.nanoTime();
            String status = "SUCCESSFUL";
            try {
                if (started != null) {
                    started.invoke(uid);
                }
                Class<?> type = Class.forName(words[0], true, ClassLoader.getSystemClassLoader());
                java.lang.reflect.Method method = type.getMethod("main", String[].class);
                method.setAccessible(true);
                method.invoke(null, (Object) java.util.Arrays.copyOfRange(words, 1, words.length));
            } catch (java.lang.reflect.InvocationTargetException e) {
                status = "FAILED";
                System.err.println("[sysimg] workload main " + words[0] + " failed:");
                e.getCause().printStackTrace();
            } catch (Throwable e) {
                status = "FAILED";
                System.err.println("[sysimg] cannot run workload main " + words[0] + ": " + e);
            }
            System.out.flush();
            if (status.equals("FAILED")) {
                failed++;
            }
            if (finished != null) {
                try {
                    finished.invoke(uid, (System.nanoTime() - start) / 1_000_000, status);
                } catch (Throwable e) {
                    System.err.println("[sysimg] cannot reach the recording agent: " + e);
                }
            }
        }
        return failed;
    }

    private static void collectClasses(TestPlan plan, TestIdentifier id, Set<String> classes) {
        id.getSource().ifPresent(source -> {
            if (source instanceof ClassSource) {
                classes.add(((ClassSource) source).getClassName());
            } else if (source instanceof MethodSource) {
                classes.add(((MethodSource) source).getClassName());
            }
        });
        for (TestIdentifier child : plan.getChildren(id)) {
            collectClasses(plan, child, classes);
        }
    }

    private static Map<String, List<String>> readRequest(Path file) throws IOException {
        Map<String, List<String>> request = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                request.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
            }
        }
        return request;
    }

    /** JUnit could not start: its message, one line, for the CLI to report. */
    private static void writeError(Path result, String message) throws IOException {
        String line = String.join(" ", String.valueOf(message).strip().split("\\s+"));
        write(result, Result.ERROR + "=" + line + "\n");
    }

    private static void writeResult(Path result, long found, long succeeded, long failed, long aborted, long skipped,
                                    long millis, Set<String> testClasses, int mainsFailed) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(Result.FOUND).append('=').append(found).append('\n');
        text.append(Result.SUCCEEDED).append('=').append(succeeded).append('\n');
        text.append(Result.FAILED).append('=').append(failed).append('\n');
        text.append(Result.ABORTED).append('=').append(aborted).append('\n');
        text.append(Result.SKIPPED).append('=').append(skipped).append('\n');
        text.append(Result.MILLIS).append('=').append(millis).append('\n');
        text.append(Result.WORKLOAD_MAIN_FAILED).append('=').append(mainsFailed).append('\n');
        for (String testClass : testClasses) {
            text.append(Result.TEST_CLASS).append('=').append(testClass).append('\n');
        }
        write(result, text.toString());
    }

    /**
     * How many tests failed on a file missing at a relative path, and the first such path: the sign of tests that expect
     * another working directory (Surefire runs them in the project's base directory).
     */
    private static void appendMissingRelativeFiles(Path result, TestExecutionSummary summary) throws IOException {
        int count = 0;
        String first = null;
        for (TestExecutionSummary.Failure failure : summary.getFailures()) {
            String path = missingRelativeFile(failure.getException());
            if (path != null) {
                count++;
                first = first == null ? path : first;
            }
        }
        if (count > 0) {
            String text = Files.readString(result, StandardCharsets.UTF_8) + Result.MISSING_RELATIVE_FILE + "=" + count + "\n"
                    + Result.MISSING_RELATIVE_FILE_EXAMPLE + "=" + first.replace('\n', ' ') + "\n";
            write(result, text);
        }
    }

    /** The relative path a NoSuchFileException or FileNotFoundException in the cause chain names, or null. */
    static String missingRelativeFile(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String path = null;
            if (t instanceof java.nio.file.NoSuchFileException e) {
                path = e.getFile();
            } else if (t instanceof java.io.FileNotFoundException && t.getMessage() != null) {
                // "name (No such file or directory)"
                int paren = t.getMessage().lastIndexOf(" (");
                path = paren > 0 ? t.getMessage().substring(0, paren) : t.getMessage();
            }
            if (path != null && !path.isBlank() && !isAbsolute(path)) {
                return path;
            }
        }
        return null;
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
    }

    private static void write(Path result, String text) throws IOException {
        Path temp = result.resolveSibling(result.getFileName() + ".tmp");
        Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
        Files.move(temp, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Progress: plain periodic lines when the output goes to a pipe or a CI log; on a terminal, one line kept up to
     * date every second with a carriage return, cleared when the run ends. The counts are those of JUnit's summary
     * so far: the tests found grow as JUnit creates parameterized, repeated and dynamic tests while it runs.
     */
    private static final class Progress implements TestExecutionListener {
        /** The terminal line's width: wider lines would wrap, and a carriage return would not take back the wrapped part. */
        private static final int LINE_WIDTH = 79;
        private final boolean terminal;
        private volatile int shown;
        private volatile boolean started;
        private final SummaryGeneratingListener summary;
        private final AtomicReference<String> current = new AtomicReference<>("");
        private final long start = System.nanoTime();
        private final Thread ticker;

        Progress(SummaryGeneratingListener summary, long periodSeconds, boolean terminal) {
            this.summary = summary;
            this.terminal = terminal;
            this.ticker = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(terminal ? 1000 : periodSeconds * 1000);
                        long[] counts = counts();
                        if (counts == null) {
                            continue;
                        }
                        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                        if (terminal) {
                            line(counts, seconds);
                        } else {
                            System.out.printf("[sysimg] progress: %d/%d tests, %d s, in %s%n", counts[0], counts[1], seconds, current.get());
                        }
                    }
                } catch (InterruptedException stopped) {
                    // the run is over
                }
            }, "sysimg-progress");
            ticker.setDaemon(true);
            if (periodSeconds > 0) {
                ticker.start();
            }
        }

        /** Tests done (finished or skipped) and tests found so far, as JUnit's summary counts them; null before the run. */
        private long[] counts() {
            if (!started) {
                return null;
            }
            TestExecutionSummary s;
            try {
                s = summary.getSummary();
            } catch (RuntimeException notYet) {
                return null;
            }
            if (s == null) {
                return null;
            }
            long done = s.getTestsSucceededCount() + s.getTestsFailedCount() + s.getTestsAbortedCount() + s.getTestsSkippedCount();
            return new long[] {done, s.getTestsFoundCount()};
        }

        /** Redraws the terminal line: tests done of those found, elapsed time, current test class. */
        private synchronized void line(long[] counts, long seconds) {
            String text = "[sysimg] " + counts[0] + "/" + counts[1] + " tests, " + seconds + " s, in ";
            String where = current.get();
            int room = LINE_WIDTH - text.length();
            if (where.length() > room) {
                where = room > 3 ? "..." + where.substring(where.length() - room + 3) : "";
            }
            text += where;
            int pad = Math.max(0, shown - text.length());
            System.out.print("\r" + text + " ".repeat(pad));
            System.out.flush();
            shown = text.length();
        }

        void stop() {
            ticker.interrupt();
            try {
                ticker.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                if (terminal && shown > 0) {
                    System.out.print("\r" + " ".repeat(shown) + "\r");
                    System.out.flush();
                    shown = 0;
                }
            }
        }

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            // Registered after the summary listener, which sets up its counts in the same call.
            started = true;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            id.getSource().ifPresent(source -> {
                if (source instanceof ClassSource) {
                    current.set(((ClassSource) source).getClassName());
                }
            });
        }
    }
}
