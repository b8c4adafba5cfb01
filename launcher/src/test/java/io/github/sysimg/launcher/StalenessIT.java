package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.Jdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

        Cli.requireJdk(Cli.JDK25);
        Processes.Result otherJdk = Processes.sysimg(work, "check", "--image", image.toString(), "--java-home", Cli.JDK25.toString())
                .assertExit(1);
        reasons = staleLines(otherJdk);
        assertEquals(1, reasons.size(), otherJdk.stdout());
        assertTrue(reasons.get(0).contains(Cli.JDK25.toString()) && reasons.get(0).contains("exact JDK build"), reasons.get(0));
    }

    /**
     * JVM options after {@code --}: check says whether the JVM uses the image with them, and the JVM agrees. Without
     * compressed oops (a 40 GB heap) neither JDK uses the image, silently; another GC that keeps them is fine. On JDK
     * 25, compact object headers and JFR (which adds the jdk.jfr module) make the JVM drop an AOT cache too; JDK 17
     * keeps a CDS archive with JFR.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void checkTellsWhichJvmOptionsMakeTheJvmDropTheImage(Path jdk, @TempDir Path work) throws Exception {
        Path jar = Processes.jar(lib.classes(), work.resolve("units.jar"));
        Path statements = Processes.statements(work.resolve("st.txt"), jar);
        String image = "units." + Cli.imageExtension(jdk);
        Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", image, "--java-home", jdk.toString()).assertExit(0);
        String[] check = {"check", "--image", image, "--java-home", jdk.toString(), "--"};

        Processes.Result fits = Processes.sysimg(work, concat(check, "-XX:+UseParallelGC", "-Xmx1g")).assertExit(0);
        assertTrue(fits.stdout().contains("the JVM uses it with -XX:+UseParallelGC -Xmx1g"), fits.stdout());
        assertTrue(servedFromImage(jdk, work, image, jar, "-XX:+UseParallelGC", "-Xmx1g") > 0, "the JVM uses it indeed");

        Processes.Result bigHeap = Processes.sysimg(work, concat(check, "-Xmx40g")).assertExit(1);
        List<String> reasons = staleLines(bigHeap);
        assertEquals(1, reasons.size(), bigHeap.stdout());
        assertTrue(reasons.get(0).startsWith("stale: with the JVM options -Xmx40g the JVM does not use the image (it says: ")
                && reasons.get(0).contains("UseCompressedOops") && reasons.get(0).contains("a maximum heap of 32 GB or more"), reasons.get(0));
        assertEquals(0, servedFromImage(jdk, work, image, jar, "-Xmx40g"), "the JVM drops the image indeed");

        String[] jfr = concat(check, "-XX:StartFlightRecording");
        if (Cli.feature(jdk) >= 24) {
            Processes.Result compact = Processes.sysimg(work, concat(check, "-XX:+UseCompactObjectHeaders")).assertExit(1);
            assertTrue(staleLines(compact).get(0).contains("without compact object headers"), compact.stdout());
            assertEquals(0, servedFromImage(jdk, work, image, jar, "-XX:+UseCompactObjectHeaders"));
            Processes.Result recording = Processes.sysimg(work, jfr).assertExit(1);
            assertTrue(staleLines(recording).get(0).contains("jdk.jfr"), recording.stdout());
            Processes.Result modules = Processes.sysimg(work, concat(check, "--add-modules", "java.sql")).assertExit(1);
            assertTrue(staleLines(modules).get(0).contains("start without --add-modules"), modules.stdout());
            assertEquals(0, servedFromImage(jdk, work, image, jar, "--add-modules", "java.sql"));
        } else {
            Processes.sysimg(work, jfr).assertExit(0);
            Processes.sysimg(work, concat(check, "--add-modules", "java.sql")).assertExit(0);
        }

        Processes.Result unknown = Processes.sysimg(work, concat(check, "-XX:+NoSuchOption")).assertExit(-1 & 0xff);
        assertEquals(1, unknown.stderr().lines().count(), unknown.stderr());
        assertTrue(unknown.stderr().startsWith("sysimg-tests: The JVM at \"" + jdk + "\" does not start with the JVM options [-XX:+NoSuchOption]"),
                unknown.stderr());
        Processes.Result notAnOption = Processes.sysimg(work, concat(check, "com.example.Main")).assertExit(-1 & 0xff);
        assertTrue(notAnOption.stderr().contains("\"com.example.Main\" is not one"), notAnOption.stderr());
        assertEquals(java.util.stream.Stream.of(image, image + ".args", image + ".meta", "st.txt", "units.jar").sorted().toList(), listing(work), "check leaves no file behind");
    }

    /** How many classes a real run with the image and these options loads from it. */
    private static long servedFromImage(Path jdk, Path work, String image, Path jar, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("@" + image + ".args"));
        args.addAll(List.of(options));
        args.addAll(List.of("-Xlog:class+load=info", "-cp", jar.toString(), MAIN, "2"));
        Cli.Run run = Cli.java(jdk, work, args.toArray(new String[0])).assertExit(0);
        return Cli.classLoads(run.output()).stream().filter(l -> l[1].startsWith("shared objects file")).count();
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] concat(String[] args, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
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

        Cli.requireJdk(Cli.JDK25);
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
        byte[] bytes = Files.readAllBytes(image);
        // A time no build writes: a rewritten image would show a new one, on any file system's time resolution.
        FileTime built = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(image, built);

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
        FileTime before = built;
        Files.setLastModifiedTime(image, before);
        Processes.Result jarChanged = Processes.sysimg(work, args).assertExit(0);
        assertTrue(jarChanged.stdout().contains("Image units.jsa is stale, rebuilding: jar " + jar + " changed"), jarChanged.stdout());
        assertNotEquals(before, Files.getLastModifiedTime(image));
        Processes.sysimg(work, "check", "--image", "units.jsa").assertExit(0);
    }
}
