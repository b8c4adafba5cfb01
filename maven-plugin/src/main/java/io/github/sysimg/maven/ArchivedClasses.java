package io.github.sysimg.maven;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    /** Lists the archive, or returns empty when this JDK cannot (the check is advisory). */
    static Optional<ArchivedClasses> list(Jdk jdk, ImageKind kind, Path image, ClassPath classPath) {
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.addAll(kind.runOptions(image));
        command.add("-XX:+PrintSharedArchiveAndExit");
        command.add("-cp");
        command.add(classPath.toPathString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Map<String, String> loaders = new HashMap<>();
            for (String line : output.split("\\R")) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    loaders.putIfAbsent(m.group(1), m.group(2));
                }
            }
            return loaders.isEmpty() ? Optional.empty() : Optional.of(new ArchivedClasses(loaders));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
