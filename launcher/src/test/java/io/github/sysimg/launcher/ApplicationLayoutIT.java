package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application in the layout Spring Boot documents for CDS and AOT caches ({@code java -Djarmode=tools -jar
 * app.jar extract}): {@code app.jar} whose manifest names its main class and its dependencies
 * ({@code Class-Path: lib/...}), started with {@code java -jar app.jar}. The JVM follows the manifest; so must the image.
 */
class ApplicationLayoutIT {

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void anImageForTheAppJarServesTheClassesOfTheJarsItsManifestNames(Path jdk, @TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir.resolve("build"), junitCp);
        Path appJar = SampleLibrary.extractedLayout(dir, lib);

        String ext = Cli.imageExtension(jdk);
        Cli.sysimg(dir, "--class-path", appJar + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "-p", "org.acme.units", "--image-class-path", appJar.toString(), "--java-home", jdk.toString(),
                "--statements", "units.txt", "--image", "app." + ext).assertExit(0);

        Cli.Run run = Cli.java(jdk, dir, "@" + dir.resolve("app." + ext + ".args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-jar", appJar.toString(), "2").assertExit(0);
        List<String[]> loads = Cli.classLoads(run.output());
        assertTrue(loads.stream().anyMatch(l -> l[0].equals("org.acme.units.Converter") && l[1].startsWith("shared objects file")),
                "the library's classes, from the jar the manifest names, come from the image:\n" + run.output());

        Cli.Run verify = Cli.sysimg(dir, "verify", "--image", "app." + ext, "--java-home", jdk.toString(),
                "--", "java", "-jar", appJar.toString(), "2");
        verify.assertExit(0);
        assertTrue(verify.output().contains("served from the image"), verify.output());
    }
}
