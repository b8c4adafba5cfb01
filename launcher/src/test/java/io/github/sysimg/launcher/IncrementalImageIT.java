package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --incremental} end to end on the bundled sample-suite, JDK 17: the real CLI records and trains a CDS top
 * layer over the JDK's default archive; the sample main gets the library's classes from the layer and the JDK's
 * from the default archive, the layer is a fraction of the full image's size, and a class path in the wrong order
 * costs the layer only, where it costs a full image all sharing.
 */
class IncrementalImageIT {
    static final String MAIN = SampleSuiteIT.MAIN;

    @TempDir
    static Path dir;
    static Cli.Run recorded;
    static Path layer;
    static Path full;

    @BeforeAll
    static void recordAnIncrementalImageAndBuildAFullOne() {
        recorded = Cli.sysimg(dir, "--class-path", SampleSuiteIT.SAMPLE_JAR + File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS
                        + File.pathSeparator + Cli.junitClassPath(),
                "--select-package", "io.github.sysimg.sample", "--include-package", SampleSuiteIT.LIBRARY_PACKAGE,
                "--statements", "statements.txt", "--image", "layer.jsa", "--incremental").assertExit(0);
        Cli.sysimg(dir, "build", "--statements", "statements.txt", "--image", "full.jsa").assertExit(0);
        layer = dir.resolve("layer.jsa");
        full = dir.resolve("full.jsa");
    }

    /** Class name and source of each class the main loaded; the JVM pads the tags once a warning was logged too. */
    private static List<String[]> run(Path image, String classPath) {
        String output = Cli.java(Cli.JDK17, dir, "@" + image + ".args", "-Xlog:class+load=info", "-cp", classPath, MAIN).assertExit(0).output();
        return output.lines().filter(l -> l.contains("class,load") && l.contains(" source: ")).map(l -> {
            String head = l.substring(0, l.indexOf(" source: "));
            return new String[] {head.substring(head.lastIndexOf("] ") + 2).strip(), l.substring(l.indexOf(" source: ") + 9).strip()};
        }).toList();
    }

    private static String source(List<String[]> loads, String className) {
        return loads.stream().filter(l -> l[0].equals(className)).map(l -> l[1]).findFirst().orElseThrow();
    }

    @Test
    void theLayerServesTheLibraryOverTheJdksDefaultArchiveAndIsSmallerThanTheFullImage() throws Exception {
        assertTrue(recorded.output().contains("CDS top layer"), recorded.output());
        assertTrue(Files.readString(dir.resolve("layer.jsa.meta")).contains("image.kind=cds-top-layer"));
        long layerBytes = Files.size(layer);
        long fullBytes = Files.size(full);
        assertTrue(layerBytes * 3 < fullBytes, "layer " + layerBytes + " bytes, full image " + fullBytes + " bytes");

        List<String[]> loads = run(layer, SampleSuiteIT.SAMPLE_JAR.toString());
        List<String[]> library = loads.stream().filter(l -> l[0].startsWith(SampleSuiteIT.LIBRARY_PACKAGE + ".")).toList();
        long fromLayer = library.stream().filter(l -> l[1].equals("shared objects file (top)")).count();
        assertTrue(library.size() > 10 && fromLayer >= 0.9 * library.size(), fromLayer + " of " + library.size() + " library classes from the layer");
        assertEquals("shared objects file", source(loads, "java.lang.Object"), "the JDK's default archive is the layer's base");

        Cli.Run verify = Cli.sysimg(dir, "verify", "--image", "layer.jsa", "--", MAIN).assertExit(0);
        assertTrue(verify.output().contains("from the image (its top layer), ") && verify.output().contains("from the JDK's default archive under it"),
                verify.output());
        Cli.sysimg(dir, "check", "--image", "layer.jsa", "--class-path", SampleSuiteIT.SAMPLE_JAR.toString()).assertExit(0);
    }

    @Test
    void aClassPathInTheWrongOrderCostsTheLayerButKeepsTheJdksArchive() {
        String wrongOrder = Cli.junitClassPath().split(File.pathSeparator)[0] + File.pathSeparator + SampleSuiteIT.SAMPLE_JAR;

        List<String[]> withLayer = run(layer, wrongOrder);
        assertEquals("shared objects file", source(withLayer, "java.lang.Object"), "a refused layer leaves the JDK's archive in use");
        assertTrue(withLayer.stream().noneMatch(l -> l[1].equals("shared objects file (top)")), "the layer itself is refused");

        List<String[]> withFull = run(full, wrongOrder);
        assertTrue(withFull.stream().noneMatch(l -> l[1].startsWith("shared objects file")),
                "a refused full image leaves the JVM without any sharing, the JDK's classes too");

        Cli.Run check = Cli.sysimg(dir, "check", "--image", "layer.jsa", "--class-path", wrongOrder).assertExit(1);
        assertTrue(check.output().contains("prefix"), check.output());
    }

    @Test
    void rebuildIfStaleKeepsAFreshLayer() {
        Cli.Run again = Cli.sysimg(dir, "--class-path", SampleSuiteIT.SAMPLE_JAR + File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS
                        + File.pathSeparator + Cli.junitClassPath(),
                "--select-package", "io.github.sysimg.sample", "--include-package", SampleSuiteIT.LIBRARY_PACKAGE,
                "--statements", "statements.txt", "--image", "layer.jsa", "--incremental", "--rebuild-if-stale").assertExit(0);
        assertTrue(again.output().contains("is fresh"), again.output());
    }

    @Test
    void aJdkThatCannotTakeTheLayerIsRefusedInOneSentence() {
        Cli.Run aot = Cli.sysimg(dir, "build", "--statements", "statements.txt", "--image", "aot.jsa", "--image-kind", "aot",
                "--incremental").assertExit(255);
        assertEquals(List.of("sysimg-tests: --image-kind aot and --incremental do not go together: an AOT cache replaces the JDK's "
                + "default archive and takes no top layer; leave out one of them."), aot.output().lines().toList());
        Cli.requireJdk(Cli.JDK25);
        Cli.Run jdk25 = Cli.sysimg(dir, "build", "--statements", "statements.txt", "--image", "jdk25.jsa", "--incremental",
                "--java-home", Cli.JDK25.toString()).assertExit(255);
        assertEquals(1, jdk25.output().lines().count(), jdk25.output());
        assertTrue(jdk25.output().contains("cannot take") && jdk25.output().contains("leave out --incremental"), jdk25.output());
        assertTrue(!Files.exists(dir.resolve("jdk25.jsa")));
    }
}
