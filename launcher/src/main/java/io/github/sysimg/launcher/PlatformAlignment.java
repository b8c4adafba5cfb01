package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.core.project.JUnitPlatformJars;
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
    private static final Pattern JUPITER_API = Pattern.compile("junit-jupiter-api-(\\d+\\.\\d+\\.\\d+[^/]*?)\\.jar");
    /** The service file by which the JUnit Platform finds its test engines. */
    private static final String ENGINE_SERVICE = "META-INF/services/org.junit.platform.engine.TestEngine";

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
        JUnitPlatformJars platform = JUnitPlatformJars.of(classPath.entries());
        if (platform.hasLauncher()) {
            return new Decision(Optional.empty(), platform.launcherVersion(), "the suite's own junit-platform-launcher " + platform.launcherVersion());
        }
        String engineVersion = platform.engineVersion();
        if (engineVersion == null) {
            throw new SysimgException("No junit-platform-engine jar is on the class path given with --class-path; "
                    + "add the suite's test dependencies (JUnit Jupiter brings junit-platform-engine).");
        }
        Optional<Path> m2 = platform.launcherIn(localRepository);
        if (m2.isPresent()) {
            return new Decision(m2, engineVersion, "junit-platform-launcher " + engineVersion + " from the local Maven repository");
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

    /**
     * Refuses, before the test JVM starts, a class path without a test engine: JUnit would find no tests to run
     * whatever the selectors. Names the Jupiter engine jar of the suite's JUnit version, the one a Jupiter suite lacks.
     */
    static void requireTestEngine(ClassPath classPath) {
        String apiVersion = null;
        String platformVersion = null;
        for (Path entry : classPath.entries()) {
            if (hasEntry(entry, ENGINE_SERVICE)) {
                return;
            }
            String name = entry.getFileName().toString();
            Matcher api = JUPITER_API.matcher(name);
            Matcher platform = JAR_VERSION.matcher(name);
            if (api.matches()) {
                apiVersion = api.group(1);
            } else if (apiVersion == null && hasEntry(entry, "org/junit/jupiter/api/Test.class")) {
                apiVersion = manifestVersion(entry, "org/junit/jupiter/api/Test.class").orElse(null);
            }
            if (platform.matches() && platform.group(1).equals("engine")) {
                platformVersion = platform.group(2);
            }
        }
        String version = apiVersion != null ? apiVersion
                : platformVersion == null ? null
                : platformVersion.startsWith("1.") ? "5." + platformVersion.substring(2) : platformVersion;
        String jar = version == null ? "junit-jupiter-engine.jar" : "junit-jupiter-engine-" + version + ".jar";
        String coordinates = "org.junit.jupiter:junit-jupiter-engine" + (version == null ? "" : ":" + version);
        if (apiVersion == null) {
            throw new SysimgException("The class path given with --class-path holds no JUnit test engine, so JUnit can run no tests; add "
                    + "the engine the tests are written for, such as " + jar + " (" + coordinates + ") for JUnit Jupiter tests.");
        }
        throw new SysimgException(jar + " is missing from the class path given with --class-path, so JUnit has no engine to run the "
                + "Jupiter tests; add it (" + coordinates + ") with the suite's other test dependencies.");
    }

    private static boolean hasEntry(Path entry, String name) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(name));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (JarFile file = new JarFile(entry.toFile())) {
            return file.getEntry(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The Implementation-Version of a jar that holds {@code entry}. */
    private static Optional<String> manifestVersion(Path jar, String entry) {
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(entry) == null || file.getManifest() == null) {
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
