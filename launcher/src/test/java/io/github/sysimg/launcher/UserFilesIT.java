package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool runs other people's tests: beyond what their JUnit run itself writes, it writes nothing outside its
 * scratch space and the files the user named. Tests that write into a {@code @TempDir} write relative paths when
 * the folder is not injected ({@code new File((File) null, name)} is {@code ./name}): the training must inject it as
 * JUnit does.
 */
class UserFilesIT {
    /** Tests that write files named like the user's own into their temporary folders. */
    static final Map<String, String> TEMP_DIR_TESTS = Map.of("org/acme/units/SaveTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.io.File;
            import java.nio.file.Files;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.io.TempDir;
            import org.junit.jupiter.params.ParameterizedTest;
            import org.junit.jupiter.params.provider.ValueSource;
            class SaveTest {
                @TempDir File folder;
                @Test void savesIntoTheTemporaryFolderField() throws Exception {
                    File file = new File(folder, "testfile1.txt");
                    Files.writeString(file.toPath(), new Converter().parse("3 km").toString());
                    assertEquals(Unit.KILOMETRE, new Converter().parse("3 km").unit());
                }
                @Test void savesIntoATemporaryFolderParameter(@TempDir File dir) throws Exception {
                    Quantity q = new Converter().convert(new Quantity(2, Unit.METRE), Unit.MILLIMETRE);
                    Files.writeString(new File(dir, "README").toPath(), q.format());
                }
                @ParameterizedTest @ValueSource(strings = {"1 mi", "4 in"})
                void savesEachCase(String text) throws Exception {
                    String line = text.startsWith("1") ? String.join(",", new Converter().table(new Quantity(1, Unit.MILE)))
                            : Unit.INCH.symbol();
                    Files.writeString(new File(folder, "case.txt").toPath(), line);
                }
            }
            """);

    static Stream<Path> jdks() {
        return Cli.jdks();
    }

    @ParameterizedTest(name = "JDK at {0}")
    @MethodSource("jdks")
    void aTrainingRunLeavesTheUsersFilesAsTheyWere(Path jdk, @TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir.resolve("build"), junitCp, TEMP_DIR_TESTS);
        Path work = Files.createDirectories(dir.resolve("work"));
        byte[] userText = "the user's own notes\n".getBytes(StandardCharsets.UTF_8);
        Path testfile = Files.write(work.resolve("testfile1.txt"), userText);
        Path readme = Files.write(work.resolve("README"), "the user's README\n".getBytes(StandardCharsets.UTF_8));
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(testfile, past);
        Files.setLastModifiedTime(readme, past);

        String ext = Cli.imageExtension(jdk);
        Cli.Run run = Cli.sysimg(work, "--class-path", lib.classes() + File.pathSeparator + lib.testClasses() + File.pathSeparator + junitCp,
                "--select-class", "org.acme.units.SaveTest", "--java-home", jdk.toString(),
                "--statements", "units.txt", "--image", "units." + ext).assertExit(0);
        assertArrayEquals(userText, Files.readAllBytes(testfile), "the user's testfile1.txt is as it was");
        assertEquals(past, Files.getLastModifiedTime(testfile), "the user's testfile1.txt was not written");
        assertEquals(past, Files.getLastModifiedTime(readme), "the user's README was not written");
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(run.output());
        assertTrue(trained.find(), run.output());
        // the tests that first exercised a part of the library train, each with its temporary folders
        assertEquals(trained.group(2), trained.group(1), "every test selected for the training ran: " + trained.group());
        assertTrue(Integer.parseInt(trained.group(1)) >= 2, "tests with a @TempDir field and parameter trained: " + trained.group());
        assertEquals("0", trained.group(3), "the tests get their temporary folders in the training too: " + trained.group());

        Set<String> files;
        try (Stream<Path> list = Files.list(work)) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(Set.of("README", "testfile1.txt", "units.txt", "units." + ext, "units." + ext + ".args",
                "units." + ext + ".meta",
                // the library's classes directory, packed as a jar beside the image (the JVM refuses directories)
                "units." + ext + ".classes")), files, "the working directory holds the user's files and the ones they named");
    }
}
