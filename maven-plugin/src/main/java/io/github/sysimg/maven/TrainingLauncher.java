package io.github.sysimg.maven;

import java.io.File;
import io.github.sysimg.core.project.JUnitPlatformJars;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        JUnitPlatformJars platform = JUnitPlatformJars.of(testClassPath);
        Optional<Path> launcher = platform.launcherIn(localRepository == null ? null : localRepository.toPath());
        launcher.ifPresent(entries::add);
        if (launcher.isEmpty() && !platform.hasLauncher() && platform.engineVersion() != null) {
            log.info("No junit-platform-launcher " + platform.engineVersion() + " in " + localRepository + ": the training replays the "
                    + "tests by reflection, without JUnit extensions.");
        }
        return entries;
    }
}
