package io.github.sysimg.maven;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Jdk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which loader an image archived each class for, as the JVM itself lists it with
 * {@code -XX:+PrintSharedArchiveAndExit}; no code of the program runs.
 *
 * <p>A dump can succeed and still archive the library's classes for an "unregistered" loader, which a program
 * started with {@code -cp} never uses: JDK 17 to 23 do so for every jar whose path holds a character that a
 * {@code file:} URL escapes, a space for one, because they compare the class's escaped code source with the
 * unescaped class path (JDK-8339460). The image is then silently no better than the JDK's default one.
 */
record ArchivedClasses(Map<String, String> loaderByClass) {

    private static final Pattern ENTRY = Pattern.compile("^\\s*\\d+: (\\S+) (\\S+)$");

    /** How long the listing may take; it takes a second or two, and the build must not hang on it. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** Lists the archive, or returns empty when this JDK cannot (the check is advisory). */
    static Optional<ArchivedClasses> list(Jdk jdk, List<String> runOptions, ClassPath classPath) {
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.addAll(runOptions);
        command.add("-XX:+PrintSharedArchiveAndExit");
        command.add("-cp");
        command.add(classPath.toPathString());
        return output(command, TIMEOUT).flatMap(ArchivedClasses::parse);
    }

    static Optional<ArchivedClasses> parse(String output) {
        Map<String, String> loaders = new HashMap<>();
        for (String line : output.split("\\R")) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                loaders.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return loaders.isEmpty() ? Optional.empty() : Optional.of(new ArchivedClasses(loaders));
    }

    /**
     * The output (stdout and stderr) of {@code command} when it ends within {@code timeout} with exit code 0; empty
     * otherwise, a process still running then destroyed. The output goes to a file, so that a process that keeps
     * its output open cannot keep this waiting past the timeout.
     */
    static Optional<String> output(List<String> command, Duration timeout) {
        Path out = null;
        Process process = null;
        try {
            out = Files.createTempFile("sysimg-archived-classes", ".txt");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a leftover file in the temporary folder is harmless
                }
            }
        }
    }
}
