package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --minimize} end to end on the bundled sample-suite (parameterized tests included): the argument file the
 * CLI writes, read back with {@code @FILE}, records at least 99% of the first run's statements (classes, methods,
 * JDK classes and lambdas), and at least 99% of its class and method statements alone.
 */
class MinimizeIT {

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void theMinimalSetRecordsNinetyNinePercentOfTheSuite(Path jdk, @TempDir Path dir) throws Exception {
        String ext = Cli.imageExtension(jdk);
        String classPath = SampleSuiteIT.SAMPLE_JAR + File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS + File.pathSeparator + Cli.junitClassPath();
        Cli.Run full = Cli.sysimg(dir, "--class-path", classPath, "--select-package", "io.github.sysimg.sample",
                "--include-package", SampleSuiteIT.LIBRARY_PACKAGE, "--no-training", "--java-home", jdk.toString(),
                "--statements", "full.txt", "--image", "full." + ext, "--minimize", "minimal.args").assertExit(0);
        assertTrue(full.output().matches("(?s).*Minimal training set: \\d+ of \\d+ tests first exercised [0-9.]+% of the statements .*"
                + "need [0-9.]+% of the suite's test time.*"), full.output());

        String args = Files.readString(dir.resolve("minimal.args"), StandardCharsets.UTF_8);
        List<String> selectors = args.lines().filter(l -> l.startsWith("--select-unique-id ")).toList();
        StatementsFile first = StatementsReader.read(dir.resolve("full.txt"));
        int tests = first.names(StatementKind.TEST).size();
        assertTrue(!selectors.isEmpty() && selectors.size() < tests, selectors.size() + " of " + tests + " tests:\n" + args);
        assertTrue(selectors.stream().anyMatch(l -> l.contains("[test-template-invocation:#")),
                "single invocations of parameterized tests are selected by unique id:\n" + args);

        Cli.Run again = Cli.sysimg(dir, "--class-path", classPath, "@minimal.args", "--no-training", "--java-home", jdk.toString(),
                "--statements", "minimal.txt", "--image", "minimal." + ext).assertExit(0);

        StatementsFile second = StatementsReader.read(dir.resolve("minimal.txt"));
        assertEquals(selectors.size(), second.names(StatementKind.TEST).size(), "exactly the selected tests ran:\n" + again.output());
        assertKept(first, second, List.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA));
        assertKept(first, second, List.of(StatementKind.CLASS, StatementKind.METHOD));
    }

    /** At least 99% of the first run's statements of these kinds are among the second run's. */
    private static void assertKept(StatementsFile first, StatementsFile second, List<StatementKind> kinds) {
        Set<String> wanted = new HashSet<>();
        Set<String> got = new HashSet<>();
        for (StatementKind kind : kinds) {
            first.names(kind).forEach(n -> wanted.add(kind.keyword() + " " + n));
            second.names(kind).forEach(n -> got.add(kind.keyword() + " " + n));
        }
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(got);
        double share = 1 - (double) missing.size() / wanted.size();
        assertTrue(share >= 0.99, String.format("the minimal set recorded %.2f%% of the %s statements (%d); missing: %s",
                100 * share, kinds, wanted.size(), missing));
    }
}
