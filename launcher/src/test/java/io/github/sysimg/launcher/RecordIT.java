package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements from any run of a program, as PackageCompiler records them with {@code --trace-compile}: {@code record}
 * runs a plain java command with the agent, and the agent attached by hand does the same. Whatever ends the JVM,
 * the statements file is whole.
 */
class RecordIT {
    static final String MAIN = SecondLibraryIT.MAIN;
    static final List<String> LIBRARY = List.of("org.acme.units.Converter", "org.acme.units.Quantity", "org.acme.units.Registry",
            "org.acme.units.Unit");

    @TempDir
    static Path shared;
    static SampleLibrary.Compiled lib;
    /** Programs that use the library and then end the JVM early: by System.exit(3), or by SIGKILL to themselves. */
    static Path app;

    @BeforeAll
    static void compile() throws Exception {
        lib = SampleLibrary.compile(shared.resolve("lib"), Cli.junitClassPath());
        app = SampleLibrary.compileApp(shared.resolve("lib"), lib.classes(), Map.of(
                "org/acme/app/Exits.java", """
                package org.acme.app;
                import org.acme.units.*;
                public final class Exits {
                    public static void main(String[] args) throws Exception {
                        System.out.println(new Converter().parse("2 km").format());
                        if (args[0].equals("exit")) {
                            System.exit(3);
                        }
                        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).inheritIO().start().waitFor();
                        Thread.sleep(60_000);
                    }
                }
                """));
    }

    private static String java() {
        return java(Cli.JDK17);
    }

    private static String java(Path jdk) {
        return jdk.resolve("bin/java").toString();
    }

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    /** The files in {@code dir}: record may write only its statements file there. */
    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void statementsFromAPlainJavaCommandBuildAnImageThatServesTheClassesThatRunUsed(Path jdk, @TempDir Path dir) throws Exception {
        String image = "run." + Cli.imageExtension(jdk);
        Processes.Result run = Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt",
                "--", java(jdk), "-cp", lib.classes().toString(), MAIN, "2").assertExit(0);
        assertTrue(run.stdout().contains("2000.000 m"), "the program ran, its output shown: " + run.stdout());
        assertTrue(run.stdout().lines().anyMatch(l -> l.matches("Statements: run\\.txt \\(\\d+ classes, \\d+ methods, \\d+ JDK classes, \\d+ lambdas\\)")),
                run.stdout());
        assertEquals(List.of("run.txt"), files(dir), "nothing but the statements file is written");

        StatementsFile statements = StatementsReader.read(dir.resolve("run.txt"));
        assertTrue(statements.isComplete());
        assertTrue(statements.names(StatementKind.CLASS).containsAll(LIBRARY), statements.names(StatementKind.CLASS).toString());
        assertTrue(statements.names(StatementKind.METHOD).contains("org.acme.units.Converter#parse(Ljava/lang/String;)Lorg/acme/units/Quantity;"));
        assertEquals(lib.classes().toString(), statements.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH));

        Processes.sysimg(dir, "build", "--statements", "run.txt", "--java-home", jdk.toString(), "--image", image).assertExit(0);
        Processes.Result verify = Processes.sysimg(dir, "verify", "--java-home", jdk.toString(), "--image", image, "--", MAIN, "2")
                .assertExit(0);
        assertTrue(verify.stdout().contains("served from the image (100.0%)"), verify.stdout());
        assertFalse(verify.stdout().contains("Not served from the image"), verify.stdout());
    }

    @Test
    void aProgramThatCallsSystemExitLeavesAWholeStatementsFile(@TempDir Path dir) throws Exception {
        Processes.Result run = Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt",
                "--", java(), "-cp", Processes.cp(lib.classes(), app), "org.acme.app.Exits", "exit").assertExit(1);
        assertTrue(run.stderr().contains("sysimg-tests: warning: the program ended with exit code 3; run.txt holds what it recorded"),
                run.stderr());
        StatementsFile statements = StatementsReader.read(dir.resolve("run.txt"));
        assertTrue(statements.isComplete(), "System.exit runs the shutdown hooks: the file is whole");
        assertTrue(statements.names(StatementKind.CLASS).containsAll(LIBRARY), statements.names(StatementKind.CLASS).toString());
        assertEquals(List.of("run.txt"), files(dir));
    }

    @Test
    void aKilledJvmLeavesTheStatementsRecordedBeforeTheKill(@TempDir Path dir) throws Exception {
        Processes.Result run = Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt",
                "--", java(), "-cp", Processes.cp(lib.classes(), app), "org.acme.app.Exits", "kill").assertExit(1);
        assertTrue(run.stderr().contains("exit code 137 without running its shutdown hooks"), run.stderr());
        StatementsFile statements = StatementsReader.read(dir.resolve("run.txt"));
        assertTrue(statements.names(StatementKind.CLASS).containsAll(LIBRARY), statements.names(StatementKind.CLASS).toString());
        assertFalse(statements.isComplete(), "a killed recording is marked cut short, as the test JVM's is");
        assertEquals(lib.classes().toString(), statements.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH),
                "the image class path comes from the command's -cp");
        assertEquals(List.of("run.txt"), files(dir), "the agent's journal became the statements file");
        Processes.sysimg(dir, "build", "--statements", "run.txt", "--image", "run.jsa").assertExit(0);
    }

    /** The agent as a user attaches it, documented in the README: FILE is whole at exit, merged with others by build. */
    @Test
    void theAgentAttachedByHandWritesAStatementsFileThatMergesWithOthers(@TempDir Path dir) throws Exception {
        Path agent = dir.resolve("tools/sysimg-agent.jar");
        Files.createDirectories(agent.getParent());
        try (JarFile cli = new JarFile(Cli.JAR.toFile()); InputStream in = cli.getInputStream(cli.getEntry("io/github/sysimg/launcher/embedded/sysimg-agent.jar"))) {
            Files.copy(in, agent);
        }
        Cli.java(Cli.JDK17, dir, "-javaagent:" + agent + "=include=org.acme.units,statements=out/direct.txt", "-cp", lib.classes().toString(),
                MAIN, "2").assertExit(0);
        assertEquals(List.of("direct.txt"), files(dir.resolve("out")));
        StatementsFile direct = StatementsReader.read(dir.resolve("out/direct.txt"));
        assertTrue(direct.isComplete());
        assertTrue(direct.names(StatementKind.CLASS).containsAll(LIBRARY), direct.names(StatementKind.CLASS).toString());
        assertEquals(lib.classes().toString(), direct.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH));

        Processes.statements(dir.resolve("tests.txt"), lib.classes());
        Processes.Result build = Processes.sysimg(dir, "build", "--statements", "tests.txt", "out/direct.txt", "--image", "both.jsa")
                .assertExit(0);
        assertTrue(Files.isRegularFile(dir.resolve("both.jsa")), build.stdout());
        Cli.assertServes(dir, Cli.JDK17, "both.jsa", MAIN, "2");

        Cli.Run bad = Cli.java(Cli.JDK17, dir, "-javaagent:" + agent + "=include=org.acme.units", "-cp", lib.classes().toString(), MAIN, "2");
        assertEquals(1, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("The sysimg agent needs statements=<file>"), bad.output());
    }

    @Test
    void badInputIsOneSentenceAndWritesNothing(@TempDir Path dir) throws Exception {
        String cp = lib.classes().toString();
        Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt", java(), "-cp", cp, MAIN)
                .assertCleanError(255, "after --");
        Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt", "--")
                .assertCleanError(255, "No command after --", "-- java [OPTIONS] MAINCLASS [ARGS]");
        Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt", "--", MAIN, "2")
                .assertCleanError(255, "\"" + MAIN + "\" after -- is not a java command");
        Processes.sysimg(dir, "record", "--include-package", "org.acme.units", "--statements", "run.txt", "--colour", "--", java(), MAIN)
                .assertCleanError(255, "\"--colour\"");
        Processes.sysimg(dir, "record", "--statements", "run.txt", "--", java(), "-cp", cp, MAIN)
                .assertCleanError(255, "--include-package");
        Processes.sysimg(dir, "record", "--include-package", "org.acme.nothing", "--statements", "run.txt", "--", java(), "-cp", cp, MAIN, "2")
                .assertCleanError(255, "org.acme.nothing", "--include-package");
        Set<String> left = Set.copyOf(files(dir));
        assertTrue(left.isEmpty() || left.equals(Set.of("run.txt")), "nothing but the statements file: " + left);
    }
}
