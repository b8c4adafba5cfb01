package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sysimg.core.ImageMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input, end to end with the real CLI: each gives one sentence on stderr that names the value and says what
 * to do, a defined exit code, no stack trace, and no file at the image path.
 */
class BadInputIT {
    static final String MAIN = "org.acme.units.cli.Main";

    @TempDir
    static Path dir;
    static String junitCp;
    static SampleLibrary.Compiled lib;
    static Path jar;
    static Path statements;

    @BeforeAll
    static void compileTheLibrary() throws Exception {
        junitCp = Cli.junitClassPath();
        lib = SampleLibrary.compile(dir.resolve("lib"), junitCp);
        jar = Processes.jar(lib.classes(), dir.resolve("lib/units.jar"));
        statements = Processes.statements(dir.resolve("good-statements.txt"), jar);
    }

    private static String runClassPath() {
        return cp(jar, lib.testClasses(), junitCp);
    }

    // ---- the main command ----

    @Test
    void noTestsForTheSelectorsExitsWithTwo(@TempDir Path work) {
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.nothing.here", "--no-training",
                "--statements", "st.txt", "--image", "units.jsa");
        run.assertCleanError(2, "--select-package org.acme.nothing.here");
        assertFalse(Files.exists(work.resolve("units.jsa")));
        assertFalse(Files.exists(work.resolve("st.txt")), "no statements for a run without tests");
    }

    @Test
    void aMissingJupiterEngineIsNamedInOneSentence(@TempDir Path work) {
        Path engine = Cli.locationOf("org.junit.jupiter.engine.JupiterTestEngine");
        String withoutEngine = Stream.of(junitCp.split(java.io.File.pathSeparator)).filter(e -> !Path.of(e).equals(engine))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Processes.Result run = Processes.sysimg(work, "-cp", cp(jar, lib.testClasses(), withoutEngine), "-p", "org.acme.units",
                "--statements", "st.txt", "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, engine.getFileName().toString(), "--class-path");
        assertEquals(1, run.stderr().lines().count(), "one sentence and nothing else:\n" + run.stderr());
        assertTrue(run.stdout().isBlank(), "nothing else:\n" + run.stdout());
        assertFalse(Files.exists(work.resolve("units.jsa")));
        assertFalse(Files.exists(work.resolve("st.txt")));
    }

    @Test
    void aClassPathEntryThatDoesNotExistIsNamed(@TempDir Path work) {
        Path missing = dir.resolve("lib/not-built-yet.jar");
        Processes.Result run = Processes.sysimg(work, "-cp", cp(jar, missing, lib.testClasses(), junitCp), "-p", "org.acme.units",
                "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, missing.toString(), "--class-path");
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    @Test
    void anImageClassPathWithoutTheIncludedPackagesIsRefusedBeforeTheTestsRun(@TempDir Path work) {
        Path junitJar = Cli.locationOf("org.opentest4j.AssertionFailedError");
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.units", "--image-class-path",
                junitJar.toString(), "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, junitJar.toString(), "org.acme.units", "--image-class-path");
        assertFalse(run.stdout().contains("tests found"), "refused before the tests ran:\n" + run.stdout());
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    /** -1 is also the training's own "by suite size": a user who writes it gets the refusal every negative value gets. */
    @ParameterizedTest(name = "--exclusive-class-limit {0}")
    @ValueSource(strings = {"-1", "-2"})
    void aNegativeExclusiveClassLimitIsRefusedBeforeTheTestsRun(String limit, @TempDir Path work) {
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.units", "--exclusive-class-limit", limit,
                "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, "--exclusive-class-limit " + limit, "negative");
        assertFalse(run.stdout().contains("tests found"), "refused before the tests ran:\n" + run.stdout());
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    @Test
    void aJavaHomeThatIsNotAJdkIsNamed(@TempDir Path work) {
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.units", "--java-home", work.toString(),
                "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, work.toString(), "--java-home");
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    @Test
    void anAotCacheWithJdk17IsRefusedBeforeTheTestsRun(@TempDir Path work) {
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.units", "--java-home", Cli.JDK17.toString(),
                "--image-kind", "aot", "--image", "units.aot");
        run.assertCleanError(-1 & 0xff, "Java 17", "--image-kind cds");
        assertFalse(Files.exists(work.resolve("units.aot")));
    }

    /**
     * An image folder that cannot be written. The tests run as root, for whom no permission bit stops a write,
     * so the folders are ones no one can write: a path under a regular file, and /proc.
     */
    static Stream<Arguments> unwritableImages() {
        return Stream.of(Arguments.of("missing-folder/units.jsa", "does not exist"),
                Arguments.of("a-file.txt/units.jsa", "is a file, not a folder"),
                Arguments.of("/proc/units.jsa", "is not writable"));
    }

    @ParameterizedTest(name = "--image {0}")
    @MethodSource("unwritableImages")
    void anImageFolderThatCannotBeWrittenIsRefusedBeforeTheTestsRun(String image, String reason, @TempDir Path work) throws Exception {
        Files.writeString(work.resolve("a-file.txt"), "not a folder");
        Processes.Result run = Processes.sysimg(work, "-cp", runClassPath(), "-p", "org.acme.units", "--statements", "st.txt",
                "--image", image);
        run.assertCleanError(-1 & 0xff, image, reason, "--image");
        assertFalse(run.stdout().contains("tests found"), "refused before the tests ran:\n" + run.stdout());
        assertFalse(Files.exists(work.resolve(image)));
        assertFalse(Files.exists(work.resolve("st.txt")));

        Processes.Result build = Processes.sysimg(work, "build", "--statements", statements.toString(), "--image", image);
        build.assertCleanError(-1 & 0xff, image, reason);
        assertFalse(Files.exists(work.resolve(image)));
    }

    // ---- statements files given to build ----

    @Test
    void garbageLinesAreSkippedEachWithFileAndLine(@TempDir Path work) throws Exception {
        Path garbage = Processes.statements(work.resolve("garbage.txt"), jar, "this is not a statement", "class", "method no.Hash",
                "lambda too few fields", "class org.acme.units.Unit\textra\ttabs");
        List<String> lines = Files.readAllLines(garbage);
        Processes.Result run = Processes.sysimg(work, "build", "--statements", garbage.toString(), "--image", "units.jsa").assertExit(0);
        List<String> warnings = run.stderr().lines().filter(l -> l.startsWith("sysimg-tests: warning:")).toList();
        assertEquals(5, warnings.size(), run.stderr());
        for (String bad : List.of("this is not a statement", "method no.Hash", "lambda too few fields")) {
            int line = lines.indexOf(bad) + 1;
            assertTrue(warnings.stream().anyMatch(w -> w.contains(garbage + ":" + line + ":") && w.contains(bad)),
                    "a warning names " + garbage + ":" + line + ":\n" + run.stderr());
        }
        assertTrue(run.errorLines().isEmpty(), run.stderr());
        assertTrue(Files.isRegularFile(work.resolve("units.jsa")));
    }

    @Test
    void aFutureFormatVersionIsRefusedNamingBothVersions(@TempDir Path work) throws Exception {
        Path future = work.resolve("future.txt");
        Files.writeString(future, Files.readString(statements).replace("@format 1", "@format 99"));
        Processes.Result run = Processes.sysimg(work, "build", "--statements", future.toString(), "--image", "units.jsa");
        String error = run.assertCleanError(-1 & 0xff, future.toString(), "format 99", "format 1");
        assertTrue(error.contains("newer sysimg-tests"), error);
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    @Test
    void classesNoLongerOnTheClassPathAreSkippedAndCounted(@TempDir Path work) throws Exception {
        Path old = Processes.statements(work.resolve("old.txt"), jar, "class org.acme.units.Gone", "class org.acme.units.Vanished",
                "method org.acme.units.Gone#run()V");
        Processes.Result run = Processes.sysimg(work, "build", "--statements", old.toString(), "--image", "units.jsa").assertExit(0);
        assertTrue(run.stdout().contains("Skipped 2 recorded classes that are not on the image class path (e.g. org.acme.units.Gone)"),
                run.stdout());
        assertTrue(run.stdout().contains("4 of the image class path"), run.stdout());
        assertTrue(Files.isRegularFile(work.resolve("units.jsa")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "comments and header only"})
    void anEmptyStatementsFileIsRefused(String kind, @TempDir Path work) throws Exception {
        Path empty = work.resolve("empty.txt");
        Files.writeString(empty, kind.equals("empty") ? "" : "# nothing recorded\n@format 1\n@image-class-path " + jar + "\n@end\n");
        Processes.Result run = Processes.sysimg(work, "build", "--statements", empty.toString(), "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, empty.toString(), "no statements");
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    @Test
    void aStatementsFileThatDoesNotExistIsNamed(@TempDir Path work) {
        Processes.Result run = Processes.sysimg(work, "build", "--statements", "nowhere.txt", "--image", "units.jsa");
        run.assertCleanError(-1 & 0xff, "nowhere.txt");
        assertFalse(Files.exists(work.resolve("units.jsa")));
    }

    // ---- paths with spaces and non-ASCII letters ----

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    /**
     * A library in "my libs/Bibliothèque", jar and test classes, end to end. JDK 17 never serves archived classes
     * of a jar whose path a file: URL escapes, so the tool copies such jars beside the image; JDK 24+ uses them.
     */
    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void aLibraryInAFolderWithSpacesAndNonAsciiLettersWorksEndToEnd(Path jdk, @TempDir Path work) throws Exception {
        Path folder = work.resolve("my libs").resolve("Bibliothèque");
        SampleLibrary.Compiled odd = SampleLibrary.compile(folder, junitCp);
        Path oddJar = Processes.jar(odd.classes(), folder.resolve("unités de mesure.jar"));
        String ext = Cli.imageExtension(jdk);
        Path image = work.resolve("images").resolve("units." + ext);
        Files.createDirectories(image.getParent());
        Processes.Result run = Processes.sysimg(folder, "-cp", cp("unités de mesure.jar", odd.testClasses(), junitCp), "-p", "org.acme.units",
                "--java-home", jdk.toString(), "--no-training", "--statements", "relevé é.txt", "--image", image.toString()).assertExit(0);
        assertTrue(Files.isRegularFile(folder.resolve("relevé é.txt")), run.stdout());

        String imageClassPath = ImageMetadata.readFor(image).classPath().toPathString();
        if (Cli.feature(jdk) < 24) {
            assertTrue(run.stdout().contains("Copied " + oddJar), run.stdout());
            assertFalse(imageClassPath.contains(" "), imageClassPath);
        } else {
            assertEquals(oddJar.toString(), imageClassPath);
        }
        Cli.Run withImage = Cli.java(jdk, folder, "@" + image + ".args", Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-cp", imageClassPath, MAIN, "3").assertExit(0);
        List<String[]> loads = Cli.classLoads(withImage.output());
        long library = loads.stream().filter(l -> l[0].startsWith("org.acme.units.") && !l[0].startsWith("org.acme.units.cli.")).count();
        long fromImage = loads.stream().filter(l -> l[0].startsWith("org.acme.units.") && !l[0].startsWith("org.acme.units.cli.")
                && l[1].startsWith("shared objects file")).count();
        assertTrue(library >= 4, "the main uses the library: " + library);
        assertTrue(fromImage >= 0.95 * library, fromImage + " of " + library + " library classes came from the image:\n" + withImage.output());
        Processes.sysimg(folder, "check", "--java-home", jdk.toString(), "--image", image.toString()).assertExit(0);
    }

    @Test
    void onJdk17AnImageInAFolderWithSpacesIsRefusedRatherThanSilentlyUnused(@TempDir Path work) throws Exception {
        assumeTrue(Cli.feature(Cli.JDK17) < 24, "only JDKs before 24 lose archived classes of such paths");
        Path folder = work.resolve("my libs").resolve("Bibliothèque");
        Files.createDirectories(folder);
        Path image = folder.resolve("units.jsa");
        Processes.Result run = Processes.sysimg(folder, "-cp", runClassPath(), "-p", "org.acme.units", "--no-training",
                "--image-class-path", lib.classes().toString(), "--statements", "st.txt", "--image", image.toString());
        run.assertCleanError(-1 & 0xff, folder.toString(), "spaces or non-ASCII", "--image");
        assertFalse(Files.exists(image));
        assertTrue(Files.isRegularFile(folder.resolve("st.txt")), "the recording is kept for a build elsewhere");
    }
}
