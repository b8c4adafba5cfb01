package io.github.sysimg.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JUnit Platform of a test class path, as both front ends look for it: the suite pins its platform through its
 * engine, and a launcher of another version fails discovery ("unaligned versions of the junit-platform-engine and
 * junit-platform-launcher jars").
 *
 * @param launcherVersion the version of the class path's own junit-platform-launcher, or null
 * @param engineVersion   the version of its junit-platform-engine, or null when it holds none
 */
public record JUnitPlatformJars(String launcherVersion, String engineVersion) {
    private static final Pattern JAR_VERSION = Pattern.compile("junit-platform-(engine|launcher)-(\\d+\\.\\d+\\.\\d+[^/]*?)\\.jar");

    /** Reads the versions from the jars' names, or the engine's from its manifest (a jar renamed or repackaged). */
    public static JUnitPlatformJars of(List<Path> classPath) {
        String engineVersion = null;
        for (Path entry : classPath) {
            String name = entry.getFileName().toString();
            Matcher m = JAR_VERSION.matcher(name);
            if (m.matches() && m.group(1).equals("launcher")) {
                return new JUnitPlatformJars(m.group(2), engineVersion != null ? engineVersion : m.group(2));
            }
            if (m.matches()) {
                engineVersion = m.group(2);
            } else if (name.startsWith("junit-platform-engine") || (Files.isRegularFile(entry) && engineVersion == null && containsEngine(entry))) {
                engineVersion = manifestVersion(entry).orElse(engineVersion);
            }
        }
        return new JUnitPlatformJars(null, engineVersion);
    }

    /** Whether the class path brings its own launcher. */
    public boolean hasLauncher() {
        return launcherVersion != null;
    }

    /**
     * The launcher of the engine's exact version in a local Maven repository, where Surefire's JUnit Platform provider
     * puts it when the tests run; empty when the class path has its own, holds no engine, or the repository has none.
     */
    public Optional<Path> launcherIn(Path localRepository) {
        if (hasLauncher() || engineVersion == null || localRepository == null) {
            return Optional.empty();
        }
        Path jar = localRepository.resolve(Path.of("org", "junit", "platform", "junit-platform-launcher", engineVersion,
                "junit-platform-launcher-" + engineVersion + ".jar"));
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static boolean containsEngine(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("org/junit/platform/engine/TestEngine.class") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<String> manifestVersion(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry("org/junit/platform/engine/TestEngine.class") == null || file.getManifest() == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(file.getManifest().getMainAttributes().getValue("Implementation-Version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
