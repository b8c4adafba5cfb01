package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                        case "gate":
                            org.acme.gate.Gate.pass();
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
        Map<String, String> tests = new java.util.HashMap<>(FAULT_TEST);
        tests.putAll(SampleLibrary.GATE);
        lib = SampleLibrary.compile(dir.resolve("lib"), junitCp, tests);
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
     * The CLI gets SIGTERM or SIGINT while the JVM writes the image: the previous image (if any) stays byte for byte,
     * the dump's partial output, its temporary file, is removed, no lock file is left, and no file appears where
     * there was none.
     */
    @ParameterizedTest(name = "SIG{0} {1} previous image: {2}")
    @MethodSource("interruptions")
    void theCliInterruptedDuringTheImageBuildLeavesTheTargetAsItWas(String signal, Path jdk, boolean previous, @TempDir Path work)
            throws Exception {
        Path image = work.resolve("units." + Cli.imageExtension(jdk));
        byte[] old = "a previous image, byte for byte".getBytes(StandardCharsets.UTF_8);
        Path args = work.resolve(image.getFileName() + ".args");
        Path meta = work.resolve(image.getFileName() + ".meta");
        String output;
        int exitCode;
        try (Signals signals = new Signals()) {
            Held held = startBuildAndHoldTheDump(work, image, jdk, signals, () -> {
                if (previous) {
                    Files.write(image, old);
                    Files.writeString(args, "previous args\n");
                    Files.writeString(meta, "previous meta\n");
                }
            });
            try (Cli.Started cli = held.cli()) {
                signals.send(signal, cli.process().pid());
                Cli.Run run = cli.finish();
                output = run.output();
                exitCode = run.exitCode();
            }
        }
        assertEquals(128 + (signal.equals("TERM") ? 15 : 2), exitCode, output);
        Processes.assertNoStackTrace(output);
        assertFalse(output.contains("Image build time"), "the build was stopped, not finished:\n" + output);
        assertTrue(output.contains("sysimg-tests: interrupted during the image build; \"" + image + "\" was left as it was."), output);
        if (previous) {
            assertArrayEquals(old, Files.readAllBytes(image), "the previous image is untouched");
            assertEquals("previous args\n", Files.readString(args));
            assertEquals("previous meta\n", Files.readString(meta));
        } else {
            assertFalse(Files.exists(image), "no file at the image path");
            assertFalse(Files.exists(args));
            assertFalse(Files.exists(meta));
        }
        assertEquals(List.of(), Processes.temporaryFiles(work), "the dump's partial output was removed");
        assertFalse(Files.exists(work.resolve(image.getFileName() + ".lock")), "no lock file left");
    }

    /**
     * The CLI killed with SIGKILL while the JVM writes the image, as a CI job's end kills it: no code of the CLI runs,
     * yet nothing half-written is at the image path (the dump writes a temporary file beside it), and the lock file
     * it leaves holds no lock: the next run takes it over and builds the image.
     */
    @Test
    void theCliKilledDuringTheImageBuildLeavesNothingHalfWrittenAndTheNextRunBuilds(@TempDir Path work) throws Exception {
        Path image = work.resolve("units.jsa");
        Path lockFile = work.resolve("units.jsa.lock");
        ProcessHandle dump = null;
        try (Signals signals = new Signals()) {
            Held held = startBuildAndHoldTheDump(work, image, Cli.JDK17, signals, () -> { });
            dump = held.dump();
            try (Cli.Started cli = held.cli()) {
                signals.send("KILL", cli.process().pid());
                assertEquals(128 + 9, cli.finish().exitCode());
            }
        } finally {
            // The dump JVM outlives the CLI; ended here, as a CI runner ends a job's processes.
            if (dump != null) {
                dump.destroyForcibly();
                dump.onExit().get();
            }
        }
        assertFalse(Files.exists(image), "nothing at the image path");
        assertTrue(Files.exists(lockFile), "the killed run's lock file is left behind");

        Path statements = work.resolve("st.txt");
        Processes.Result next = Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", image.toString())
                .assertExit(0);
        assertTrue(next.stdout().contains("Image: " + image), next.stdout());
        assertFalse(Files.exists(lockFile), "the next run took the lock over and let go of it");
        Processes.sysimg(work, "verify", "--image", image.toString(), "--", "org.acme.units.cli.Main", "2").assertExit(0);
    }

    /** A build whose dump JVM is stopped while its output, the image's temporary file, is on disk. */
    record Held(Cli.Started cli, ProcessHandle dump) {
    }

    /** What a test sets up in its folder before each attempt of {@link #startBuildAndHoldTheDump}. */
    interface SetUp {
        void run() throws Exception;
    }

    /**
     * Starts {@code build} of the sample statements into {@code image} and stops its dump JVM (SIGSTOP) once the JVM
     * writes the image's temporary file (the file its {@code -XX:SharedArchiveFile} names, beside the image): the
     * signal the test sends next reaches the CLI while the dump's output is on disk, half-written or whole but not
     * yet moved to the image path. JDK 17 writes its whole archive in the last few milliseconds before it exits; when
     * the stop comes too late (the JVM has exited), the attempt is run out and the build started again from a clean
     * folder, so the test only ever signals a build in that state.
     */
    private static Held startBuildAndHoldTheDump(Path work, Path image, Path jdk, Signals signals, SetUp setUp) throws Exception {
        Path statements = Processes.statements(work.resolve("st.txt"), jar);
        List<String> command = new ArrayList<>(Signals.withDefaultInterrupt());
        command.addAll(Processes.command("build", "--statements", statements.toString(), "--image", image.toString(),
                "--java-home", jdk.toString()));
        String option = "-XX:SharedArchiveFile=";
        for (int attempt = 1; attempt <= 10; attempt++) {
            setUp.run();
            Cli.Started cli = Cli.start(work, work.resolve("cli.out"), command);
            try {
                ProcessHandle[] dump = {null};
                Path[] temporary = {null};
                cli.await("the dump JVM", () -> {
                    for (ProcessHandle child : cli.process().children().toList()) {
                        for (String arg : child.info().arguments().orElse(new String[0])) {
                            if (arg.startsWith(option)) {
                                dump[0] = child;
                                temporary[0] = Path.of(arg.substring(option.length()));
                            }
                        }
                    }
                    return dump[0] != null;
                });
                assertEquals(image.getParent(), temporary[0].getParent(), "the dump writes beside the image");
                String name = temporary[0].getFileName().toString();
                assertTrue(name.startsWith(".") && name.endsWith(".tmp"), "a temporary file's name, which no JVM takes for an image: " + name);
                // Spins: the archive may exist for only a few milliseconds before the JVM exits.
                for (long polls = 0; !Files.exists(temporary[0]); polls++) {
                    if (polls % 1000 == 0 && !dump[0].isAlive()) {
                        break;
                    }
                    Thread.onSpinWait();
                }
                if (Files.exists(temporary[0]) && signals.trySend("STOP", dump[0].pid())) {
                    if (stopped(dump[0]) && Files.exists(temporary[0])) {
                        return new Held(cli, dump[0]);
                    }
                }
                System.out.println("attempt " + attempt + ": the dump JVM ended before it was stopped; again");
                cli.finish();
                cli.close();
                for (Path file : List.of(image, work.resolve(image.getFileName() + ".args"), work.resolve(image.getFileName() + ".meta"))) {
                    Files.deleteIfExists(file);
                }
            } catch (Exception | AssertionError e) {
                cli.close();
                throw e;
            }
        }
        throw new AssertionError("ten builds ended before their dump JVM could be stopped while it wrote the image");
    }

    /** Waits until a process sent SIGSTOP is stopped (state T); false if it ended instead. */
    private static boolean stopped(ProcessHandle process) throws Exception {
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        while (true) {
            String text;
            try {
                text = Files.readString(stat);
            } catch (java.nio.file.NoSuchFileException gone) {
                return false;
            }
            // pid (command) state ...: the command may hold spaces and parentheses, the state follows the last ')'
            char state = text.substring(text.lastIndexOf(')') + 2).charAt(0);
            if (state == 'T') {
                return true;
            }
            if (state == 'Z' || state == 'X') {
                return false;
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Sends signals with bash's built-in {@code kill}, from one bash started beforehand: no process to start per
     * signal, so that a SIGSTOP lands within the few milliseconds JDK 17 takes to write an archive.
     */
    static final class Signals implements AutoCloseable {
        private final Process bash;
        private final java.io.BufferedWriter commands;
        private final BufferedReader replies;

        Signals() throws java.io.IOException {
            bash = new ProcessBuilder("bash", "-c", "while read -r signal pid; do kill -s \"$signal\" \"$pid\"; echo $?; done")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            commands = new java.io.BufferedWriter(new java.io.OutputStreamWriter(bash.getOutputStream(), StandardCharsets.UTF_8));
            replies = new BufferedReader(new InputStreamReader(bash.getInputStream(), StandardCharsets.UTF_8));
        }

        void send(String signal, long pid) throws java.io.IOException {
            assertTrue(trySend(signal, pid), "kill -s " + signal + " " + pid);
        }

        /** Whether the signal was sent: not when the process is gone. */
        boolean trySend(String signal, long pid) throws java.io.IOException {
            commands.write(signal + " " + pid + "\n");
            commands.flush();
            return "0".equals(replies.readLine());
        }

        /**
         * The prefix that starts a command with SIGINT at its default action. A process started from a job that
         * ignores SIGINT (a non-interactive shell's background job) inherits the ignoring, and the JVM then never
         * sees a Ctrl-C; coreutils' {@code env --default-signal} undoes it.
         */
        static List<String> withDefaultInterrupt() throws java.io.IOException {
            if (!interruptIgnored()) {
                return List.of();
            }
            Cli.require(Files.isExecutable(Path.of("/usr/bin/env")), "SIGINT is ignored by this JVM and no /usr/bin/env to undo it");
            return List.of("/usr/bin/env", "--default-signal=INT");
        }

        /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), which its children inherit. */
        private static boolean interruptIgnored() throws java.io.IOException {
            Path status = Path.of("/proc/self/status");
            if (!Files.isReadable(status)) {
                return false;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << (2 - 1))) != 0;
                }
            }
            return false;
        }

        @Override
        public void close() throws java.io.IOException {
            commands.close();
            bash.destroy();
        }
    }

    /**
     * Two runs into one image. The first holds it for its whole run, whose last test waits at the gate until the
     * second runs have ended, so the runs overlap for sure: a second run, of either command, stops at once with one
     * line and exit code 3, and the first run's image is whole. A lock file that a killed run left behind stops no one.
     */
    @Test
    void aSecondRunIntoTheSameImageStopsAtOnceAndTheFirstRunsImageIsWhole(@TempDir Path work) throws Exception {
        Path lockFile = work.resolve("units.jsa.lock");
        Files.writeString(lockFile, "pid 999999 left by a killed run\n");
        Path gate = work.resolve("gate");
        List<String> args = new ArrayList<>(List.of("-cp", cp(jar, lib.testClasses(), junitCp), "-p", "org.acme.units",
                "--config", IN_NAME_ORDER, "--jvm-arg", "-Dacme.fault=gate", "--jvm-arg", "-Dacme.gate=" + gate, "--no-training",
                "--statements", "st.txt", "--image", "units.jsa"));
        String output;
        try (Cli.Started first = Cli.start(work, work.resolve("first.out"), Processes.command(args.toArray(new String[0])))) {
            Path waiting = work.resolve("gate.waiting");
            first.await("the first run's last test at the gate", () -> Files.exists(waiting));

            Path statements = Processes.statements(work.resolve("other.txt"), jar);
            assertLoser(Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", "units.jsa"), first.process().pid());
            List<String> mainArgs = new ArrayList<>(args);
            mainArgs.set(mainArgs.indexOf("st.txt"), "second.txt");
            assertLoser(Processes.sysimg(work, mainArgs.toArray(new String[0])), first.process().pid());
            assertFalse(Files.exists(work.resolve("second.txt")), "the second run recorded nothing");

            Cli.open(gate);
            output = first.finish().assertExit(0).output();
        }
        assertTrue(output.contains("Image: " + work.resolve("units.jsa")), output);
        StatementsFile statements = StatementsReader.read(work.resolve("st.txt"));
        assertTrue(statements.isComplete(), "the first run's statements are whole");
        assertTrue(statements.names(StatementKind.CLASS).contains("org.acme.units.cli.Main"), "the last test's own statements");
        assertEquals(List.of(jar), ImageMetadata.readFor(work.resolve("units.jsa")).classPath().entries());
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
