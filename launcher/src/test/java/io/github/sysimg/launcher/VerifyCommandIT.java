package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} in the forms the README gives, with a whole {@code java} command as well as a main class. */
class VerifyCommandIT {

    @Test
    void aJavaCommandWithoutItsOwnClassPathRunsWithTheGivenOne(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--no-training", "--statements", "units.txt", "--image", "units.jsa").assertExit(0);
        String imageClassPath = io.github.sysimg.core.ImageMetadata.readFor(dir.resolve("units.jsa")).classPath().toPathString();

        Cli.Run run = Cli.sysimg(dir, "verify", "--image", "units.jsa", "--class-path", imageClassPath,
                "--", "java", "-Dunits.note=given", SecondLibraryIT.MAIN, "2");
        run.assertExit(0);
        assertTrue(run.output().contains("served from the image"), run.output());
        assertFalse(run.output().contains("mismatch"), run.output());
    }

    @Test
    void theJavaOfAnotherJdkRunsWithThatJdksImage(@TempDir Path dir) throws Exception {
        Path jdk = Cli.JDK25;
        Cli.requireJdk(jdk);
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir, junitCp);
        Cli.sysimg(dir, "-cp", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--no-training", "--java-home", jdk.toString(),
                "--statements", "units.txt", "--image", "units.aot").assertExit(0);
        String imageClassPath = io.github.sysimg.core.ImageMetadata.readFor(dir.resolve("units.aot")).classPath().toPathString();

        // no --java-home: the image is JDK 25's, and so is the java named in the command
        Cli.Run run = Cli.sysimg(dir, "verify", "--image", "units.aot",
                "--", jdk.resolve("bin/java").toString(), "-cp", imageClassPath, SecondLibraryIT.MAIN, "2");
        run.assertExit(0);
        assertTrue(run.output().contains("served from the image"), run.output());
    }
}
