package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests that read their resources at a relative path ({@code src/test/resources/...}, as commons-io's do) run in the
 * project's base directory under Surefire: {@code --working-dir} gives the test JVM and the training that folder, and
 * a run elsewhere names the option.
 */
class WorkingDirIT {
    static final Map<String, String> RELATIVE_RESOURCE_TEST = Map.of("org/acme/units/ResourceTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import org.junit.jupiter.api.Test;
            class ResourceTest {
                @Test void readsItsQuantityFromTheSourceTree() throws Exception {
                    assertEquals(Unit.METRE, new Converter().parse("2 m").unit());
                    String text = Files.readString(Path.of("src/test/resources/quantity.txt")).strip();
                    assertEquals(Unit.KILOMETRE, new Converter().parse(text).unit());
                }
                @Test void readsItAgain() throws Exception {
                    assertEquals(Unit.KILOMETRE, new Converter().parse(Files.readString(Path.of("src/test/resources/quantity.txt")).strip()).unit());
                }
            }
            """);

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void theTestsAndTheTrainingRunInTheWorkingDirAndARunElsewhereNamesIt(Path jdk, @TempDir Path dir) throws Exception {
        String ext = Cli.imageExtension(jdk);
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir.resolve("build"), junitCp, RELATIVE_RESOURCE_TEST);
        Path project = Files.createDirectories(dir.resolve("project/src/test/resources")).getParent().getParent().getParent();
        Files.writeString(project.resolve("src/test/resources/quantity.txt"), "3 km\n");
        Path work = Files.createDirectories(dir.resolve("work"));
        String cp = lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp;

        Cli.Run inProject = Cli.sysimg(work, "--class-path", cp, "--select-class", "org.acme.units.ResourceTest",
                "--working-dir", project.toString(), "--java-home", jdk.toString(), "--image", "units." + ext).assertExit(0);
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(inProject.output());
        assertTrue(trained.find(), inProject.output());
        assertTrue(Integer.parseInt(trained.group(1)) > 0, "a test that reads the file trains: " + trained.group());
        assertEquals("0", trained.group(3), "the training runs in the working dir too: " + trained.group());

        Cli.Run elsewhere = Cli.sysimg(work, "--class-path", cp, "--select-class", "org.acme.units.ResourceTest",
                "--java-home", jdk.toString(), "--image", "elsewhere." + ext, "--report", "report").assertExit(1);
        assertTrue(elsewhere.output().contains("sysimg-tests: hint: 2 tests failed on a missing file at a relative path "
                + "(src/test/resources/quantity.txt) in " + work.toRealPath() + "; give the folder they expect"), elsewhere.output());
        assertTrue(elsewhere.output().contains("with --working-dir"), elsewhere.output());

        // the report says what failed and does not rank those tests as if they were normal
        String page = Files.readString(work.resolve("report/index.html"));
        assertTrue(page.contains("The tests: 2 found in 1 classes, 0 successful, 2 failed, 0 aborted, 0 skipped."), page);
        assertTrue(page.contains("id=\"failed-tests\">Tests that failed or were aborted: 2<"), page);
        String ranking = page.substring(page.indexOf("<section id=\"tests\">"), page.indexOf("id=\"failed-tests\""));
        assertTrue(!ranking.contains("readsItsQuantityFromTheSourceTree"), "a failed test is not ranked: " + ranking);
        assertTrue(page.contains("src/test/resources/quantity.txt"), page);
        assertTrue(Files.isRegularFile(work.resolve("report/never-exercised.txt")), "the full never-exercised list is beside the page");
    }

    @Test
    void aWorkingDirThatIsNoFolderIsRefused(@TempDir Path dir) {
        Cli.Run run = Cli.sysimg(dir, "--class-path", dir.toString(), "--select-package", "org.acme", "--working-dir", "no-such-dir")
                .assertExit(255);
        assertEquals("sysimg-tests: --working-dir \"no-such-dir\" is not a folder; give the folder the tests expect to run in "
                + "(the project's base directory).", run.output().strip());
    }
}
