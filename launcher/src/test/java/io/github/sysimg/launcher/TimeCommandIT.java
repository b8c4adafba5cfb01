package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code time}: the user's own program, with and without the image, interleaved; the last line is the ratio. */
class TimeCommandIT {

    @Test
    void timesTheProgramWithAndWithoutTheImageAndEndsWithTheRatio(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--no-training", "--statements", "units.txt", "--image", "units.jsa").assertExit(0);

        Cli.Run run = Cli.sysimg(dir, "time", "--image", "units.jsa", "--runs", "3", "--", SecondLibraryIT.MAIN, "2").assertExit(0);
        List<String> lines = run.output().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("ratio \\d+\\.\\d{3}"), "the last line is the ratio: " + run.output());
        double ratio = Double.parseDouble(last.substring("ratio ".length()));
        assertTrue(ratio > 0.2 && ratio < 5, run.output());
        assertTrue(run.output().contains("without the image: median ") && run.output().contains("(3 runs)"), run.output());
        assertTrue(run.output().contains("with the image:    median "), run.output());
    }

    @Test
    void anAotCacheOfTheLibrarysTestsMakesItsProgramStartSooner(@TempDir Path dir) throws Exception {
        Cli.requireJdk(Cli.JDK25);
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Path jar = Processes.jar(lib.classes(), dir.resolve("units.jar"));
        Cli.sysimg(dir, "-cp", jar + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp, "-p", "org.acme.units",
                "--java-home", Cli.JDK25.toString(), "--statements", "units.txt", "--image", "units.aot").assertExit(0);

        Cli.Run run = Cli.sysimg(dir, "time", "--java-home", Cli.JDK25.toString(), "--image", "units.aot", "--", SecondLibraryIT.MAIN, "2")
                .assertExit(0);
        assertTrue(ratio(run) < 1, "the program starts sooner with the image:\n" + run.output());
        assertFalse(run.output().contains("made this program slower"), run.output());
    }

    /** The JDK modules whose classes go into the image of {@link #anAotCacheOfClassesTheProgramNeverUsesIsSlowerAndSaysWhy}. */
    static final Set<String> UNUSED_MODULES = Set.of("java.base", "java.desktop", "java.xml", "jdk.compiler", "java.management",
            "java.naming", "java.sql", "jdk.jfr", "jdk.javadoc", "jdk.jshell");

    /**
     * An AOT cache loads and links every class it holds at each start-up: one that holds, besides the library's classes,
     * the classes of ten JDK modules (about 17,000 beyond the JDK's default list, about 10 µs each) makes the units
     * program, which uses a few hundred, start some 100 ms later, well beyond the noise of eleven interleaved rounds.
     * {@code time} then says so, and what to do.
     */
    @Test
    void anAotCacheOfClassesTheProgramNeverUsesIsSlowerAndSaysWhy(@TempDir Path dir) throws Exception {
        Cli.requireJdk(Cli.JDK25);
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, Cli.junitClassPath());
        Path jar = Processes.jar(lib.classes(), dir.resolve("units.jar"));
        List<String> unused = new ArrayList<>();
        String module = "";
        for (String line : Cli.exec(dir, List.of(Cli.JDK25.resolve("bin/jimage").toString(), "list",
                Cli.JDK25.resolve("lib/modules").toString()), 120).assertExit(0).output().lines().toList()) {
            if (line.startsWith("Module: ")) {
                module = line.substring("Module: ".length()).strip();
            } else if (UNUSED_MODULES.contains(module) && line.strip().endsWith(".class") && !line.contains("module-info")) {
                unused.add("jdk " + line.strip().replace(".class", "").replace('/', '.'));
            }
        }
        assertTrue(unused.size() > 15_000, "classes of " + UNUSED_MODULES + ": " + unused.size());
        Path statements = Processes.statements(dir.resolve("wide.txt"), jar, unused.toArray(new String[0]));
        Cli.Run build = Cli.sysimg(dir, "build", "--java-home", Cli.JDK25.toString(), "--statements", statements.toString(),
                "--image", "wide.aot").assertExit(0);
        Matcher jdkClasses = Pattern.compile("(\\d+) JDK classes beyond the default list").matcher(build.output());
        assertTrue(jdkClasses.find() && Integer.parseInt(jdkClasses.group(1)) > 15_000, build.output());

        Cli.Run run = Cli.sysimg(dir, "time", "--java-home", Cli.JDK25.toString(), "--image", "wide.aot", "--", SecondLibraryIT.MAIN, "2")
                .assertExit(0);
        Matcher interval = Pattern.compile("90% interval of the ratio: \\[(\\d+\\.\\d+), (\\d+\\.\\d+)]").matcher(run.output());
        assertTrue(interval.find(), run.output());
        assertTrue(Double.parseDouble(interval.group(1)) > 1 && ratio(run) > 1, "slower beyond doubt:\n" + run.output());
        assertTrue(run.output().contains("The image made this program slower: an AOT cache loads and links every class it holds")
                && run.output().contains("--image-kind cds"), "the hint says why and what to do:\n" + run.output());
    }

    /** The ratio on the last line of a {@code time} run. */
    private static double ratio(Cli.Run run) {
        List<String> lines = run.output().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("ratio \\d+\\.\\d{3}"), "the last line is the ratio: " + run.output());
        return Double.parseDouble(last.substring("ratio ".length()));
    }

    @Test
    void anImageTheJvmRefusesIsNotTimedAsIfItWereUsed(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--no-training", "--statements", "units.txt", "--image", "units.jsa").assertExit(0);
        String imageClassPath = io.github.sysimg.core.ImageMetadata.readFor(dir.resolve("units.jsa")).classPath().toPathString();

        // the class path in the wrong order: the JVM refuses the image, which strict mode turns into a failure
        Cli.Run run = Cli.sysimg(dir, "time", "--image", "units.jsa", "--runs", "3", "--class-path",
                lib.testClasses() + File.pathSeparator + imageClassPath, "--", SecondLibraryIT.MAIN, "2");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("refused the image or the program failed; run verify"), run.output());
    }

    @Test
    void noRunsIsBadUsageInOneSentence(@TempDir Path dir) throws Exception {
        Processes.Result run = Processes.sysimg(dir, "time", "--image", "none.jsa", "--runs", "0", "--", "Main").assertExit(255);
        assertEquals("sysimg-tests: --runs 0 is not a number of runs; give 1 or more (11 or more for a useful interval).",
                run.stderr().strip());
    }
}
