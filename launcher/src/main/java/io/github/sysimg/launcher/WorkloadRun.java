package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.protocol.AgentOptions;
import io.github.sysimg.protocol.RunnerProtocol.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of the test suite as the workload, in a forked JVM of the selected JDK with the recording agent. The
 * fork writes its statements as it goes; whatever ends it (the last test, {@code System.exit}, a crash, a kill,
 * the timeout) the statements recorded so far are there to read.
 */
final class WorkloadRun {

    /** How the run ended. */
    record Outcome(boolean finished, boolean timedOut, int exitCode, Properties results, List<Path> sessionFiles, long millis) {
        long count(String key) {
            return Long.parseLong(results.getProperty(key, "0"));
        }

        List<String> testClasses() {
            return results.stringPropertyNames().stream().filter(k -> k.startsWith(Result.TEST_CLASS + ".")).map(results::getProperty)
                    .sorted().collect(Collectors.toList());
        }
    }

    /** How long a fork stopped at the --timeout may take to run its shutdown hooks before it is killed. */
    static final long STOP_GRACE_SECONDS = 10;

    private WorkloadRun() {
    }

    /** Writes the runner's request file: one {@code key=value} a line, a key once for each of its values. */
    static void writeRequest(Path file, Map<String, List<String>> request) throws IOException {
        StringBuilder text = new StringBuilder();
        request.forEach((key, values) -> values.forEach(v -> text.append(key).append('=').append(v).append('\n')));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Runs the workload.
     *
     * @param jdk        the JDK of the fork
     * @param classPath  the suite's class path
     * @param jvmArgs    the user's options for the fork
     * @param includes   the packages to record
     * @param request    the runner's request: selectors, filters, configuration
     * @param workDir    where the request, the result and the session files go
     * @param timeoutSeconds 0 for none
     * @param workingDirectory the folder the tests run in
     * @param environment the environment variables the tests run with, besides this process's
     * @param out        where the command writes
     */
    static Outcome run(Jdk jdk, ClassPath classPath, List<String> jvmArgs, List<String> includes,
                       Map<String, List<String>> request, Path workDir, long timeoutSeconds, EmbeddedJars embedded,
                       Path workingDirectory, Map<String, String> environment, java.io.PrintWriter out) {
        PlatformAlignment.Decision platform = PlatformAlignment.decide(classPath, embedded);
        out.println("Running the tests with " + platform.how() + " on " + jdk.describe());
        Path requestFile = workDir.resolve("request.txt");
        Path resultFile = workDir.resolve("result.properties");
        Path sessions = workDir.resolve("sessions");
        List<Path> toolJars = new ArrayList<>();
        toolJars.add(embedded.runner());
        platform.launcherJar().ifPresent(toolJars::add);
        toolJars.add(embedded.extension());
        try {
            Files.createDirectories(sessions);
            writeRequest(requestFile, request);
        } catch (IOException e) {
            throw new SysimgException("Cannot write into the work folder \"" + workDir + "\" (" + e.getMessage() + ").", e);
        }
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        if (jdk.feature() >= 24) {
            // Byte Buddy probes sun.misc.Unsafe; JDK 24+ would warn about it on every run.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmArgs);
        command.add(AgentOptions.sessions(sessions.toString(), includes).javaagent(embedded.agent().toString()));
        command.add("-cp");
        command.add(classPath.toPathString() + java.io.File.pathSeparator
                + toolJars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        command.add("io.github.sysimg.runner.WorkloadMain");
        command.add(requestFile.toString());
        command.add(resultFile.toString());

        long start = System.nanoTime();
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).inheritIO();
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new SysimgException("Cannot start the test JVM \"" + jdk.javaExecutable() + "\" (" + e.getMessage() + ").", e);
        }
        Thread stopFork = new Thread(process::destroyForcibly, "sysimg-stop-fork");
        Runtime.getRuntime().addShutdownHook(stopFork);
        boolean timedOut = false;
        int exit;
        try {
            if (timeoutSeconds > 0 && !process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                timedOut = true;
                // SIGTERM first: the JVM runs its shutdown hooks, so the agent closes its recording; a fork that
                // does not end within the grace time is killed.
                process.destroy();
                if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SysimgException("The test run was interrupted.", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopFork);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops the fork
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Properties results = new Properties();
        boolean finished = Files.isRegularFile(resultFile);
        if (finished) {
            try {
                int i = 0;
                for (String line : Files.readAllLines(resultFile, StandardCharsets.UTF_8)) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        String key = line.substring(0, eq);
                        results.setProperty(key.equals(Result.TEST_CLASS) ? Result.TEST_CLASS + "." + i++ : key, line.substring(eq + 1));
                    }
                }
            } catch (IOException e) {
                finished = false;
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(sessions)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".statements")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            files = List.of();
        }
        return new Outcome(finished, timedOut, exit, results, files, millis);
    }

}
