package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults, end to end: a test JVM killed, exiting or hanging half-way, the CLI itself interrupted during the image
 * build, two runs writing the same statements file. What was recorded is kept; nothing is left half-written.
 */
class FaultsIT {
    /**
     * Runs after ConverterTest (class names in order): uses a library class no other test uses, then, as the
     * system property acme.fault says, kills its own JVM with SIGKILL, calls System.exit(3) or hangs.
     */
    static final Map<String, String> FAULT_TEST = Map.of("org/acme/units/ZzFaultTest.java", """
            package org.acme.units;
            import org.junit.jupiter.api.Test;
            class ZzFaultTest {
                @Test void usesTheMainThenFails() throws Exception {
                    org.acme.units.cli.Main.main(new String[] {"2"});
                    switch (System.getProperty("acme.fault", "")) {
                        case "kill":
                            new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
                            Thread.sleep(60_000);
                            break;
                        case "exit":
                            System.exit(3);
                            break;
                        case "hang":
                            Thread.sleep(600_000);
                            break;
                        case "meet":
                            // Waits for the test JVM of another run to get here too: the two runs overlap for sure.
                            java.nio.file.Path meeting = java.nio.file.Path.of(System.getProperty("acme.meet"));
                            java.nio.file.Files.createFile(meeting.resolve(Long.toString(ProcessHandle.current().pid())));
                            long end = System.nanoTime() + 60_000_000_000L;
                            while (java.nio.file.Files.list(meeting).count() < 2) {
                                if (System.nanoTime() > end) {
                                    throw new AssertionError("the other run never came: the runs did not overlap");
                                }
                                Thread.sleep(20);
                            }
                            break;
                        default:
                            break;
                    }
                }
            }
            """);
    static final String IN_NAME_ORDER = "junit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$ClassName";

    @TempDir
    static Path dir;
    static String junitCp;
    static SampleLibrary.Compiled lib;
    static Path jar;

    @BeforeAll
    static void compileTheLibrary() throws Exception {
        junitCp = Cli.junitClassPath();
        lib = SampleLibrary.compile(dir.resolve("lib"), junitCp, FAULT_TEST);
        jar = Processes.jar(lib.classes(), dir.resolve("lib/units.jar"));
    }

    private static Processes.Result runWithFault(Path work, String fault, String... more) {
        List<String> args = new ArrayList<>(List.of("-cp", cp(jar, lib.testClasses(), junitCp), "-p", "org.acme.units",
                "--config", IN_NAME_ORDER, "--jvm-arg", "-Dacme.fault=" + fault, "--statements", "st.txt", "--image", "units.jsa"));
        args.addAll(List.of(more));
        return Processes.sysimg(work, args.toArray(new String[0]));
    }

    /** The statements of the tests before the fault and of the faulting test up to it are kept; the image is built from them. */
    private static StatementsFile assertRecordedBeforeTheFault(Path work) {
        StatementsFile statements = StatementsReader.read(work.resolve("st.txt"));
        assertTrue(statements.warnings().isEmpty(), statements.warnings().toString());
        Set<String> classes = statements.names(StatementKind.CLASS);
        assertTrue(classes.containsAll(List.of("org.acme.units.Converter", "org.acme.units.Quantity", "org.acme.units.Unit")), classes.toString());
        assertTrue(classes.contains("org.acme.units.cli.Main"), "the faulting test's own statements before the fault: " + classes);
        assertTrue(statements.statements(StatementKind.CLASS).stream().filter(s -> s.name().equals("org.acme.units.cli.Main"))
                .allMatch(s -> s.attribution().contains("ZzFaultTest")));
        assertTrue(statements.names(StatementKind.TEST).stream().anyMatch(t -> t.contains("ConverterTest")));
        assertTrue(statements.names(StatementKind.TEST).stream().noneMatch(t -> t.contains("ZzFaultTest")), "the faulting test never finished");
        assertTrue(classes.stream().noneMatch(c -> c.endsWith("Test")), "no test class in the statements: " + classes);
        assertTrue(Files.isRegularFile(work.resolve("units.jsa")));
        assertEquals(List.of(jar), ImageMetadata.readFor(work.resolve("units.jsa")).classPath().entries(),
                "the image class path is the library's jar, never the test classes");
        return statements;
    }

    @Test
    void aTestJvmKilledHalfWayKeepsWhatWasRecordedAndStillBuildsTheImage(@TempDir Path work) {
        Processes.Result run = runWithFault(work, "kill").assertExit(1);
        assertTrue(run.stderr().contains("exit code 137 before the run finished"), run.stderr());
        assertTrue(run.stderr().contains("the recording was cut short"), run.stderr());
        StatementsFile statements = assertRecordedBeforeTheFault(work);
        assertFalse(statements.isComplete(), "a cut-short recording is written without @end");
    }

    @Test
    void aTestThatCallsSystemExitKeepsWhatWasRecorded(@TempDir Path work) {
        Processes.Result run = runWithFault(work, "exit", "--no-training").assertExit(1);
        assertTrue(run.stderr().contains("exit code 3 before the run finished (a test called System.exit"), run.stderr());
        assertRecordedBeforeTheFault(work);
    }

    @Test
    void aHangingTestIsStoppedAtTheTimeoutAndWhatWasRecordedIsKept(@TempDir Path work) {
        long start = System.nanoTime();
        Processes.Result run = runWithFault(work, "hang", "--no-training", "--timeout", "10").assertExit(1);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(run.stderr().contains("the test run was stopped after the --timeout of 10 s; the image is built from what was recorded so far"),
                run.stderr());
        assertTrue(seconds < 120, "the hanging test was stopped: " + seconds + " s");
        StatementsFile statements = assertRecordedBeforeTheFault(work);
        assertTrue(statements.isComplete(), "stopped with SIGTERM, the agent closed its recording");
    }

    /** Each signal on each JDK (a CDS archive on 17, an AOT cache on 25) with a previous image; once without. */
    static Stream<Arguments> interruptions() {
        List<Arguments> cases = new ArrayList<>();
        Cli.jdks().forEach(jdk -> {
            cases.add(Arguments.of("TERM", jdk, true));
            cases.add(Arguments.of("INT", jdk, true));
        });
        cases.add(Arguments.of("TERM", Cli.JDK17, false));
        return cases.stream();
    }

    /**
     * The CLI gets SIGTERM or SIGINT while the JVM dumps the image: the previous image (if any) stays byte for byte,
     * no temporary file or lock file is left, and no file appears where there was none. A shell may start background
     * jobs with SIGINT ignored, which the JVM then keeps ignoring; perl resets it to the default first.
     */
    @ParameterizedTest(name = "SIG{0} {1} previous image: {2}")
    @MethodSource("interruptions")
    void theCliInterruptedDuringTheImageBuildLeavesTheTargetAsItWas(String signal, Path jdk, boolean previous, @TempDir Path work)
            throws Exception {
        String extension = Cli.imageExtension(jdk);
        Path image = work.resolve("units." + extension);
        byte[] old = "a previous image, byte for byte".getBytes(StandardCharsets.UTF_8);
        if (previous) {
            Files.write(image, old);
            Files.writeString(work.resolve(image.getFileName() + ".args"), "previous args\n");
            Files.writeString(work.resolve(image.getFileName() + ".meta"), "previous meta\n");
        }
        Path statements = Processes.statements(work.resolve("st.txt"), jar);
        List<String> command = new ArrayList<>();
        if (signal.equals("INT")) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/perl")), "perl is needed to give the CLI a default SIGINT disposition");
            command.addAll(List.of("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die"));
        }
        command.addAll(Processes.command("build", "--statements", statements.toString(), "--image", image.toString(),
                "--java-home", jdk.toString()));
        Process cli = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("Building CDS archive") || line.startsWith("Building AOT cache")) {
                    break;
                }
            }
            // Signal while the dump JVM runs.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (cli.children().noneMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(cli.children().anyMatch(ProcessHandle::isAlive), "the dump JVM runs:\n" + output);
            Thread.sleep(200);
            assertTrue(new ProcessBuilder("kill", "-s", signal, Long.toString(cli.pid())).start().waitFor() == 0);
            CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
                StringBuilder text = new StringBuilder();
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        text.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    text.append(e);
                }
                return text.toString();
            });
            assertTrue(cli.waitFor(60, TimeUnit.SECONDS), "the CLI ended after SIG" + signal);
            output.append(rest.get(10, TimeUnit.SECONDS));
        } finally {
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
            cli.destroyForcibly();
        }
        assertEquals(128 + (signal.equals("TERM") ? 15 : 2), cli.exitValue(), output.toString());
        Processes.assertNoStackTrace(output.toString());
        assertFalse(output.toString().contains("Image build time"), "the build was stopped, not finished:\n" + output);
        assertTrue(output.toString().contains("sysimg-tests: interrupted during the image build; \"" + image + "\" was left as it was."),
                output.toString());
        if (previous) {
            assertArrayEquals(old, Files.readAllBytes(image), "the previous image is untouched");
            assertEquals("previous args\n", Files.readString(work.resolve(image.getFileName() + ".args")));
            assertEquals("previous meta\n", Files.readString(work.resolve(image.getFileName() + ".meta")));
        } else {
            assertFalse(Files.exists(image), "no file at the image path");
            assertFalse(Files.exists(work.resolve(image.getFileName() + ".args")));
            assertFalse(Files.exists(work.resolve(image.getFileName() + ".meta")));
        }
        assertEquals(List.of(), Processes.temporaryFiles(work), "no temporary file left");
        assertFalse(Files.exists(work.resolve(image.getFileName() + ".lock")), "no lock file left");
    }

    /**
     * Two runs into one image. The first holds it for its whole run, whose last test hangs until --timeout, so the
     * runs overlap for sure: a second run, of either command, stops at once with one line and exit code 3, and the
     * first run's image is whole. A lock file that a killed run left behind stops no one.
     */
    @Test
    void aSecondRunIntoTheSameImageStopsAtOnceAndTheFirstRunsImageIsWhole(@TempDir Path work) throws Exception {
        Path lockFile = work.resolve("units.jsa.lock");
        Files.writeString(lockFile, "pid 999999 left by a killed run\n");
        List<String> args = new ArrayList<>(List.of("-cp", cp(jar, lib.testClasses(), junitCp), "-p", "org.acme.units",
                "--config", IN_NAME_ORDER, "--jvm-arg", "-Dacme.fault=hang", "--no-training", "--timeout", "40",
                "--statements", "st.txt", "--image", "units.jsa"));
        Path firstOutput = work.resolve("first.out");
        Process first = new ProcessBuilder(Processes.command(args.toArray(new String[0]))).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(firstOutput.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (first.children().noneMatch(ProcessHandle::isAlive) && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(first.children().anyMatch(ProcessHandle::isAlive), "the first run's test JVM runs:\n" + Files.readString(firstOutput));

            Path statements = Processes.statements(work.resolve("other.txt"), jar);
            assertLoser(Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", "units.jsa"), first.pid());
            List<String> mainArgs = new ArrayList<>(args);
            mainArgs.set(mainArgs.indexOf("st.txt"), "second.txt");
            assertLoser(Processes.sysimg(work, mainArgs.toArray(new String[0])), first.pid());
            assertFalse(Files.exists(work.resolve("second.txt")), "the second run recorded nothing");
            assertTrue(first.isAlive(), "the runs overlapped: the first still runs");

            assertTrue(first.waitFor(300, TimeUnit.SECONDS), "the first run ended");
            assertEquals(1, first.exitValue(), "stopped at the --timeout:\n" + Files.readString(firstOutput));
        } finally {
            first.descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly();
        }
        String output = Files.readString(firstOutput);
        assertTrue(output.contains("Image: " + work.resolve("units.jsa")), output);
        assertRecordedBeforeTheFault(work);
        Processes.sysimg(work, "verify", "--image", "units.jsa", "--", "org.acme.units.cli.Main", "2").assertExit(0);
        assertFalse(Files.exists(lockFile), "no lock file left");
        assertEquals(List.of(), Processes.temporaryFiles(work), "no temporary file left");
    }

    private static void assertLoser(Processes.Result loser, long winner) {
        loser.assertExit(3);
        Processes.assertNoStackTrace(loser.stderr());
        assertEquals(List.of("sysimg-tests: Another sysimg-tests run (process " + winner + ") is building image \"units.jsa\", "
                + "and this run leaves it alone; wait for that run to end, or give this run another path with --image."),
                loser.stderr().lines().toList());
        assertFalse(loser.stdout().contains("Image:"), loser.stdout());
    }

    /** Two runs at the same time, their test JVMs made to meet in the last test, write one statements file. */
    @Test
    void twoRunsWritingTheSameStatementsFileLeaveItWhole(@TempDir Path work) throws Exception {
        Path meeting = Files.createDirectory(work.resolve("meeting"));
        String[] args = {"-cp", cp(jar, lib.testClasses(), junitCp), "-p", "org.acme.units", "--no-training", "--statements", "shared.txt",
                "--jvm-arg", "-Dacme.fault=meet", "--jvm-arg", "-Dacme.meet=" + meeting};
        CompletableFuture<Processes.Result> first = CompletableFuture.supplyAsync(() -> Processes.sysimg(work, concat(args, "--image", "one.jsa")));
        CompletableFuture<Processes.Result> second = CompletableFuture.supplyAsync(() -> Processes.sysimg(work, concat(args, "--image", "two.jsa")));
        first.get(300, TimeUnit.SECONDS).assertExit(0);
        second.get(300, TimeUnit.SECONDS).assertExit(0);
        try (var met = Files.list(meeting)) {
            assertEquals(2, met.count(), "both test JVMs met: the runs overlapped");
        }

        String text = Files.readString(work.resolve("shared.txt"), StandardCharsets.UTF_8);
        StatementsFile statements = StatementsReader.read(work.resolve("shared.txt"));
        assertTrue(statements.isComplete(), text);
        assertTrue(statements.warnings().isEmpty(), "no torn line: " + statements.warnings());
        assertEquals(1, text.lines().filter(l -> l.equals("@end")).count(), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("@format ")).count(), text);
        assertTrue(statements.names(StatementKind.CLASS).contains("org.acme.units.Converter"), text);
        assertEquals(List.of(), Processes.temporaryFiles(work), "no temporary file left");
        assertTrue(Files.isRegularFile(work.resolve("one.jsa")) && Files.isRegularFile(work.resolve("two.jsa")));
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }
}
