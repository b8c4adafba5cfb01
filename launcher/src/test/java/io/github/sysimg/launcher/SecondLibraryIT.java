package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second library, compiled here, whose classes and tests are directories (as Maven's target/classes): the
 * JVM refuses non-empty directories in an image's class path, so the tool must pack them. The suite is run with
 * several JUnit versions, each with its own platform, and the image build is shown to run no library code.
 */
class SecondLibraryIT {
    static final String MAIN = "org.acme.units.cli.Main";

    /**
     * JUnit version, JDK, and the launcher the fork must get. Where that is a shipped one, the CLI runs with a
     * {@code user.home} of its own, so the local Maven repository (which has every launcher the build shipped) does
     * not win.
     */
    static Stream<Arguments> junitVersions() {
        return Stream.of(Arguments.of("own", Cli.JDK17, "from the local Maven repository"),
                Arguments.of("5.9.3", Cli.JDK17, "from the local Maven repository"),
                Arguments.of("5.10.2", Cli.JDK17, "the shipped junit-platform-launcher 1.10.3 (same 1.10 line as the engine)"),
                Arguments.of("6.1.3", Cli.JDK17, "the shipped junit-platform-launcher 6.1.3 on"),
                Arguments.of("own", Cli.JDK25, "from the local Maven repository"));
    }

    @ParameterizedTest(name = "JUnit {0} on {1}: {2}")
    @MethodSource("junitVersions")
    void recordsBuildsAndStartsFromTheImage(String junit, Path jdk, String launcher, @TempDir Path dir) throws Exception {
        Cli.requireJdk(jdk);
        String junitCp;
        if (junit.equals("own")) {
            junitCp = Cli.junitClassPath();
        } else {
            Optional<String> cp = Cli.junitClassPath(junit);
            Cli.require(cp.isPresent(), "JUnit " + junit + " jars were not copied into target/junit-versions (run through Maven)");
            junitCp = cp.get();
        }
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Path marker = lib.marker();
        String ext = Cli.imageExtension(jdk);
        List<String> cliOptions = launcher.startsWith("the shipped")
                ? List.of("-Duser.home=" + Files.createDirectories(dir.resolve("home-without-m2"))) : List.of();
        Cli.Run run = Cli.sysimg(dir, cliOptions, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--java-home", jdk.toString(),
                "--statements", "units.txt", "--image", "units." + ext).assertExit(0);
        assertFalse(run.output().contains("unaligned"), run.output());
        assertTrue(run.output().contains("Running the tests with ") && run.output().lines()
                .anyMatch(l -> l.startsWith("Running the tests with ") && l.contains(launcher)), run.output());
        assertTrue(run.output().contains("Packed directory " + lib.classes()), run.output());
        assertTrue(Files.exists(marker), "the tests ran the library's static initializer");

        StatementsFile statements = StatementsReader.read(dir.resolve("units.txt"));
        Set<String> classes = statements.names(StatementKind.CLASS);
        assertTrue(classes.containsAll(List.of("org.acme.units.Converter", "org.acme.units.Unit", "org.acme.units.Quantity",
                "org.acme.units.Registry")), classes.toString());
        assertTrue(classes.stream().noneMatch(c -> c.endsWith("Test")), classes.toString());
        assertFalse(classes.contains(MAIN));
        assertTrue(statements.names(StatementKind.METHOD).contains("org.acme.units.Converter#convert(Lorg/acme/units/Quantity;Lorg/acme/units/Unit;)Lorg/acme/units/Quantity;"),
                statements.names(StatementKind.METHOD).toString());
        assertTrue(statements.names(StatementKind.METHOD).stream().noneMatch(m -> m.contains("Test#")));
        assertFalse(statements.names(StatementKind.LAMBDA).isEmpty());

        // The statements file is data: building from it must not run the library's code.
        Files.delete(marker);
        Path rebuilt = dir.resolve("rebuilt." + ext);
        Cli.sysimg(dir, "build", "--statements", "units.txt", "--java-home", jdk.toString(), "--image", rebuilt.toString()).assertExit(0);
        assertFalse(Files.exists(marker), "building the image ran the library's static initializer");
        Cli.assertServes(dir, jdk, rebuilt.toString(), MAIN, "2");

        Path image = dir.resolve("units." + ext);
        String imageClassPath = ImageMetadata.readFor(image).classPath().toPathString();
        assertTrue(imageClassPath.endsWith(".jar"), imageClassPath);
        Cli.Run plain = Cli.java(jdk, dir, "-cp", imageClassPath, MAIN, "12.5").assertExit(0);
        Cli.Run withImage = Cli.java(jdk, dir, "@" + dir.resolve("units." + ext + ".args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-cp", imageClassPath, MAIN, "12.5").assertExit(0);
        assertEquals(plain.output().strip(), Cli.programOutput(withImage.output()).strip());
        List<String[]> loads = Cli.classLoads(withImage.output());
        long included = loads.stream().filter(l -> l[0].startsWith("org.acme.units.") && !l[0].startsWith("org.acme.units.cli.")).count();
        long fromImage = loads.stream().filter(l -> l[0].startsWith("org.acme.units.") && !l[0].startsWith("org.acme.units.cli.")
                && l[1].startsWith("shared objects file")).count();
        assertTrue(included >= 4, "the main uses the library: " + included);
        assertTrue(fromImage >= 0.95 * included, fromImage + " of " + included + " library classes came from the image");
    }

    @Test
    void theTrainedImageHoldsTheJdkClassesTheLibraryNeedsNotThoseOnlyATestUsed(@TempDir Path dir) throws Exception {
        Path jdk = Cli.JDK25;
        Cli.requireJdk(jdk);
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp, SampleLibrary.TEST_ONLY_JDK_CLASS_TEST);
        Cli.Run run = Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--java-home", jdk.toString(), "--statements", "units.txt", "--image", "units.aot")
                .assertExit(0);
        Matcher replayed = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(run.output());
        assertTrue(replayed.find() && replayed.group(1).equals(replayed.group(2)) && replayed.group(3).equals("0"), run.output());
        // the training runs the tests that first exercised a statement: the test that uses the Exchanger is one
        assertTrue(StatementsReader.read(dir.resolve("units.txt")).statements().stream()
                        .anyMatch(s -> s.kind() != StatementKind.TEST && s.attribution().contains("[class:org.acme.units.HandOverTest]")),
                "the test that uses the Exchanger first exercised something, so the training ran it: " + run.output());

        // An AOT-linked image loads every class it holds at start-up: the start-up's class loads are the image.
        String imageClassPath = ImageMetadata.readFor(dir.resolve("units.aot")).classPath().toPathString();
        Cli.Run withImage = Cli.java(jdk, dir, "@" + dir.resolve("units.aot.args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-cp", imageClassPath, MAIN, "1").assertExit(0);
        Set<String> fromImage = new HashSet<>();
        for (String[] load : Cli.classLoads(withImage.output())) {
            if (load[1].startsWith("shared objects file")) {
                fromImage.add(load[0]);
            }
        }
        assertTrue(fromImage.contains("org.acme.units.Converter"), "the library is in the image");
        assertFalse(fromImage.contains("java.util.concurrent.Exchanger"), "only a test used the Exchanger");
        List<String> defaults = Jdk.at(jdk).defaultClassListLines();
        List<String> libraryJdkClasses = StatementsReader.read(dir.resolve("units.txt")).names(StatementKind.JDK).stream()
                .filter(c -> !defaults.contains(c.replace('.', '/'))).toList();
        assertFalse(libraryJdkClasses.isEmpty(), "the library uses JDK classes beyond the default class list");
        assertTrue(fromImage.containsAll(libraryJdkClasses), "the JDK classes the library used are in the image: " + libraryJdkClasses);
    }

    static Stream<Path> jdks() {
        return Stream.of(Cli.JDK17, Cli.JDK25);
    }

    /**
     * A library built as for Java 8 concatenates strings with {@code StringBuilder}, and nothing in its tests' run
     * links a string concatenation; the application's own concatenations are linked at every start all the same.
     */
    @ParameterizedTest(name = "on {0}")
    @MethodSource("jdks")
    void theApplicationsOwnStringConcatenationsLinkWithClassesFromTheImage(Path jdk, @TempDir Path dir) throws Exception {
        Cli.requireJdk(jdk);
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp, Map.of(), List.of("-XDstringConcat=inline"));
        Path app = SampleLibrary.compileApp(dir, lib.classes(), Map.of("org/acme/report/Report.java", """
                package org.acme.report;
                import org.acme.units.*;
                public final class Report {
                    public static void main(String[] args) {
                        Quantity q = new Converter().parse(args[0]);
                        long rank = args.length;
                        System.out.println("#" + rank + " " + q.unit().symbol() + ": " + q.amount() + " (" + args.length + ")");
                    }
                }
                """));
        String ext = Cli.imageExtension(jdk);
        Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--java-home", jdk.toString(), "--statements", "units.txt", "--image", "units." + ext)
                .assertExit(0);

        String imageClassPath = ImageMetadata.readFor(dir.resolve("units." + ext)).classPath().toPathString();
        Cli.Run withImage = Cli.java(jdk, dir, "@" + dir.resolve("units." + ext + ".args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-cp", imageClassPath + File.pathSeparator + app, "org.acme.report.Report", "2 km").assertExit(0);
        assertEquals("#1 km: 2.0 (1)", Cli.programOutput(withImage.output()).strip());
        List<String[]> concat = Cli.classLoads(withImage.output()).stream()
                .filter(l -> l[0].startsWith("java.lang.invoke.StringConcatFactory")).toList();
        assertFalse(concat.isEmpty(), "the application concatenated strings through StringConcatFactory");
        List<String> elsewhere = concat.stream().filter(l -> !l[1].startsWith("shared objects file")).map(l -> l[0] + " from " + l[1]).toList();
        assertTrue(elsewhere.isEmpty(), "string concatenation classes loaded from outside the image: " + elsewhere);
    }

    @Test
    void testsThatMockWithMockitosInlineMockMakerTrainOnJdk25WithoutTheAgentMachineryInTheImage(@TempDir Path dir) throws Exception {
        Path jdk = Cli.JDK25;
        Cli.requireJdk(jdk);
        Optional<String> mockito = Cli.junitClassPath("mockito5");
        Cli.require(mockito.isPresent(), "Mockito 5 jars were not copied into target/junit-versions/mockito5 (run through Maven)");
        String testCp = Cli.junitClassPath() + File.pathSeparator + mockito.get();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, testCp, SampleLibrary.MOCKITO_TEST);
        Cli.Run run = Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + testCp,
                "-p", "org.acme.units", "--java-home", jdk.toString(), "--statements", "units.txt", "--image", "units.aot",
                "--report", "report").assertExit(0);
        assertTrue(run.output().contains("6 tests successful"), run.output());
        // Mockito 5 attaches its agent at run time; the mocking test passes in the training as it did under JUnit
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(run.output());
        assertTrue(trained.find(), run.output());
        assertEquals("6", trained.group(1), trained.group());
        assertEquals("0", trained.group(3), trained.group());
        List<String> agentClasses = Files.readAllLines(dir.resolve("report/classlist.txt")).stream()
                .filter(l -> l.startsWith("java/lang/instrument/") || l.startsWith("sun/instrument/") || l.contains("/attach/"))
                .toList();
        assertEquals(List.of(), agentClasses, "the image holds none of the classes that attach and run an agent");
    }

    @Test
    void suitesBringingTheirOwnByteBuddyAndAsmRecordAsUsual(@TempDir Path dir) throws Exception {
        Optional<String> mockito = Cli.junitClassPath("mockito");
        Cli.require(mockito.isPresent(), "Mockito jars were not copied into target/junit-versions/mockito (run through Maven)");
        String testCp = Cli.junitClassPath() + File.pathSeparator + mockito.get();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, testCp, SampleLibrary.MOCKITO_TEST);
        Cli.Run run = Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + testCp,
                "-p", "org.acme.units", "--statements", "units.txt", "--image", "units.jsa").assertExit(0);
        assertTrue(run.output().contains("6 tests successful"), run.output());
        StatementsFile statements = StatementsReader.read(dir.resolve("units.txt"));
        assertTrue(statements.names(StatementKind.METHOD).contains("org.acme.units.Converter#parse(Ljava/lang/String;)Lorg/acme/units/Quantity;"));
        assertTrue(statements.names(StatementKind.CLASS).stream().noneMatch(c -> c.contains("MockitoMock") || c.contains("ByteBuddy")),
                statements.names(StatementKind.CLASS).toString());
    }

    @Test
    void failingTestsStillBuildTheImageAndExitWithOne(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp, SampleLibrary.FAILING_TEST);
        Cli.Run run = Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--image", "units.jsa").assertExit(1);
        assertTrue(run.output().contains("1 tests failed; the image was built from what ran"), run.output());
        Cli.assertServes(dir, Cli.JDK17, "units.jsa", MAIN, "2");
    }

    @Test
    void noTestsFoundExitsWithTwo(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Cli.Run run = Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.nothing.here", "--image", "units.jsa").assertExit(2);
        assertTrue(run.output().contains("No tests found for --select-package org.acme.nothing.here"), run.output());
        assertFalse(Files.exists(dir.resolve("units.jsa")));
    }
}
