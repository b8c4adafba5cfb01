package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The main job on the bundled sample-suite, end to end: the real CLI, the real test JVM, the real image. */
class SampleSuiteIT {
    static final Path SAMPLE_JAR = Path.of(System.getProperty("sysimg.sample.jar")).toAbsolutePath();
    static final Path SAMPLE_TESTS = Path.of(System.getProperty("sysimg.sample.test.classes")).toAbsolutePath();
    static final String MAIN = "io.github.sysimg.sample.app.SampleMain";
    static final String LIBRARY_PACKAGE = "io.github.sysimg.sample.templates";

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void recordsTheSuiteAndStartsTheSampleMainFromTheImage(Path jdk, @TempDir Path dir) throws Exception {
        String ext = Cli.imageExtension(jdk);
        Cli.Run run = Cli.sysimg(dir, "--class-path", SAMPLE_JAR + File.pathSeparator + SAMPLE_TESTS + File.pathSeparator + Cli.junitClassPath(),
                "--select-package", "io.github.sysimg.sample", "--java-home", jdk.toString(),
                "--statements", "statements.txt", "--image", "sample." + ext).assertExit(0);
        assertTrue(run.output().contains("tests successful"), run.output());
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(run.output());
        assertTrue(trained.find(), run.output());
        // Every test selected trains, parameterized and nested ones too; and those that use
        // package-private parts of the library pass (the tests share the library's class loader, hence its packages).
        assertEquals(trained.group(2), trained.group(1), trained.group());
        // a suite of fewer tests than the training test limit trains every test that passed
        Matcher successful = Pattern.compile("(\\d+) tests successful").matcher(run.output());
        assertTrue(successful.find(), run.output());
        assertEquals(successful.group(1), trained.group(2), "every test that passed trains: " + trained.group());
        assertTrue(run.output().contains("Training run: running the " + trained.group(2) + " recorded tests that passed"), run.output());
        assertEquals("0", trained.group(3), trained.group());
        assertTrue(run.output().contains("trained by running the tests again"), run.output());
        assertTrue(run.output().contains("java @" + dir.resolve("sample." + ext + ".args")), run.output());

        StatementsFile statements = StatementsReader.read(dir.resolve("statements.txt"));
        assertTrue(statements.isComplete());
        assertEquals("1", statements.header().get("format"));
        assertTrue(statements.header().get("jdk").contains(Cli.feature(jdk) + "."), statements.header().toString());
        assertEquals("--select-package io.github.sysimg.sample", statements.header().get("selectors"));
        assertTrue(statements.header().containsKey("time"));
        assertTrue(statements.warnings().isEmpty(), statements.warnings().toString());

        Set<String> libraryClasses = ClassPath.classNames(SAMPLE_JAR);
        Set<String> testClasses = ClassPath.classNames(SAMPLE_TESTS);
        Set<String> recorded = statements.names(StatementKind.CLASS);
        assertTrue(recorded.size() >= 20, "recorded classes: " + recorded);
        for (String name : recorded) {
            assertTrue(libraryClasses.contains(name), name + " is not a class of the sample library");
            assertFalse(testClasses.contains(name), name + " is a test class");
        }
        assertFalse(recorded.contains(MAIN), "the sample main is never run by the tests");
        Set<String> methods = statements.names(StatementKind.METHOD);
        assertTrue(methods.size() >= 100, "recorded methods: " + methods.size());
        assertTrue(methods.stream().allMatch(m -> libraryClasses.contains(m.substring(0, m.indexOf('#')))));
        assertTrue(statements.names(StatementKind.TEST).size() >= 50);
        assertFalse(statements.names(StatementKind.LAMBDA).isEmpty(), "the sample library uses lambdas");

        Path argFile = dir.resolve("sample." + ext + ".args");
        assertTrue(Files.isRegularFile(dir.resolve("sample." + ext)));
        Cli.Run plain = Cli.java(jdk, dir, "-cp", SAMPLE_JAR.toString(), MAIN).assertExit(0);
        Cli.Run withImage = Cli.java(jdk, dir, "@" + argFile, Cli.strictOption(jdk), "-Xlog:class+load=info", "-cp",
                SAMPLE_JAR.toString(), MAIN).assertExit(0);
        assertEquals(plain.output().strip(), Cli.programOutput(withImage.output()).strip(), "the sample's output changed");

        List<String[]> loads = Cli.classLoads(withImage.output());
        long included = loads.stream().filter(l -> l[0].startsWith(LIBRARY_PACKAGE + ".")).count();
        long fromImage = loads.stream().filter(l -> l[0].startsWith(LIBRARY_PACKAGE + ".") && l[1].startsWith("shared objects file")).count();
        assertTrue(included >= 10, "the sample main loads the library: " + included);
        assertTrue(fromImage >= 0.95 * included, fromImage + " of " + included + " library classes came from the image");

        Cli.Run verify = Cli.sysimg(dir, "verify", "--java-home", jdk.toString(), "--image", "sample." + ext, "--", MAIN).assertExit(0);
        assertTrue(verify.output().contains("served from the image"), verify.output());
    }

    /** The summary of what the training left out counts the test classes as the test run's summary does. */
    @Test
    void theLeftOutClassesAreCountedAgainstTheTestClassesThatRan(@TempDir Path dir) {
        Cli.Run run = Cli.sysimg(dir, "--class-path", SAMPLE_JAR + File.pathSeparator + SAMPLE_TESTS + File.pathSeparator + Cli.junitClassPath(),
                "--select-package", "io.github.sysimg.sample", "--exclusive-class-limit", "1",
                "--statements", "statements.txt", "--image", "sample." + Cli.imageExtension(Cli.JDK17)).assertExit(0);
        Matcher found = Pattern.compile("\\d+ tests found in (\\d+) classes").matcher(run.output());
        assertTrue(found.find(), run.output());
        Matcher leftOut = Pattern.compile("Training run: left out (\\d+) classes that only one test class loads, those of (\\d+) of the (\\d+) "
                + "test classes trained \\(.*; exclusive class limit 1\\)").matcher(run.output());
        assertTrue(leftOut.find(), "the training left out the classes of some test classes, and says of how many:\n" + run.output());
        assertEquals(found.group(1), leftOut.group(3), "every test class that ran trained: " + leftOut.group());
        assertTrue(Integer.parseInt(leftOut.group(2)) < Integer.parseInt(leftOut.group(3)), leftOut.group());
    }
}
