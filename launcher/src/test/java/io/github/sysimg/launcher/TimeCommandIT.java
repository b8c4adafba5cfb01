package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
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
