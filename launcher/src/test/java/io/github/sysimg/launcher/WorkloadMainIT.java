package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --workload-main}: a main class run in the test JVM as (part of) the workload. The units library's tests
 * never touch its {@code cli.Main}; with {@code --workload-main} the main is in the statements, attributed to its
 * run. Also the forked runner alone: unique-id selection, a main without tests, and the progress display.
 */
class WorkloadMainIT {
    static final String MAIN = "org.acme.units.cli.Main";
    static final String MAIN_RUN = "[workload-main:" + MAIN + " 2]";
    static final Path EMBEDDED = Path.of("target", "classes", "io", "github", "sysimg", "launcher", "embedded").toAbsolutePath();

    @TempDir
    static Path dir;
    static SampleLibrary.Compiled lib;
    static String classPath;

    @BeforeAll
    static void compile() throws Exception {
        lib = SampleLibrary.compile(dir, Cli.junitClassPath());
        classPath = lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + Cli.junitClassPath();
    }

    @Test
    void theMainsClassesAreRecordedWithTheTestsAndAlone() throws Exception {
        Cli.sysimg(dir, "-cp", classPath, "-p", "org.acme.units", "--no-training", "--statements", "tests.txt", "--image", "tests.jsa")
                .assertExit(0);
        StatementsFile tests = StatementsReader.read(dir.resolve("tests.txt"));
        assertFalse(tests.names(StatementKind.CLASS).contains(MAIN), "the tests never touch the main");

        Cli.Run both = Cli.sysimg(dir, "-cp", classPath, "-p", "org.acme.units", "--workload-main", MAIN + " 2", "--no-training",
                "--statements", "both.txt", "--image", "both.jsa").assertExit(0);
        assertTrue(both.output().contains("2000.000 m"), "the main ran, after the tests:\n" + both.output());
        StatementsFile withMain = StatementsReader.read(dir.resolve("both.txt"));
        assertEquals(MAIN_RUN, attributionOf(withMain, StatementKind.CLASS, MAIN));
        assertTrue(withMain.names(StatementKind.METHOD).contains(MAIN + "#main([Ljava/lang/String;)V"));
        String converter = attributionOf(withMain, StatementKind.CLASS, "org.acme.units.Converter");
        assertFalse(converter.startsWith("[workload-main:"), "the tests ran first: " + converter);
        Statement run = withMain.statements(StatementKind.TEST).stream().filter(t -> t.name().equals(MAIN_RUN)).findFirst().orElseThrow();
        assertTrue(run.attribution().matches("\\d+ ms SUCCESSFUL"), run.toLine());
        assertTrue(withMain.header().get("selectors").contains("--workload-main " + MAIN + " 2"), withMain.header().toString());

        // alone, with a second main that fails: exit code 1, still recorded and built
        Cli.Run alone = Cli.sysimg(dir, "-cp", classPath, "--include-package", "org.acme.units", "--workload-main", MAIN,
                "--workload-main", MAIN + " oops", "--no-training", "--statements", "main.txt", "--image", "main.jsa").assertExit(1);
        assertTrue(alone.output().contains("1 --workload-main runs failed"), alone.output());
        assertFalse(alone.output().contains("tests found"), "no test discovery without test selectors:\n" + alone.output());
        assertTrue(Files.isRegularFile(dir.resolve("main.jsa")));
        StatementsFile mainOnly = StatementsReader.read(dir.resolve("main.txt"));
        assertEquals("[workload-main:" + MAIN + "]", attributionOf(mainOnly, StatementKind.CLASS, MAIN));
        assertTrue(mainOnly.statements(StatementKind.TEST).stream()
                .anyMatch(t -> t.name().equals("[workload-main:" + MAIN + " oops]") && t.attribution().endsWith("FAILED")));

        // statements of several workloads merge
        Cli.Run merged = Cli.sysimg(dir, "build", "--statements", "tests.txt", "main.txt", "--image", "merged.jsa", "--report", "merged-report")
                .assertExit(0);
        int classes = tests.names(StatementKind.CLASS).size();
        Matcher built = Pattern.compile("\\((\\d+) of the image class path").matcher(merged.output());
        assertTrue(built.find() && Integer.parseInt(built.group(1)) > classes, "the merged image holds the main too:\n" + merged.output());
        assertTrue(Files.readString(dir.resolve("merged-report/index.html")).contains("main " + MAIN));
    }

    @Test
    void theRunnerSelectsByUniqueIdAndRunsAMainWithoutTests() throws Exception {
        String uid = "[engine:junit-jupiter]/[class:org.acme.units.ConverterTest]/[method:parses()]";
        Cli.Run one = fork(dir.resolve("uid"), runnerClassPath(lib), "select-unique-id=" + uid);
        assertTrue(one.output().contains("1 tests successful"), one.output());
        assertTrue(result(dir.resolve("uid")).contains("found=1\n"));

        Cli.Run main = fork(dir.resolve("main"), runnerClassPath(lib), "workload-main=" + MAIN + " 3");
        assertTrue(main.output().contains("3000.000 m"), main.output());
        assertTrue(result(dir.resolve("main")).contains("workload-main-failed=0\n"), result(dir.resolve("main")));
    }

    @Test
    void progressIsOneUpdatingLineOnATerminalAndPlainLinesOtherwise() throws Exception {
        Map<String, String> tests = new java.util.HashMap<>(SampleLibrary.GATE);
        tests.put("org/acme/units/SlowTest.java", """
                package org.acme.units;
                import org.junit.jupiter.api.Test;
                class SlowTest {
                    @Test void takesItsTime() throws Exception { org.acme.gate.Gate.pass(); }
                }
                """);
        SampleLibrary.Compiled slow = SampleLibrary.compile(dir.resolve("slow"), Cli.junitClassPath(), tests);
        String cp = runnerClassPath(slow);
        Pattern terminalLine = Pattern.compile("\r\\[sysimg] 0/1 tests, (\\d+) s, in org\\.acme\\.units\\.SlowTest");
        String out;
        // The test waits until the line was drawn twice: the one line is redrawn while a test runs.
        try (Cli.Started terminal = startFork(dir.resolve("terminal"), cp, "select-class=org.acme.units.SlowTest", "progress-terminal=true",
                "progress-seconds=10")) {
            terminal.awaitOutput("the terminal line drawn twice", o -> terminalLine.matcher(o).results().count() >= 2);
            Cli.open(dir.resolve("terminal/gate"));
            out = terminal.finish().assertExit(0).output();
        }
        List<Long> seconds = terminalLine.matcher(out).results().map(m -> Long.parseLong(m.group(1))).toList();
        for (int i = 1; i < seconds.size(); i++) {
            assertTrue(seconds.get(i) > seconds.get(i - 1), "each redraw a second later: " + seconds);
        }
        assertFalse(out.contains("[sysimg] progress:"), out);
        assertFalse(out.contains("\n[sysimg] 0/1"), "one line, redrawn in place:\n" + out);
        // the line is cleared before the summary: carriage return, blanks, carriage return
        assertTrue(Pattern.compile("\r {20,}\r").matcher(out).find(), out);
        assertTrue(out.contains("1 tests successful"), out);

        Pattern plainLine = Pattern.compile("\\[sysimg] progress: 0/1 tests, \\d+ s, in org\\.acme\\.units\\.SlowTest\n");
        String plainOut;
        try (Cli.Started plain = startFork(dir.resolve("plain"), cp, "select-class=org.acme.units.SlowTest", "progress-seconds=1")) {
            plain.awaitOutput("a progress line", o -> plainLine.matcher(o).find());
            Cli.open(dir.resolve("plain/gate"));
            plainOut = plain.finish().assertExit(0).output();
        }
        assertFalse(plainOut.contains("\r"), plainOut);
        assertTrue(plainOut.contains("1 tests successful"), plainOut);
    }

    private static String attributionOf(StatementsFile statements, StatementKind kind, String name) {
        return statements.statements(kind).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " not recorded")).attribution();
    }

    /** The library, its tests, JUnit, the platform launcher of JUnit's version and the runner, as the CLI gives the fork. */
    private static String runnerClassPath(SampleLibrary.Compiled compiled) {
        String junit = Cli.junitClassPath();
        String version = Optional.of(Cli.locationOf("org.junit.platform.engine.TestEngine").getFileName().toString())
                .map(n -> n.replaceAll("^junit-platform-engine-(.+)\\.jar$", "$1")).get();
        Path launcher = EMBEDDED.resolve("junit/junit-platform-launcher-" + version + ".jar");
        assertTrue(Files.isRegularFile(launcher), "no embedded launcher " + launcher);
        return String.join(File.pathSeparator, compiled.classes().toString(), compiled.testClasses().toString(), junit, launcher.toString(),
                EMBEDDED.resolve("sysimg-runner.jar").toString());
    }

    /** Runs the forked runner alone (no agent): {@code WorkloadMain REQUEST RESULT}. */
    private static Cli.Run fork(Path work, String classPath, String... request) throws Exception {
        Files.createDirectories(work);
        Path requestFile = work.resolve("request.txt");
        Files.write(requestFile, List.of(request), StandardCharsets.UTF_8);
        return Cli.java(Cli.JDK17, work, "-cp", classPath, "io.github.sysimg.runner.WorkloadMain", requestFile.toString(),
                work.resolve("result.properties").toString()).assertExit(0);
    }

    /** Starts the forked runner alone in the background, its gate at {@code work/gate}. */
    private static Cli.Started startFork(Path work, String classPath, String... request) throws Exception {
        Files.createDirectories(work);
        Path requestFile = work.resolve("request.txt");
        Files.write(requestFile, List.of(request), StandardCharsets.UTF_8);
        return Cli.start(work, work.resolve("output.txt"), List.of(Cli.JDK17.resolve("bin/java").toString(),
                "-Dacme.gate=" + work.resolve("gate"), "-cp", classPath, "io.github.sysimg.runner.WorkloadMain", requestFile.toString(),
                work.resolve("result.properties").toString()));
    }

    private static String result(Path work) throws Exception {
        return Files.readString(work.resolve("result.properties"), StandardCharsets.UTF_8);
    }
}
