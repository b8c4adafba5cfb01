package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application's image from the application's own tests, its dependencies included (as PackageCompiler's
 * {@code create_app}): the tests of package {@code org.acme.app} use the units library, a dependency named by the
 * application jar's manifest. A library image for the selected package holds none of the dependency's classes;
 * {@code --application} holds those the tests loaded.
 */
class ApplicationImageIT {

    static final Map<String, String> APP_TEST = Map.of("org/acme/app/ShippingTest.java", """
            package org.acme.app;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.acme.units.Converter;
            import org.acme.units.Unit;
            import org.junit.jupiter.api.Test;
            class ShippingTest {
                @Test void parcelsAreMeasuredInMetres() {
                    assertEquals(Unit.METRE, new Converter().parse("2 m").unit());
                }
            }
            """);

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void theImageOfAnApplicationHoldsTheDependencyClassesItsTestsLoaded(Path jdk, @TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir.resolve("build"), junitCp, APP_TEST);
        Path appJar = SampleLibrary.extractedLayout(dir, lib);
        String ext = Cli.imageExtension(jdk);
        String testClassPath = appJar + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp;

        Cli.Run library = Cli.sysimg(dir, "--class-path", testClassPath, "-p", "org.acme.app", "--image-class-path", appJar.toString(),
                "--java-home", jdk.toString(), "--statements", "library.txt", "--image", "library." + ext);
        assertNotEquals(0, library.exitCode(), "a library image of org.acme.app has nothing to hold:\n" + library.output());
        assertTrue(library.output().contains("org.acme.app"), library.output());

        Cli.sysimg(dir, "--class-path", testClassPath, "-p", "org.acme.app", "--application", "--image-class-path", appJar.toString(),
                "--java-home", jdk.toString(), "--statements", "app.txt", "--image", "app." + ext).assertExit(0);

        Cli.Run run = Cli.java(jdk, dir, "@" + dir.resolve("app." + ext + ".args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-jar", appJar.toString(), "2").assertExit(0);
        List<String[]> loads = Cli.classLoads(run.output());
        assertTrue(loads.stream().anyMatch(l -> l[0].equals("org.acme.units.Converter") && l[1].startsWith("shared objects file")),
                "the dependency's class that the application's tests loaded comes from the image:\n" + run.output());
    }
}
