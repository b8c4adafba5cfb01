package io.github.sysimg.runner;

import io.github.sysimg.protocol.RunnerProtocol;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The workload of an image's training run: {@code JUnitTraining TESTS [CONFIG]}. It runs the recorded tests (TESTS:
 * one JUnit unique id a line) with the suite's own JUnit Platform, as the recording run did but without the agent,
 * so that the JVM records the library's own start-up work. Running them through JUnit, not by hand, is what makes
 * every kind of test train as it ran: extensions ({@code @TempDir}, parameter resolvers, Spring's and Mockito's),
 * parameterized tests of every source, factories, templates and nested classes. A test that writes into its
 * {@code @TempDir} gets a real temporary folder, which JUnit deletes afterwards; a test never writes where the
 * recording run did not.
 *
 * <p>CONFIG, when given, holds JUnit configuration parameters, one {@code key=value} a line. The outcome of a test
 * does not matter to the image, but a failed test is reported: its failure path is not the library's normal work.
 * Where no JUnit Platform launcher is on the class path, the tests are replayed by reflection instead
 * ({@link TrainingReplay}).
 */
public final class JUnitTraining {
    /**
     * With {@code -Dsysimg.replay.markers=true} each test's unique id is printed when it starts: with
     * {@code -Xlog:class+load} on the same stream, the classes each test loads first can be told apart.
     */
    static final String MARKER = TrainingReplay.MARKER;
    /** With markers, printed after a test that failed: its unique id. */
    static final String THREW = TrainingReplay.THREW;
    /** The summary line's start; the log after it belongs to no test. */
    static final String SUMMARY = RunnerProtocol.Training.SUMMARY;
    /** The start of the line that names a test that failed in the training, and why. */
    static final String FAILED = RunnerProtocol.Training.FAILED;
    private static final boolean MARKERS = Boolean.getBoolean("sysimg.replay.markers");

    private JUnitTraining() {
    }

    public static void main(String[] args) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName("org.junit.platform.launcher.core.LauncherFactory", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            System.out.println("[sysimg] training: no junit-platform-launcher on the training class path; the tests are "
                    .concat("replayed by reflection, without JUnit extensions"));
            TrainingReplay.main(args);
            return;
        }
        // The JUnit Platform's types stay out of this method: verifying it must not need them.
        Platform.run(args);
    }

    /** The non-blank lines of a file, stripped. */
    static List<String> lines(String file) throws java.io.IOException {
        // java.io rather than java.nio.file: whatever this JVM loads may go into the image.
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    /** The run through the suite's JUnit Platform. */
    private static final class Platform {
        private Platform() {
        }

        static String train(List<String> tests, Map<String, String> configuration, PrintStream out, boolean markers) {
            List<DiscoverySelector> selectors = new ArrayList<>();
            for (String id : tests) {
                selectors.add(DiscoverySelectors.selectUniqueId(id));
            }
            Map<String, String> parameters = new HashMap<>(configuration);
            // A test renamed or removed since the recording is counted as not found; it must not stop the others.
            parameters.putIfAbsent("junit.platform.discovery.listener.default", "logging");
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .configurationParameters(parameters)
                    .build();
            Counts counts = new Counts(out, new HashSet<>(tests), markers);
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, counts);
            for (String failure : counts.failures) {
                out.println(FAILED + failure);
            }
            int notRun = 0;
            for (String id : tests) {
                if (!counts.started.contains(id)) {
                    notRun++;
                }
            }
            return SUMMARY + counts.ran + " of " + tests.size() + " tests with JUnit (" + counts.failed + " failed, "
                    + counts.aborted + " aborted); " + notRun + " not run (" + counts.skipped + " disabled, "
                    + Math.max(0, notRun - counts.skipped) + " not found by their unique id)";
        }

        static void run(String[] args) throws Exception {
            PrintStream out = System.out;
            // Some suites close System.out; the markers and the summary must still reach the log.
            System.setOut(TrainingReplay.unclosable(out));
            System.setErr(TrainingReplay.unclosable(System.err));
            List<String> tests = lines(args[0]);
            Map<String, String> configuration = new HashMap<>();
            if (args.length > 1) {
                for (String entry : lines(args[1])) {
                    int eq = entry.indexOf('=');
                    if (eq > 0) {
                        configuration.put(entry.substring(0, eq), entry.substring(eq + 1));
                    }
                }
            }
            out.println(train(tests, configuration, out, MARKERS));
            out.flush();
            System.err.flush();
            // Threads a test leaves behind must not keep the training JVM alive. halt, not exit: since JDK 21 exit
            // starts the platform logging (to log the exit), whose classes would go into the image. The JVM still
            // writes what it recorded (AOT configuration, class list) on halt.
            Runtime.getRuntime().halt(0);
        }
    }

    /**
     * Runs the tests (unique ids) with the JUnit Platform on the class path; returns the summary line.
     *
     * @param markers whether to print a marker line as each test starts and after each that failed
     */
    static String train(List<String> tests, Map<String, String> configuration, PrintStream out, boolean markers) {
        return Platform.train(tests, configuration, out, markers);
    }

    /** Counts the tests as JUnit ran them, keeps why each failed, and prints the markers. */
    private static final class Counts implements TestExecutionListener {
        private final PrintStream out;
        private final Set<String> requested;
        private final boolean markers;
        final Set<String> started = new HashSet<>();
        final List<String> failures = new ArrayList<>();
        int ran;
        int failed;
        int aborted;
        int skipped;

        Counts(PrintStream out, Set<String> requested, boolean markers) {
            this.out = out;
            this.requested = requested;
            this.markers = markers;
        }

        /** The exception's class and the first line of its message: enough to tell a setting the test missed. */
        static String reason(Throwable t) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip().lines().findFirst().orElse("");
            if (message.length() > 200) {
                message = message.substring(0, 200) + "...";
            }
            return t.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (test.isTest()) {
                started.add(test.getUniqueId());
                if (markers) {
                    out.println(MARKER + test.getUniqueId());
                }
            }
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                skipped++;
                return;
            }
            // a disabled container: the requested tests under it never start
            for (String id : requested) {
                if (id.startsWith(test.getUniqueId())) {
                    skipped++;
                }
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                return;
            }
            ran++;
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                return;
            }
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                aborted++;
                return;
            }
            failed++;
            failures.add(test.getUniqueId() + ": " + result.getThrowable().map(Counts::reason).orElse("no exception"));
            if (markers) {
                out.println(THREW + test.getUniqueId());
            }
        }
    }
}
