package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool counts tests as JUnit does, end to end: a suite with no plain {@code @Test} at all, only parameterized,
 * repeated, factory, custom template and nested tests, is run and recorded with every kind of selector, and the
 * number of tests found is the one JUnit's own ConsoleLauncher reports for the same selection.
 */
class JUnitCountsIT {
    static final Path CONSOLE = Path.of(System.getProperty("sysimg.junit.console",
            "target/junit-console/junit-platform-console-standalone.jar")).toAbsolutePath();
    static final Pattern FOUND = Pattern.compile("(?m)^(?:\\[sysimg] )?(\\d+) tests found in (\\d+) classes$");
    static final Pattern CONSOLE_FOUND = Pattern.compile("\\[\\s*(\\d+) tests found\\s*]");

    /** Tests of the units library without a single static test: JUnit creates each of them while running. */
    static final Map<String, String> TEMPLATE_ONLY_TESTS = Map.of(
            "org/acme/units/kinds/ScalesTest.java", """
            package org.acme.units.kinds;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.acme.units.*;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.CsvSource;
            import org.junit.jupiter.params.provider.ValueSource;
            class ScalesTest {
                @ParameterizedTest @ValueSource(strings = {"1 m", "2 km", "3 mi"})
                void parses(String text) { assertEquals(text.split(" ")[1], new Converter().parse(text).unit().symbol()); }
                @ParameterizedTest @CsvSource({"1,KILOMETRE,1000", "2,METRE,2"})
                void converts(double amount, Unit unit, double metres) {
                    assertEquals(metres, new Converter().convert(new Quantity(amount, unit), Unit.METRE).amount(), 1e-9);
                }
            }
            """,
            "org/acme/units/kinds/RepeatedParseTest.java", """
            package org.acme.units.kinds;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.acme.units.*;
            import org.junit.jupiter.api.RepeatedTest;
            class RepeatedParseTest {
                @RepeatedTest(4) void parsesAgain() { assertEquals(Unit.INCH, new Converter().parse("4 in").unit()); }
            }
            """,
            "org/acme/units/kinds/TableFactoryTest.java", """
            package org.acme.units.kinds;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.util.stream.Stream;
            import org.acme.units.*;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.TestFactory;
            class TableFactoryTest {
                @TestFactory Stream<DynamicTest> everyUnit() {
                    return Stream.of(Unit.values()).map(u -> DynamicTest.dynamicTest(u.name(),
                            () -> assertEquals(u, new Converter().convert(new Quantity(1, Unit.METRE), u).unit())));
                }
            }
            """,
            "org/acme/units/kinds/NestedUnitsTest.java", """
            package org.acme.units.kinds;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.acme.units.*;
            import org.junit.jupiter.api.Nested;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.EnumSource;
            class NestedUnitsTest {
                @Nested class Symbols {
                    @ParameterizedTest @EnumSource(Unit.class)
                    void lookUp(Unit unit) { assertEquals(unit, new Converter().parse("1 " + unit.symbol()).unit()); }
                }
            }
            """,
            "org/acme/units/kinds/TwiceTest.java", """
            package org.acme.units.kinds;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.util.stream.Stream;
            import org.acme.units.*;
            import org.junit.jupiter.api.TestTemplate;
            import org.junit.jupiter.api.extension.*;
            class TwiceTest {
                static class Twice implements TestTemplateInvocationContextProvider {
                    @Override public boolean supportsTestTemplate(ExtensionContext context) { return true; }
                    @Override public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
                        return Stream.of(new TestTemplateInvocationContext() { }, new TestTemplateInvocationContext() { });
                    }
                }
                @TestTemplate @ExtendWith(Twice.class)
                void formats() { assertEquals("1.000 km", new Quantity(1, Unit.KILOMETRE).format()); }
            }
            """);

    /**
     * One plain test and three dynamic ones, the first of which waits at the gate until the IT has seen the progress
     * lines it wants: JUnit has then created only the dynamic tests so far.
     */
    static final Map<String, String> SLOW_FACTORY_TEST = Map.of("org/acme/units/slow/SlowFactoryTest.java", """
            package org.acme.units.slow;
            import java.util.stream.Stream;
            import org.acme.units.*;
            import org.junit.jupiter.api.DynamicTest;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestFactory;
            class SlowFactoryTest {
                @Test void parses() { new Converter().parse("1 m"); }
                @TestFactory Stream<DynamicTest> slowly() {
                    return Stream.of("1 km", "2 mi", "3 in").map(t -> DynamicTest.dynamicTest(t, () -> {
                        new Converter().parse(t);
                        org.acme.gate.Gate.pass();
                    }));
                }
            }
            """);

    @TempDir
    static Path dir;
    static SampleLibrary.Compiled lib;
    static String classPath;

    @BeforeAll
    static void compile() throws Exception {
        Map<String, String> tests = new java.util.HashMap<>(TEMPLATE_ONLY_TESTS);
        tests.putAll(SLOW_FACTORY_TEST);
        tests.putAll(SampleLibrary.GATE);
        lib = SampleLibrary.compile(dir, Cli.junitClassPath(), tests);
        classPath = lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + Cli.junitClassPath();
    }

    /** Each selection on each JDK (a CDS archive on 17, an AOT cache on 25). */
    static Stream<Arguments> selections() {
        List<Path> jdks = Cli.jdks().toList();
        return plainSelections().flatMap(selection -> jdks.stream().map(jdk -> Arguments.of(selection.get()[0], jdk)));
    }

    static Stream<Arguments> plainSelections() {
        String scales = "org.acme.units.kinds.ScalesTest";
        return Stream.of(
                Arguments.of((Object) new String[] {"--select-package", "org.acme.units.kinds"}),
                Arguments.of((Object) new String[] {"--select-class", scales}),
                Arguments.of((Object) new String[] {"--select-method", scales + "#parses(java.lang.String)"}),
                Arguments.of((Object) new String[] {"--select-unique-id", "[engine:junit-jupiter]/[class:" + scales
                        + "]/[test-template:parses(java.lang.String)]/[test-template-invocation:#2]"}),
                Arguments.of((Object) new String[] {"--select-method", "org.acme.units.kinds.RepeatedParseTest#parsesAgain"}),
                Arguments.of((Object) new String[] {"--select-method", "org.acme.units.kinds.TableFactoryTest#everyUnit"}),
                Arguments.of((Object) new String[] {"--select-class", "org.acme.units.kinds.NestedUnitsTest"}),
                Arguments.of((Object) new String[] {"--select-class", "org.acme.units.kinds.TwiceTest"}));
    }

    @ParameterizedTest(name = "{0} JDK at {1}")
    @MethodSource("selections")
    void eachSelectorRecordsTheTestsJUnitRunsAndCountsThemAsJUnitDoes(String[] selection, Path jdk, @TempDir Path work) throws Exception {
        long junitFound = consoleLauncherCount(work, selection);
        assertTrue(junitFound > 0, "the selection holds tests for JUnit");

        String image = "units." + Cli.imageExtension(jdk);
        List<String> args = new ArrayList<>(List.of("-cp", classPath, "--include-package", "org.acme.units", "--no-training",
                "--java-home", jdk.toString(), "--statements", "st.txt", "--image", image));
        args.addAll(List.of(selection));
        Cli.Run run = Cli.sysimg(work, args.toArray(new String[0])).assertExit(0);
        Matcher found = FOUND.matcher(run.output());
        assertTrue(found.find(), run.output());
        assertEquals(junitFound, Long.parseLong(found.group(1)), "tests found, as JUnit's ConsoleLauncher counts them:\n" + run.output());
        assertTrue(run.output().contains(junitFound + " tests successful"), run.output());
        assertEquals(junitFound, StatementsReader.read(work.resolve("st.txt")).names(StatementKind.TEST).size(),
                "each test JUnit ran is recorded");
        assertTrue(Files.isRegularFile(work.resolve(image)));
    }

    @Test
    void theProgressLineCountsTheTestsJUnitCreatesWhileRunning(@TempDir Path work) throws Exception {
        String[] selection = {"--select-class", "org.acme.units.slow.SlowFactoryTest"};
        long junitFound = consoleLauncherCount(work, selection);
        Path gate = work.resolve("gate");
        Pattern progress = Pattern.compile("\\[sysimg] progress: (\\d+)/(\\d+) tests");
        String output;
        try (Cli.Started run = Cli.start(work, work.resolve("output.txt"), Processes.command("-cp", classPath, "--include-package",
                "org.acme.units", "--no-training", "--progress-seconds", "1", "--jvm-arg", "-Dacme.gate=" + gate, selection[0], selection[1],
                "--statements", "st.txt", "--image", "units.jsa"))) {
            // Two lines while the first dynamic test waits: JUnit has not created the other two yet.
            run.awaitOutput("two progress lines", o -> progress.matcher(o).results().count() >= 2);
            Cli.open(gate);
            output = run.finish().assertExit(0).output();
        }
        List<long[]> lines = progress.matcher(output).results()
                .map(m -> new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}).toList();
        for (long[] line : lines) {
            assertTrue(line[0] <= line[1] && line[1] <= junitFound, line[0] + "/" + line[1] + " of " + junitFound + " tests JUnit found:\n"
                    + output);
        }
        assertTrue(lines.get(0)[1] < junitFound, "the first lines count the tests JUnit has created so far, not all "
                + junitFound + ":\n" + output);
        Matcher found = FOUND.matcher(output);
        assertTrue(found.find() && Long.parseLong(found.group(1)) == junitFound, junitFound + " tests found:\n" + output);
    }

    /** ConsoleLauncher's counts by selection: each selection runs on each JDK, JUnit's count is the same. */
    static final Map<List<String>, Long> CONSOLE_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The "tests found" of JUnit's ConsoleLauncher, of the tests' JUnit version, for the same selection. */
    static long consoleLauncherCount(Path work, String... selection) {
        return CONSOLE_COUNTS.computeIfAbsent(List.of(selection), s -> runConsoleLauncher(work, selection));
    }

    private static long runConsoleLauncher(Path work, String... selection) {
        assertTrue(Files.isRegularFile(CONSOLE), "JUnit's ConsoleLauncher was not copied to " + CONSOLE);
        List<String> args = new ArrayList<>(List.of("-jar", CONSOLE.toString(), "execute", "--disable-banner", "--disable-ansi-colors",
                "--details=summary", "--class-path", lib.classes() + File.pathSeparator + lib.testClasses()));
        args.addAll(List.of(selection));
        Cli.Run console = Cli.java(Cli.JDK17, work, args.toArray(new String[0])).assertExit(0);
        Matcher found = CONSOLE_FOUND.matcher(console.output());
        assertTrue(found.find(), console.output());
        return Long.parseLong(found.group(1));
    }
}
