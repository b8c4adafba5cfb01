package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CLI run as a process with its standard output and standard error apart, for the tests of bad input and
 * faults: an error must be one sentence on stderr, never a stack trace.
 */
final class Processes {
    /** What a CLI run did. */
    record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return stdout + stderr;
        }

        Result assertExit(int expected) {
            assertTrue(exitCode == expected, "expected exit code " + expected + " but was " + exitCode + "; stdout:\n" + stdout
                    + "\nstderr:\n" + stderr);
            assertNoStackTrace(output());
            return this;
        }

        /** The lines of stderr that are errors: {@code sysimg-tests: } lines that are not warnings. */
        List<String> errorLines() {
            return stderr.lines().filter(l -> l.startsWith("sysimg-tests: ") && !l.startsWith("sysimg-tests: warning:")).toList();
        }

        /**
         * A clean refusal: this exit code, exactly one error line on stderr, which names every one of
         * {@code named} and says what to do (after a semicolon), and no stack trace.
         */
        String assertCleanError(int expected, String... named) {
            assertExit(expected);
            List<String> errors = errorLines();
            assertEquals(1, errors.size(), "exactly one error line on stderr; stderr:\n" + stderr);
            assertTrue(stderr.strip().lines().count() <= 1 + stderr.lines().filter(l -> l.startsWith("sysimg-tests: warning:")).count(),
                    "nothing but the error (and warnings) on stderr:\n" + stderr);
            String error = errors.get(0);
            assertTrue(error.endsWith("."), "one sentence, ended: " + error);
            assertTrue(error.contains("; "), "the error says what to do after a semicolon: " + error);
            for (String value : named) {
                assertTrue(error.contains(value), "the error names \"" + value + "\": " + error);
            }
            return error;
        }
    }

    private Processes() {
    }

    static void assertNoStackTrace(String text) {
        assertFalse(text.contains("\tat "), "a stack trace:\n" + text);
        assertFalse(text.contains("Exception in thread"), "an uncaught exception:\n" + text);
        assertFalse(text.contains("internal error"), "an internal error:\n" + text);
    }

    /** The {@code java -jar sysimg-tests.jar} command with these arguments. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Cli.JDK17.resolve("bin/java").toString(), "-jar", Cli.JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the CLI in {@code dir} and waits for it. */
    static Result sysimg(Path dir, String... args) {
        return run(dir, command(args), 300);
    }

    static Result run(Path dir, List<String> command, long timeoutSeconds) {
        Cli.noteJdk(command);
        try {
            Path out = Files.createTempFile("sysimg-it", ".out");
            Path err = Files.createTempFile("sysimg-it", ".err");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
            }
            Result result = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + command, e);
        }
    }

    /** Entries joined with the path separator. */
    static String cp(Object... entries) {
        return Stream.of(entries).map(Object::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** A jar of a folder's files, plus {@code extra} entries (name, content) to make one with other content. */
    static Path jar(Path folder, Path jar, String... extra) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path file : files) {
                j.putNextEntry(new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, j);
                j.closeEntry();
            }
            for (int i = 0; i + 1 < extra.length; i += 2) {
                j.putNextEntry(new JarEntry(extra[i]));
                j.write(extra[i + 1].getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** A statements file for the sample library, written by hand as a user's or an older tool's would be. */
    static Path statements(Path file, Path imageClassPath, String... extraLines) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# sysimg-tests statements",
                "@format 1",
                "@image-class-path " + imageClassPath,
                "class org.acme.units.Converter",
                "class org.acme.units.Quantity",
                "class org.acme.units.Registry",
                "class org.acme.units.Unit",
                "method org.acme.units.Converter#<init>()V",
                "jdk java.util.regex.Pattern"));
        lines.addAll(List.of(extraLines));
        lines.add("@end");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Copies a folder's files into {@code to}. */
    static Path copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return to;
    }

    /** The files in a folder whose names start with a dot and end with .tmp: the leftovers of an atomic write. */
    static List<String> temporaryFiles(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(".tmp")).toList();
        }
    }
}
