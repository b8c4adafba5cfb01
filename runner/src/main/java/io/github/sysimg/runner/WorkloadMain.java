package io.github.sysimg.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestExecutionResult;
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
 * to RESULT (atomically, last, so its presence means the run finished).
 *
 * <p>REQUEST holds one {@code key=value} a line: {@code select-package}, {@code select-class},
 * {@code select-method}, {@code scan-class-path} (a class path root), {@code include-classname},
 * {@code exclude-classname}, {@code include-tag}, {@code exclude-tag}, {@code config} ({@code key=value}),
 * {@code progress-seconds}.
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
        request.getOrDefault("select-package", List.of()).forEach(p -> selectors.add(selectPackage(p)));
        request.getOrDefault("select-class", List.of()).forEach(c -> selectors.add(selectClass(c)));
        request.getOrDefault("select-method", List.of()).forEach(m -> selectors.add(selectMethod(m)));
        Set<Path> roots = new LinkedHashSet<>();
        request.getOrDefault("scan-class-path", List.of()).forEach(r -> roots.add(Path.of(r)));
        if (!roots.isEmpty()) {
            selectors.addAll(selectClasspathRoots(roots));
        }
        List<Filter<?>> filters = new ArrayList<>();
        List<String> includes = request.getOrDefault("include-classname", List.of(STANDARD_INCLUDE_PATTERN));
        filters.add(ClassNameFilter.includeClassNamePatterns(includes.toArray(new String[0])));
        List<String> excludes = request.getOrDefault("exclude-classname", List.of());
        if (!excludes.isEmpty()) {
            filters.add(ClassNameFilter.excludeClassNamePatterns(excludes.toArray(new String[0])));
        }
        List<String> includeTags = request.getOrDefault("include-tag", List.of());
        if (!includeTags.isEmpty()) {
            filters.add(TagFilter.includeTags(includeTags));
        }
        List<String> excludeTags = request.getOrDefault("exclude-tag", List.of());
        if (!excludeTags.isEmpty()) {
            filters.add(TagFilter.excludeTags(excludeTags));
        }
        Map<String, String> config = new HashMap<>();
        for (String entry : request.getOrDefault("config", List.of())) {
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

        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(discovery);
        long found = plan.countTestIdentifiers(TestIdentifier::isTest);
        Set<String> testClasses = new LinkedHashSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            collectClasses(plan, root, testClasses);
        }
        System.out.println("[sysimg] " + found + " tests found in " + testClasses.size() + " classes");

        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        long progressSeconds = Long.parseLong(request.getOrDefault("progress-seconds", List.of("10")).get(0));
        Progress progress = new Progress(found, progressSeconds);
        long start = System.nanoTime();
        if (found > 0) {
            launcher.execute(plan, summary, progress);
        }
        progress.stop();
        long millis = (System.nanoTime() - start) / 1_000_000;

        PrintWriter out = new PrintWriter(System.out, true);
        if (found > 0) {
            TestExecutionSummary s = summary.getSummary();
            s.printFailuresTo(out, 15);
            s.printTo(out);
            writeResult(result, found, s.getTestsSucceededCount(), s.getTestsFailedCount(), s.getTestsAbortedCount(),
                    s.getTestsSkippedCount(), millis, testClasses);
        } else {
            writeResult(result, 0, 0, 0, 0, 0, millis, testClasses);
        }
        out.flush();
        // Non-daemon threads a suite leaves behind must not keep the fork alive.
        System.exit(0);
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

    private static void writeResult(Path result, long found, long succeeded, long failed, long aborted, long skipped,
                                    long millis, Set<String> testClasses) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("found=").append(found).append('\n');
        text.append("succeeded=").append(succeeded).append('\n');
        text.append("failed=").append(failed).append('\n');
        text.append("aborted=").append(aborted).append('\n');
        text.append("skipped=").append(skipped).append('\n');
        text.append("millis=").append(millis).append('\n');
        for (String testClass : testClasses) {
            text.append("test-class=").append(testClass).append('\n');
        }
        Path temp = result.resolveSibling(result.getFileName() + ".tmp");
        Files.write(temp, text.toString().getBytes(StandardCharsets.UTF_8));
        Files.move(temp, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Plain periodic progress lines: the fork's output is a pipe, read by the CLI or a CI log. */
    private static final class Progress implements TestExecutionListener {
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicReference<String> current = new AtomicReference<>("");
        private final long start = System.nanoTime();
        private final Thread ticker;

        Progress(long total, long periodSeconds) {
            this.total = total;
            this.ticker = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(periodSeconds * 1000);
                        System.out.printf("[sysimg] progress: %d/%d tests, %d s, in %s%n", done.get(), this.total,
                                (System.nanoTime() - start) / 1_000_000_000L, current.get());
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

        void stop() {
            ticker.interrupt();
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            id.getSource().ifPresent(source -> {
                if (source instanceof ClassSource) {
                    current.set(((ClassSource) source).getClassName());
                }
            });
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
                done.incrementAndGet();
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                done.incrementAndGet();
            }
        }
    }
}
