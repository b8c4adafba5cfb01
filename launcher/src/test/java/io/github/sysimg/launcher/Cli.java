package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the real CLI jar and real JVMs, as a user would, for the end-to-end tests. */
final class Cli {
    static final Path JAR = Path.of(System.getProperty("sysimg.cli.jar", "target/sysimg-tests.jar")).toAbsolutePath();
    /** The JDK that runs the tests (Maven's), which runs the CLI; on CI it must be a JDK 17 (see {@link #runningJdk}). */
    static final Path JDK17 = runningJdk();
    static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** What a process did. */
    record Run(int exitCode, String output) {
        Run assertExit(int expected) {
            assertTrue(exitCode == expected, "expected exit code " + expected + " but was " + exitCode + "; output:\n" + output);
            return this;
        }
    }

    private Cli() {
    }

    /** The JDKs to run end-to-end tests on: this one, and JDK 25 (required on CI, see {@link #require}). */
    static Stream<Path> jdks() {
        List<Path> jdks = new ArrayList<>();
        jdks.add(JDK17);
        if (isJdk(JDK25)) {
            jdks.add(JDK25);
        } else if (onCi()) {
            fail("JDK 25 not found at " + JDK25 + " and CI is set: CI must run the end-to-end tests on JDK 25 too; install it there.");
        } else {
            System.out.println("JDK 25 not found at " + JDK25 + ": the end-to-end tests run on " + JDK17 + " only.");
        }
        return jdks.stream();
    }

    /** Whether the environment variable CI is set, as on CI services and in .ci/run: nothing may be skipped there. */
    static boolean onCi() {
        return System.getenv("CI") != null;
    }

    /**
     * The JDK that runs the tests. The tests name it JDK 17, the oldest the tool supports: on CI, where that claim is
     * what the tests prove, another JDK fails every test at once, naming the JDK, instead of passing on the wrong one.
     */
    private static Path runningJdk() {
        Path jdk = Path.of(System.getProperty("java.home"));
        int feature = Runtime.version().feature();
        if (onCi() && feature != 17) {
            throw new AssertionError("The tests run on Java " + feature + " (" + jdk + ") and CI is set: they must run on a JDK 17; "
                    + "run Maven with a JDK 17 (JAVA_HOME or PATH).");
        }
        return jdk;
    }

    static boolean isJdk(Path jdk) {
        return Files.isExecutable(jdk.resolve("bin/java"));
    }

    /**
     * Skips the test when {@code present} is false, or fails it when CI is set: a test that needs JDK 25 or a
     * browser must never pass on CI by not running.
     */
    static void require(boolean present, String what) {
        if (!present) {
            if (onCi()) {
                fail(what + ", and CI is set: this test must run on CI; install it there (see .ci/run).");
            }
            abort(what + ": skipped (set CI to make this a failure).");
        }
    }

    /** {@link #require}s the JDK at {@code jdk}. */
    static void requireJdk(Path jdk) {
        require(isJdk(jdk), "No JDK at " + jdk);
    }

    static int feature(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring(line.indexOf('"') + 1);
                    return Integer.parseInt(v.split("[.\"]")[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no JAVA_VERSION in " + jdk);
    }

    static String imageExtension(Path jdk) {
        return feature(jdk) >= 24 ? "aot" : "jsa";
    }

    static String strictOption(Path jdk) {
        return feature(jdk) >= 24 ? "-XX:AOTMode=on" : "-Xshare:on";
    }

    /** Runs {@code java -jar sysimg-tests.jar args} in {@code dir}. */
    static Run sysimg(Path dir, String... args) {
        return sysimg(dir, List.of(), args);
    }

    /** Runs {@code java JVMOPTIONS -jar sysimg-tests.jar args} in {@code dir}. */
    static Run sysimg(Path dir, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(JDK17.resolve("bin/java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(dir, command, 600);
    }

    /** Runs {@code jdk/bin/java args} in {@code dir}. */
    static Run java(Path jdk, Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        command.addAll(List.of(args));
        return exec(dir, command, 120);
    }

    static Run exec(Path dir, List<String> command, long timeoutSeconds) {
        noteJdk(command);
        try {
            Path out = Files.createTempFile("sysimg-it", ".out");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            return new Run(p.exitValue(), text);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + command, e);
        }
    }

    /**
     * A process running in the background, its output (stdout and stderr) going to a file that the test reads while
     * it runs; {@link #close} ends it and every process it started.
     */
    record Started(Process process, Path output, List<String> command) implements AutoCloseable {
        String outputSoFar() {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("cannot read the output of " + command, e);
            }
        }

        /** Waits until the output so far satisfies {@code condition}, and returns it; fails if the process ends first. */
        String awaitOutput(String what, java.util.function.Predicate<String> condition) {
            String[] seen = {""};
            await(what, () -> condition.test(seen[0] = outputSoFar()));
            return seen[0];
        }

        /** Waits until {@code condition} holds; fails if the process ends first. */
        void await(String what, java.util.function.BooleanSupplier condition) {
            Cli.await(what, () -> {
                if (condition.getAsBoolean()) {
                    return true;
                }
                if (!process.isAlive() && !condition.getAsBoolean()) {
                    throw new AssertionError("the process ended (exit code " + process.exitValue() + ") before " + what + "; output:\n"
                            + outputSoFar());
                }
                return false;
            });
        }

        /** Waits for the process to end. */
        Run finish() {
            try {
                if (!process.waitFor(600, TimeUnit.SECONDS)) {
                    throw new AssertionError("timed out after 600 s: " + command);
                }
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted waiting for " + command, e);
            }
            return new Run(process.exitValue(), outputSoFar());
        }

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** Starts {@code command} in {@code dir} in the background, its output going to {@code output}. */
    static Started start(Path dir, Path output, List<String> command) {
        noteJdk(command);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new Started(p, output, command);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command, e);
        }
    }

    /**
     * Polls {@code condition} until it holds. The bound of ten minutes only keeps a broken run from hanging the build;
     * nothing here depends on how fast the machine is.
     */
    static void await(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited ten minutes for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** Opens the gate that {@link SampleLibrary#GATE}'s tests wait at. */
    static void open(Path gate) {
        try {
            Files.writeString(gate, "open");
        } catch (IOException e) {
            throw new AssertionError("cannot open the gate " + gate, e);
        }
    }

    private static final java.util.Set<String> NOTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Says, once per IT class and JDK, which JDK the IT ran the CLI's images or a program on: the {@code --java-home}
     * of a CLI command, else the JDK of the java command. The line goes to the test's output, which the failsafe
     * report keeps; .ci/run makes its table of which IT ran on which JDK from these lines.
     */
    static void noteJdk(List<String> command) {
        int javaHome = command.indexOf("--java-home");
        Path jdk = null;
        if (javaHome >= 0 && javaHome + 1 < command.size()) {
            jdk = Path.of(command.get(javaHome + 1));
        } else {
            for (String arg : command) {
                Path path = Path.of(arg);
                if (path.getParent() != null && path.getParent().endsWith("bin") && path.getParent().getParent() != null) {
                    jdk = path.getParent().getParent();
                    break;
                }
            }
        }
        if (jdk == null || !Files.isRegularFile(jdk.resolve("release"))) {
            return;
        }
        Optional<String> it = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1).replaceAll("\\$.*", "")).filter(name -> name.endsWith("IT"))
                .findFirst());
        int feature = feature(jdk);
        if (it.isPresent() && NOTED.add(it.get() + " " + feature)) {
            System.out.println("[sysimg-it] " + it.get() + " ran on JDK " + feature + " (" + jdk + ")");
        }
    }

    /**
     * How many classes of the image's class path the image served to a program, as {@code verify} counts them (the
     * program started with the image's class path); fails when the JVM refused the image or served none of them: what a
     * user relies on is that the image serves the classes, not that its file exists.
     */
    static int assertServes(Path dir, Path jdk, String image, String... program) {
        List<String> args = new ArrayList<>(List.of("verify", "--image", image, "--java-home", jdk.toString(), "--"));
        args.addAll(List.of(program));
        Run verify = sysimg(dir, args.toArray(String[]::new)).assertExit(0);
        java.util.regex.Matcher served = java.util.regex.Pattern.compile("Classes of the image class path: (\\d+) of (\\d+) served")
                .matcher(verify.output());
        assertTrue(served.find(), verify.output());
        int count = Integer.parseInt(served.group(1));
        assertTrue(count > 0, "the image served none of its classes: " + verify.output());
        return count;
    }

    /** The jar or folder a class was loaded from. */
    static Path locationOf(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate " + className, e);
        }
    }

    /** JUnit Jupiter's jars as this test run has them (api, params, engine, platform, opentest4j, apiguardian). */
    static String junitClassPath() {
        return Stream.of("org.junit.jupiter.api.Test", "org.junit.jupiter.params.ParameterizedTest",
                        "org.junit.jupiter.engine.JupiterTestEngine", "org.junit.platform.engine.TestEngine",
                        "org.junit.platform.commons.util.ReflectionUtils", "org.opentest4j.AssertionFailedError",
                        "org.apiguardian.api.API")
                .map(Cli::locationOf).map(Path::toString).distinct().collect(Collectors.joining(File.pathSeparator));
    }

    /** The jars of one JUnit version copied by the build into target/junit-versions/VERSION. */
    static Optional<String> junitClassPath(String version) {
        Path folder = Path.of(System.getProperty("sysimg.junit.versions", "target/junit-versions"), version);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> jars = Files.list(folder)) {
            return Optional.of(jars.map(Path::toString).sorted().collect(Collectors.joining(File.pathSeparator)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Class name and source of each {@code -Xlog:class+load} line of a run. */
    static List<String[]> classLoads(String output) {
        List<String[]> loads = new ArrayList<>();
        for (String line : output.lines().toList()) {
            int tag = line.indexOf("[class,load] ");
            int source = line.indexOf(" source: ");
            if (tag >= 0 && source > tag) {
                loads.add(new String[] {line.substring(tag + "[class,load] ".length(), source).strip(),
                        line.substring(source + " source: ".length()).strip()});
            }
        }
        return loads;
    }

    /** The program's own output: the run's lines that are not JVM log lines. */
    static String programOutput(String output) {
        return output.lines().filter(l -> !l.startsWith("[")).collect(Collectors.joining("\n"));
    }
}
