package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.DefaultArchive;
import io.github.sysimg.core.ImageLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code default install / status / restore} end to end, with the real CLI, on private JDKs made with jlink from the
 * JDK running the tests under a temporary folder: never on the machine's own JDKs.
 */
class DefaultImageIT {
    @TempDir
    static Path dir;
    /** A jlink image with javac and jshell and a default CDS archive, never modified: each test copies it. */
    static Path pristine;
    /** Another build: a jlink image of java.base alone (another runtime image), with its own default archive. */
    static Path other;

    @BeforeAll
    static void makePrivateJdks() throws IOException {
        Cli.require(Files.isDirectory(Cli.JDK17.resolve("jmods")), "No jmods folder in " + Cli.JDK17 + " for jlink");
        pristine = jlink("java.base,jdk.compiler,jdk.jshell,jdk.zipfs", dir.resolve("pristine"));
        other = jlink("java.base", dir.resolve("other"));
        Files.writeString(dir.resolve("Hello.java"), "public class Hello { public static void main(String[] a) { System.out.println(\"hi\"); } }\n");
    }

    private static Path jlink(String modules, Path output) {
        return jlink(Cli.JDK17, modules, output);
    }

    private static Path jlink(Path jdk, String modules, Path output) {
        Cli.exec(dir, List.of(jdk.resolve("bin/jlink").toString(), "--add-modules", modules, "--generate-cds-archive",
                "--output", output.toString()), 300).assertExit(0);
        assertTrue(Files.isRegularFile(output.resolve("lib/server/classes.jsa")), "jlink made a default archive");
        return output;
    }

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    /**
     * The pristine image of {@code jdk}: {@link #pristine} for the JDK running the tests; for JDK 25, one made by its
     * own jlink, which needs no jmods (its runtime image is linkable).
     */
    private static Path pristineOf(Path jdk) {
        return jdk.equals(Cli.JDK17) ? pristine : PRISTINE.computeIfAbsent(jdk, j -> jlink(j, "java.base,jdk.compiler,jdk.jshell,jdk.zipfs",
                dir.resolve("pristine-" + Cli.feature(j))));
    }

    private static final Map<Path, Path> PRISTINE = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void installTrainedOnJavacThenRestoreLeavesTheJdkByteIdentical(Path from, @TempDir Path work) throws IOException {
        Path jdk = copy(pristineOf(from), work.resolve("jdk"));
        Map<String, String> before = contents(jdk);
        assertEquals(0, javacClassesFromTheArchive(jdk, work), "the JDK's own archive holds no javac classes");

        assertTrue(sysimg(work, "default", "status", "--java-home", jdk.toString()).assertExit(0).output()
                .contains("The JDK's own default archive"));
        Cli.Run install = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "javac", "-d", "out",
                dir.resolve("Hello.java").toString()).assertExit(0);
        assertTrue(install.output().contains("Installed in "), install.output());
        assertTrue(Files.isRegularFile(work.resolve("out/Hello.class")), "the workload ran in the current folder");
        int served = javacClassesFromTheArchive(jdk, work);
        assertTrue(served > 500, "javac's classes come from the installed default archive, with no flag: " + served);
        String status = sysimg(work, "default", "status", "--java-home", jdk.toString()).assertExit(0).output();
        assertTrue(status.contains("sysimg-tests' default archive") && status.contains("installed 20") && status.contains("javac -d out"), status);

        // A second install keeps the backup of the JDK's own, not the first install's archive.
        sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "javac", "-d", "out",
                dir.resolve("Hello.java").toString()).assertExit(0);
        assertEquals(before.get("lib/server/classes.jsa"), contents(jdk).get("lib/server/classes.jsa" + DefaultArchive.BACKUP_SUFFIX));

        // The backup is of this build: another JDK refuses it, for install and restore alike, and changes nothing.
        Path otherJdk = copy(other, work.resolve("other"));
        for (String file : List.of("classes.jsa" + DefaultArchive.BACKUP_SUFFIX, "classes_nocoops.jsa" + DefaultArchive.BACKUP_SUFFIX,
                DefaultArchive.BACKUP_PROPERTIES)) {
            Files.copy(jdk.resolve("lib/server").resolve(file), otherJdk.resolve("lib/server").resolve(file));
        }
        Map<String, String> otherBefore = contents(otherJdk);
        Cli.Run refused = sysimg(work, "default", "install", "--java-home", otherJdk.toString(), "--", "java", "-version").assertExit(255);
        assertOneSentence(refused, "was made from another JDK build");
        assertOneSentence(sysimg(work, "default", "restore", "--java-home", otherJdk.toString()).assertExit(255), "was made from another JDK build");
        assertSameFiles(otherBefore, contents(otherJdk));

        Cli.Run restore = sysimg(work, "default", "restore", "--java-home", jdk.toString()).assertExit(0);
        assertTrue(restore.output().contains("Restored the JDK's own default archive"), restore.output());
        assertSameFiles(before, contents(jdk));
        assertEquals(0, javacClassesFromTheArchive(jdk, work));
        assertTrue(sysimg(work, "default", "restore", "--java-home", jdk.toString()).assertExit(0).output().contains("nothing to restore"));
    }

    /**
     * While another run changes a JDK's default archive (here this test's own JVM holds the lock), install and
     * restore end at once with exit code 3, name that run, and change nothing; afterwards restore works.
     */
    @Test
    void installAndRestoreLeaveAJdkAloneWhileAnotherRunChangesIt(@TempDir Path work) throws IOException {
        Path jdk = copy(other, work.resolve("jdk"));
        Map<String, String> own = contents(jdk);
        sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "java", "-version").assertExit(0);
        Map<String, String> installed = contents(jdk);
        Path lockFile = jdk.resolve("lib/server/classes.jsa.lock");
        try (ImageLock held = ImageLock.acquire(jdk.resolve("lib/server/classes.jsa"))) {
            String expected = "sysimg-tests: Another sysimg-tests run (process " + ProcessHandle.current().pid()
                    + ") is changing the default archive of the JDK at \"" + jdk + "\", and this run leaves it alone; wait for that run "
                    + "to end and try again.";
            Cli.Run install = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "java", "-version").assertExit(3);
            assertEquals(List.of(expected), install.output().lines().toList(), "one line, and no workload ran");
            Cli.Run restore = sysimg(work, "default", "restore", "--java-home", jdk.toString()).assertExit(3);
            assertEquals(List.of(expected), restore.output().lines().toList());
            Map<String, String> now = contents(jdk);
            now.remove(jdk.relativize(lockFile).toString());
            assertSameFiles(installed, now);
        }
        assertFalse(Files.exists(lockFile), "the lock file went with the lock");
        sysimg(work, "default", "restore", "--java-home", jdk.toString()).assertExit(0);
        assertSameFiles(own, contents(jdk));
    }

    @Test
    void aReadOnlyJdkFolderIsRefusedBeforeTheWorkloadRuns(@TempDir Path work) throws IOException {
        Path jdk = copy(other, work.resolve("jdk"));
        Map<String, String> before = contents(jdk);
        Path server = jdk.resolve("lib/server");
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Run run = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "java", "-version").assertExit(255);
            assertOneSentence(run, "is not writable");
            assertFalse(run.output().contains("Running the workload"), run.output());
            assertOneSentence(sysimg(work, "default", "restore", "--java-home", jdk.toString()).assertExit(0), "nothing to restore");
        } finally {
            Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertSameFiles(before, contents(jdk));
    }

    @Test
    void aJdkWithoutDefaultArchiveIsRefused(@TempDir Path work) throws IOException {
        Path jdk = copy(other, work.resolve("jdk"));
        Files.delete(jdk.resolve("lib/server/classes.jsa"));
        Files.deleteIfExists(jdk.resolve("lib/server/classes_nocoops.jsa"));
        Cli.Run run = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "java", "-version").assertExit(255);
        assertOneSentence(run, "has no default CDS archive");
        assertTrue(sysimg(work, "default", "status", "--java-home", jdk.toString()).assertExit(0).output().contains("No default archive"));
    }

    @Test
    void aBadWorkloadIsNamedAndNothingIsInstalled(@TempDir Path work) throws IOException {
        Path jdk = copy(other, work.resolve("jdk"));
        Map<String, String> before = contents(jdk);
        assertOneSentence(sysimg(work, "default", "install", "--java-home", jdk.toString(), "--workload-main", "org.example.NoSuchMain",
                "--class-path", work.toString()).assertExit(255), "The workload --workload-main \"org.example.NoSuchMain\" exited with 1");
        assertOneSentence(sysimg(work, "default", "install", "--java-home", jdk.toString(), "--", "javac", "Hello.java").assertExit(255),
                "\"javac\" is not a command of the JDK");
        assertOneSentence(sysimg(work, "default", "install", "--java-home", jdk.toString()).assertExit(255), "needs a workload");
        assertSameFiles(before, contents(jdk));
    }

    /**
     * As PackageCompiler's replace_default takes packages: the tests the main command's selectors select on a class
     * path are the workload, and the JDK classes they load go into the JDK's default archive, which then serves them to
     * the program that uses the library, with no flag.
     */
    @Test
    void installTrainedOnASuitesTestsServesTheJdkClassesItsProgramLoads(@TempDir Path work) throws IOException {
        // the JUnit Platform needs modules beyond the javac image's (java.logging among them)
        Path jdk = jlink("java.se,jdk.unsupported,jdk.zipfs", work.resolve("jdk"));
        int before = servedToTheSampleMain(jdk, work);
        String classPath = SampleSuiteIT.SAMPLE_JAR + java.io.File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS + java.io.File.pathSeparator
                + Cli.junitClassPath();
        Cli.Run install = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--class-path", classPath,
                "--select-package", "io.github.sysimg.sample").assertExit(0);
        assertTrue(install.output().contains("Running the workload: the tests of --select-package io.github.sysimg.sample"), install.output());
        assertTrue(install.output().contains("tests successful"), "JUnit ran the selected tests: " + install.output());
        int after = servedToTheSampleMain(jdk, work);
        assertTrue(after > before + 50, "the sample's main gets more classes from the default archive: " + before + " before, " + after + " after");
        assertTrue(sysimg(work, "default", "status", "--java-home", jdk.toString()).assertExit(0).output()
                .contains("workload: the tests of --select-package io.github.sysimg.sample"));
        Cli.Run refused = sysimg(work, "default", "install", "--java-home", jdk.toString(), "--select-package", "io.github.sysimg.sample")
                .assertExit(255);
        assertOneSentence(refused, "--select-package and --select-class select tests on --class-path, and none is given");
    }

    /** How many classes the sample's main loads from the default archive, with no flag. */
    private static int servedToTheSampleMain(Path jdk, Path work) {
        Cli.Run run = Cli.exec(work, List.of(jdk.resolve("bin/java").toString(), "-Xlog:class+load", "-cp", SampleSuiteIT.SAMPLE_JAR.toString(),
                SampleSuiteIT.MAIN), 120).assertExit(0);
        return (int) Cli.classLoads(run.output()).stream().filter(l -> l[1].equals("shared objects file")).count();
    }

    private static Cli.Run sysimg(Path work, String... args) {
        return Cli.sysimg(work, args);
    }

    private static void assertOneSentence(Cli.Run run, String expected) {
        assertTrue(run.output().contains(expected), run.output());
        // the workload's own output may name an exception; the tool's own line never comes with a stack trace
        assertFalse(run.output().contains("\tat ") || run.output().contains("internal error"), "no stack trace: " + run.output());
    }

    /** How many of javac's own classes a javac run loads from the CDS archive, in strict mode and with no archive flag. */
    private static int javacClassesFromTheArchive(Path jdk, Path work) {
        Cli.Run run = Cli.exec(work, List.of(jdk.resolve("bin/javac").toString(), "-J-Xshare:on", "-J-Xlog:class+load", "-d", "out-check",
                dir.resolve("Hello.java").toString()), 120).assertExit(0);
        return (int) Cli.classLoads(run.output()).stream()
                .filter(l -> l[0].startsWith("com.sun.tools.javac.") && l[1].equals("shared objects file")).count();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** Every file under the JDK as before, byte for byte, with its permissions and time; names the files that differ. */
    private static void assertSameFiles(Map<String, String> before, Map<String, String> after) {
        Set<String> differ = new TreeSet<>(before.keySet());
        differ.addAll(after.keySet());
        differ.removeIf(f -> Objects.equals(before.get(f), after.get(f)));
        assertTrue(differ.isEmpty(), "files added, removed or changed under the JDK: " + differ);
    }

    /** Each file under {@code root}: its SHA-256, permissions and last-modified time. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    contents.put(root.relativize(f).toString(), io.github.sysimg.core.Hashes.sha256(f) + " "
                            + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)) + " " + Files.getLastModifiedTime(f));
                }
            }
        }
        return contents;
    }
}
