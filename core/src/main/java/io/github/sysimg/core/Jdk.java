package io.github.sysimg.core;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A JDK installation that runs workloads and builds images. An image is bound to the exact build of the JDK that
 * made it, so the identity here is the runtime version, not just the feature release.
 *
 * @param home           the JDK's root folder
 * @param feature        the feature release (17, 25, ...)
 * @param vendor         the implementor, as the {@code release} file names it
 * @param runtimeVersion the full runtime version ({@code 25.0.3+9-LTS})
 */
public record Jdk(Path home, int feature, String vendor, String runtimeVersion) {

    /** The first feature release whose JVM can make AOT caches ({@code -XX:AOTCache}, JEP 483). */
    public static final int FIRST_AOT_CACHE_FEATURE = 24;

    /** The JDK this process runs on. */
    public static Jdk current() {
        return at(Path.of(System.getProperty("java.home")));
    }

    /**
     * Reads the JDK at {@code home}.
     *
     * @throws SysimgException when {@code home} is not a JDK this tool can use
     */
    public static Jdk at(Path home) {
        Path release = home.resolve("release");
        Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "\"" + home + "\" is not a JDK (no release file or bin/java); give the root folder of a JDK 17 or newer with " + s.of(Setting.JAVA_HOME) + ".");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(release, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "Cannot read \"" + release + "\" (" + e.getMessage() + "); check the JDK at " + s.of(Setting.JAVA_HOME) + ".", e);
        }
        String version = unquote(properties.getProperty("JAVA_VERSION", ""));
        String runtime = unquote(properties.getProperty("JAVA_RUNTIME_VERSION", version));
        String vendor = unquote(properties.getProperty("IMPLEMENTOR", "unknown"));
        int feature;
        try {
            String first = version.split("[.+-]")[0];
            feature = Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
        } catch (RuntimeException e) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "\"" + home + "\" names no Java version in its release file; give the root folder of a JDK 17 or newer with " + s.of(Setting.JAVA_HOME) + ".");
        }
        if (feature < 17) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "The JDK at \"" + home + "\" is Java " + version + ", too old for sysimg-tests; give a JDK 17 or newer with " + s.of(Setting.JAVA_HOME) + ".");
        }
        if (!Files.isRegularFile(home.resolve("lib").resolve("classlist"))) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "The JDK at \"" + home + "\" has no lib/classlist, so no CDS archive can be built with it; use a full JDK (not a jlink image) with " + s.of(Setting.JAVA_HOME) + ".");
        }
        return new Jdk(home.toAbsolutePath().normalize(), feature, vendor, runtime);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }

    /** The {@code java} launcher of this JDK. */
    public Path javaExecutable() {
        return home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    /** The class list the JDK's own default CDS archive was made from. */
    public Path defaultClassList() {
        return home.resolve("lib").resolve("classlist");
    }

    /** The JDK's own default CDS archive (for the default heap and GC flags), the base of a top layer. */
    public Path defaultArchive() {
        return home.resolve(isWindows() ? "bin" : "lib").resolve("server").resolve("classes.jsa");
    }

    /** Whether this JDK makes AOT caches rather than plain CDS archives. */
    public boolean supportsAotCache() {
        return feature >= FIRST_AOT_CACHE_FEATURE;
    }

    /** The image kind this JDK makes by default. */
    public ImageKind defaultImageKind() {
        return supportsAotCache() ? ImageKind.AOT_CACHE : ImageKind.CDS_ARCHIVE;
    }

    /** The identity that an image is bound to: vendor and full runtime version. */
    public String describe() {
        return vendor + " " + runtimeVersion;
    }

    /** The lines of this JDK's default class list, without comments. */
    public List<String> defaultClassListLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(defaultClassList(), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
