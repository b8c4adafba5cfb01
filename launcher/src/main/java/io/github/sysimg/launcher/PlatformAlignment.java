package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the junit-platform-launcher the forked JVM must use: the suite pins its own JUnit Platform through its
 * engine, and a launcher of another version fails discovery ("unaligned versions of the junit-platform-engine and
 * junit-platform-launcher jars"). In order: the suite's own launcher, the local Maven repository's launcher of the
 * engine's exact version, a shipped launcher of the same version, then of the same minor line.
 */
final class PlatformAlignment {
    private static final Pattern JAR_VERSION = Pattern.compile("junit-platform-(engine|launcher)-(\\d+\\.\\d+\\.\\d+[^/]*?)\\.jar");

    /** What was decided. */
    record Decision(Optional<Path> launcherJar, String engineVersion, String how) {
    }

    private PlatformAlignment() {
    }

    static Decision decide(ClassPath classPath, EmbeddedJars embedded) {
        return decide(classPath, embedded, Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    /** As {@link #decide(ClassPath, EmbeddedJars)}, with the local Maven repository at {@code localRepository}. */
    static Decision decide(ClassPath classPath, EmbeddedJars embedded, Path localRepository) {
        String engineVersion = null;
        for (Path entry : classPath.entries()) {
            String name = entry.getFileName().toString();
            Matcher m = JAR_VERSION.matcher(name);
            if (m.matches() && m.group(1).equals("launcher")) {
                return new Decision(Optional.empty(), m.group(2), "the suite's own junit-platform-launcher " + m.group(2));
            }
            if (m.matches()) {
                engineVersion = m.group(2);
            } else if (name.startsWith("junit-platform-engine") || (Files.isRegularFile(entry) && engineVersion == null && containsEngine(entry))) {
                engineVersion = manifestVersion(entry).orElse(engineVersion);
            }
        }
        if (engineVersion == null) {
            throw new SysimgException("No junit-platform-engine jar is on the class path given with --class-path; "
                    + "add the suite's test dependencies (JUnit Jupiter brings junit-platform-engine).");
        }
        Path m2 = localRepository.resolve(Path.of("org", "junit", "platform", "junit-platform-launcher", engineVersion,
                "junit-platform-launcher-" + engineVersion + ".jar"));
        if (Files.isRegularFile(m2)) {
            return new Decision(Optional.of(m2), engineVersion, "junit-platform-launcher " + engineVersion + " from the local Maven repository");
        }
        Optional<Path> exact = embedded.junitLauncher(engineVersion);
        if (exact.isPresent()) {
            return new Decision(exact, engineVersion, "the shipped junit-platform-launcher " + engineVersion);
        }
        String line = minorLine(engineVersion);
        for (String shipped : EmbeddedJars.SHIPPED_LAUNCHERS) {
            if (minorLine(shipped).equals(line)) {
                return new Decision(embedded.junitLauncher(shipped), engineVersion, "the shipped junit-platform-launcher " + shipped
                        + " (same " + line + " line as the engine)");
            }
        }
        throw new SysimgException("The suite uses junit-platform-engine " + engineVersion + ", for which sysimg-tests ships no launcher; add "
                + "org.junit.platform:junit-platform-launcher:" + engineVersion + " to --class-path.");
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

    private static String minorLine(String version) {
        String[] parts = version.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }
}
