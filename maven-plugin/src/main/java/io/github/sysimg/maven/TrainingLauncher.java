package io.github.sysimg.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The junit-platform-launcher the training runs the tests with, when the test class path has none: the one of the
 * engine's exact version in the local repository, where Surefire's JUnit Platform provider put it when the tests ran.
 * Without one the training replays the tests by reflection.
 */
final class TrainingLauncher {
    private TrainingLauncher() {
    }

    /** The test class path with such a launcher appended, when it has none and the local repository holds it. */
    static List<Path> withLauncher(List<Path> testClassPath, File localRepository, Log log) {
        List<Path> entries = new ArrayList<>(testClassPath);
        String engineVersion = null;
        for (Path entry : testClassPath) {
            String name = entry.getFileName().toString();
            if (name.startsWith("junit-platform-launcher-")) {
                return entries;
            }
            if (name.startsWith("junit-platform-engine-") && name.endsWith(".jar")) {
                engineVersion = name.substring("junit-platform-engine-".length(), name.length() - ".jar".length());
            }
        }
        if (engineVersion == null || localRepository == null) {
            return entries;
        }
        Path jar = localRepository.toPath().resolve(Path.of("org", "junit", "platform", "junit-platform-launcher", engineVersion,
                "junit-platform-launcher-" + engineVersion + ".jar"));
        if (Files.isRegularFile(jar)) {
            entries.add(jar);
        } else {
            log.info("No junit-platform-launcher " + engineVersion + " in " + localRepository + ": the training replays the tests "
                    + "by reflection, without JUnit extensions.");
        }
        return entries;
    }
}
