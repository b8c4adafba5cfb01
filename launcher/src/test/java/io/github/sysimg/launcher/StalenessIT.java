package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sysimg.core.Jdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staleness and mismatches, end to end: {@code check}, {@code verify} and {@code --rebuild-if-stale} tell an
 * image that no longer fits, each with one line a reason, instead of letting the JVM run without it.
 */
class StalenessIT {
    static final String MAIN = "org.acme.units.cli.Main";

    @TempDir
    static Path dir;
    static String junitCp;
    static SampleLibrary.Compiled lib;

    @BeforeAll
    static void compileTheLibrary() throws Exception {
        junitCp = Cli.junitClassPath();
        lib = SampleLibrary.compile(dir.resolve("lib"), junitCp);
    }

    private static List<String> staleLines(Processes.Result check) {
        return check.stdout().lines().filter(l -> l.startsWith("stale: ")).toList();
    }

    /** An image built from a hand-written statements file, without running tests. */
    private static Path build(Path work, Path imageClassPath) throws Exception {
        Path statements = Processes.statements(work.resolve("statements.txt"), imageClassPath);
        Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", "units.jsa").assertExit(0);
        return work.resolve("units.jsa");
    }

    @Test
    void checkFitsAndGivesOneLineForEachMismatch(@TempDir Path work) throws Exception {
        Path jar = Processes.jar(lib.classes(), work.resolve("units.jar"));
        Path image = build(work, jar);

        Processes.Result fits = Processes.sysimg(work, "check", "--image", image.toString(), "--class-path", cp(jar, "other.jar")).assertExit(0);
        assertTrue(fits.stdout().contains("fits"), fits.stdout());

        Processes.Result prefix = Processes.sysimg(work, "check", "--image", image.toString(), "--class-path", cp("other.jar", jar)).assertExit(1);
        List<String> reasons = staleLines(prefix);
        assertEquals(1, reasons.size(), prefix.stdout());
        assertTrue(reasons.get(0).contains(work.resolve("other.jar").toString()) && reasons.get(0).contains("prefix"), reasons.get(0));

        // The JVM itself refuses the image in strict mode; verify says so in one line.
        Processes.Result verify = Processes.sysimg(work, "verify", "--image", image.toString(), "--class-path",
                cp(lib.testClasses(), jar), "--", MAIN).assertExit(1);
        List<String> refusals = verify.stdout().lines().filter(l -> l.startsWith("The JVM refused the image: ")).toList();
        assertEquals(1, refusals.size(), verify.stdout());
        assertTrue(refusals.get(0).toLowerCase().contains("mismatch"), refusals.get(0));
        Processes.sysimg(work, "verify", "--image", image.toString(), "--", MAIN).assertExit(0);

        assumeTrue(Files.isExecutable(Cli.JDK25.resolve("bin/java")), "JDK 25 not installed: the JDK mismatch is not checked");
        Processes.Result otherJdk = Processes.sysimg(work, "check", "--image", image.toString(), "--java-home", Cli.JDK25.toString())
                .assertExit(1);
        reasons = staleLines(otherJdk);
        assertEquals(1, reasons.size(), otherJdk.stdout());
        assertTrue(reasons.get(0).contains(Cli.JDK25.toString()) && reasons.get(0).contains("exact JDK build"), reasons.get(0));
    }

    /** Statements recorded on one JDK and built on another: the build says so in one line, and only then. */
    @Test
    void buildSaysInOneLineThatTheStatementsWereRecordedOnAnotherJdk(@TempDir Path work) throws Exception {
        Path jar = Processes.jar(lib.classes(), work.resolve("units.jar"));
        String jdk17 = Jdk.at(Cli.JDK17).describe();
        Path statements = Processes.statements(work.resolve("st.txt"), jar);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(statements));
        lines.add(lines.indexOf("@format 1") + 1, "@jdk " + jdk17);
        Files.write(statements, lines);

        Processes.Result same = Processes.sysimg(work, "build", "--statements", "st.txt", "--image", "units.jsa").assertExit(0);
        assertFalse(same.stderr().contains("recorded on"), same.stderr());

        assumeTrue(Files.isExecutable(Cli.JDK25.resolve("bin/java")), "JDK 25 not installed: no other JDK to build on");
        Processes.Result other = Processes.sysimg(work, "build", "--statements", "st.txt", "--image", "units.aot",
                "--java-home", Cli.JDK25.toString()).assertExit(0);
        List<String> notes = other.stderr().lines().filter(l -> l.contains("recorded on")).toList();
        assertEquals(List.of("sysimg-tests: warning: \"st.txt\" was recorded on JDK " + jdk17 + ", not on JDK "
                + Jdk.at(Cli.JDK25).describe() + ", which builds the image: the JDK classes and lambdas recorded are that JDK's, "
                + "which this one may lack or load differently; record on this JDK for the image that fits it best."), notes);
        assertTrue(Files.isRegularFile(work.resolve("units.aot")), "the image is still built");
    }

    @Test
    void checkNamesAJarThatChangedOrIsGone(@TempDir Path work) throws Exception {
        Path jar = Processes.jar(lib.classes(), work.resolve("units.jar"));
        Path image = build(work, jar);
        byte[] imageBytes = Files.readAllBytes(image);

        Processes.jar(lib.classes(), jar, "META-INF/changed.txt", "other content");
        Processes.Result changed = Processes.sysimg(work, "check", "--image", image.toString()).assertExit(1);
        List<String> reasons = staleLines(changed);
        assertEquals(1, reasons.size(), changed.stdout());
        assertTrue(reasons.get(0).contains("jar " + jar + " changed"), reasons.get(0));

        Files.delete(jar);
        Processes.Result gone = Processes.sysimg(work, "check", "--image", image.toString()).assertExit(1);
        assertTrue(staleLines(gone).get(0).contains(jar + " of the image class path is gone"), gone.stdout());
        assertArrayEquals(imageBytes, Files.readAllBytes(image), "check never touches the image");
    }

    /** A directory on the image class path is packed into a jar beside the image: a change to the directory makes the image stale. */
    @Test
    void checkNamesAClassesDirectoryThatChanged(@TempDir Path work) throws Exception {
        Path classes = Processes.copyTree(lib.classes(), work.resolve("classes"));
        Path image = build(work, classes);
        Processes.sysimg(work, "check", "--image", image.toString()).assertExit(0);

        Files.writeString(classes.resolve("org/acme/units/added.properties"), "a=b");
        Processes.Result changed = Processes.sysimg(work, "check", "--image", image.toString()).assertExit(1);
        List<String> reasons = staleLines(changed);
        assertEquals(1, reasons.size(), changed.stdout());
        assertTrue(reasons.get(0).contains("directory " + classes + " changed"), reasons.get(0));
    }

    @Test
    void rebuildIfStaleKeepsAFreshImageAndRebuildsAStaleOne(@TempDir Path work) throws Exception {
        Path jar = Processes.jar(lib.classes(), work.resolve("units.jar"));
        Path tests = Processes.copyTree(lib.testClasses(), work.resolve("test-classes"));
        String[] args = {"-cp", cp(jar, tests, junitCp), "-p", "org.acme.units", "--no-training", "--statements", "st.txt",
                "--image", "units.jsa", "--rebuild-if-stale"};
        Path image = work.resolve("units.jsa");

        Processes.sysimg(work, args).assertExit(0);
        assertTrue(Files.isRegularFile(image));
        FileTime built = Files.getLastModifiedTime(image);
        byte[] bytes = Files.readAllBytes(image);
        Thread.sleep(1100);

        Processes.Result fresh = Processes.sysimg(work, args).assertExit(0);
        assertTrue(fresh.stdout().contains("Image units.jsa is fresh"), fresh.stdout());
        assertFalse(fresh.stdout().contains("tests found"), "a fresh image needs no test run:\n" + fresh.stdout());
        assertEquals(built, Files.getLastModifiedTime(image), "the fresh image was kept");
        assertArrayEquals(bytes, Files.readAllBytes(image));

        // The tests changed: the statements would change, so the image is stale although its jar is the same.
        Files.writeString(tests.resolve("org/acme/units/notes.txt"), "a test resource");
        Processes.Result testsChanged = Processes.sysimg(work, args).assertExit(0);
        assertTrue(testsChanged.stdout().contains("Image units.jsa is stale, rebuilding: the tests, their class path or the options changed"),
                testsChanged.stdout());
        assertTrue(testsChanged.stdout().contains("tests successful"), testsChanged.stdout());
        assertNotEquals(built, Files.getLastModifiedTime(image));

        // The library changed.
        Processes.jar(lib.classes(), jar, "META-INF/changed.txt", "other content");
        Processes.Result check = Processes.sysimg(work, "check", "--image", "units.jsa").assertExit(1);
        assertTrue(staleLines(check).get(0).contains("jar " + jar + " changed"), check.stdout());
        FileTime before = Files.getLastModifiedTime(image);
        Processes.Result jarChanged = Processes.sysimg(work, args).assertExit(0);
        assertTrue(jarChanged.stdout().contains("Image units.jsa is stale, rebuilding: jar " + jar + " changed"), jarChanged.stdout());
        assertNotEquals(before, Files.getLastModifiedTime(image));
        Processes.sysimg(work, "check", "--image", "units.jsa").assertExit(0);
    }
}
