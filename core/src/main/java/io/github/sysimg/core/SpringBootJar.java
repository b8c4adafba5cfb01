package io.github.sysimg.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

/**
 * Spring Boot's executable jar, as {@code spring-boot:repackage} leaves it: the application's classes and its
 * dependencies nested under {@code BOOT-INF/}, which the JVM never archives. The image is made for the layout Spring
 * documents for CDS and AOT caches instead: the jar extracted by Spring's own tool
 * ({@code java -Djarmode=tools -jar app.jar extract}), an application jar whose manifest names its runtime jars in
 * {@code lib/}, started with {@code java -jar}.
 */
public final class SpringBootJar {
    /** Extracting a jar of a few hundred dependencies takes seconds; this only stops a hanging one. */
    private static final long EXTRACT_TIMEOUT_SECONDS = 300;

    private SpringBootJar() {
    }

    /** Whether a jar is Spring Boot's executable jar, its classes and dependencies nested under BOOT-INF/. */
    public static boolean isExecutableJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().anyMatch(e -> e.getName().startsWith("BOOT-INF/"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Extracts {@code jar} into {@code destination} (emptied first: it is the plugin's own folder) with the jar's own
     * tools mode, run by {@code jdk}; the extracted application jar, whose manifest {@code Class-Path} names the
     * runtime jars beside it.
     *
     * @param otherwise what else a user can do, the end of the sentence that says the jar could not be extracted
     * @throws SysimgException when the jar cannot be extracted that way (a Spring Boot before 3.3, or a jar built
     *                         without its tools), in one sentence that says what to do
     */
    public static Path extract(Jdk jdk, Path jar, Path destination, String otherwise) {
        Path log = destination.resolveSibling(destination.getFileName() + "-extract.log");
        int exit;
        try {
            AtomicFiles.deleteTree(destination);
            Files.createDirectories(destination.getParent());
            List<String> command = List.of(jdk.javaExecutable().toString(), "-Djarmode=tools", "-jar", jar.toString(),
                    "extract", "--destination", destination.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                throw new SysimgException("Extracting the Spring Boot jar \"" + jar + "\" with java -Djarmode=tools did not end "
                        + "within " + EXTRACT_TIMEOUT_SECONDS + " s (see " + log + "); " + otherwise + ".");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new SysimgException("Cannot extract the Spring Boot jar \"" + jar + "\" into \"" + destination + "\" ("
                    + e.getMessage() + "); check the permissions of its folder.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("Interrupted while extracting the Spring Boot jar \"" + jar + "\".", e);
        }
        Path extracted = destination.resolve(jar.getFileName());
        if (exit != 0 || !Files.isRegularFile(extracted)) {
            throw new SysimgException("Cannot extract the Spring Boot jar \"" + jar + "\" with java -Djarmode=tools (exit code "
                    + exit + ": " + lastLine(log) + "): it needs Spring Boot 3.3 or later with the jar's tools included (the default); "
                    + otherwise + ".");
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // the log of an extraction that worked is only clutter
        }
        return extracted;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "see " + log;
        }
    }
}
