package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageBuilderTest {

    static final String FIXTURE = DumpFixture.class.getName();
    static final String FIXTURE_FILE = FIXTURE.replace('.', '/') + ".class";

    static Jdk jdk;

    @TempDir
    Path dir;

    @BeforeAll
    static void readJdk() {
        jdk = Jdk.current();
    }

    static StatementsFile statements(String... classes) {
        List<Statement> list = new ArrayList<>();
        for (String name : classes) {
            list.add(new Statement(StatementKind.CLASS, name));
        }
        return new StatementsFile(Map.of(StatementsFile.HEADER_JDK, jdk.describe()), list);
    }

    // ---- image kinds and file names ----

    @Test
    void imageKindOfOption() {
        assertEquals(ImageKind.CDS_ARCHIVE, ImageKind.ofOption("cds"));
        assertEquals(ImageKind.AOT_CACHE, ImageKind.ofOption("AOT"));
        assertNull(ImageKind.ofOption("jsa"));
        assertEquals("jsa", ImageKind.CDS_ARCHIVE.extension());
        assertEquals("aot", ImageKind.AOT_CACHE.extension());
    }

    @Test
    void imageKindRunOptions() {
        Path image = dir.resolve("app.aot");

        assertEquals(List.of("-XX:AOTCache=" + image.toAbsolutePath()), ImageKind.AOT_CACHE.runOptions(image));
        assertEquals(List.of("-XX:SharedArchiveFile=" + image.toAbsolutePath()), ImageKind.CDS_ARCHIVE.runOptions(image));
        assertEquals("-XX:AOTMode=on", ImageKind.AOT_CACHE.strictOption());
        assertEquals("-Xshare:on", ImageKind.CDS_ARCHIVE.strictOption());
    }

    @Test
    void companionFilesSitBesideTheImage() {
        Path image = dir.resolve("sysimg.jsa");

        assertEquals(dir.resolve("sysimg.jsa.args"), ArgFile.of(image));
        assertEquals(dir.resolve("sysimg.jsa.meta"), ImageMetadata.fileOf(image));
    }

    @Test
    void argFileOfAPlainPathIsUnquoted() {
        Path image = dir.resolve("app.aot");

        List<String> lines = ArgFile.text(ImageKind.AOT_CACHE.runOptions(image), image).lines().filter(l -> !l.startsWith("#")).toList();

        assertEquals(List.of("-XX:AOTCache=" + image.toAbsolutePath()), lines);
    }

    /** The value of -XX:SharedArchiveFile that the java launcher reads from {@code argFile}, or "" when it reads none. */
    static String sharedArchiveFileReadFrom(Path argFile) throws Exception {
        Process java = new ProcessBuilder(jdk.javaExecutable().toString(), "@" + argFile, "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
        Matcher flag = Pattern.compile("SharedArchiveFile\\s+= (.*?)\\s+\\{").matcher(output);
        assertTrue(flag.find(), output);
        return flag.group(1);
    }

    Path writeArgFile(Path image) throws IOException {
        Path argFile = dir.resolve("image.args");
        Files.writeString(argFile, ArgFile.text(ImageKind.CDS_ARCHIVE.runOptions(image), image), StandardCharsets.UTF_8);
        return argFile;
    }

    @Test
    void javaLauncherReadsTheImagePathWithSpacesFromTheArgFile() throws Exception {
        Path image = dir.resolve("my images").resolve("app v2.jsa").toAbsolutePath();

        assertEquals(image.toString(), sharedArchiveFileReadFrom(writeArgFile(image)));
    }

    @Test
    void javaLauncherReadsAPlainImagePathFromTheArgFile() throws Exception {
        Path image = dir.resolve("app.jsa").toAbsolutePath();

        assertEquals(image.toString(), sharedArchiveFileReadFrom(writeArgFile(image)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build#2", "o'brien"})
    void javaLauncherReadsAnImagePathWithArgFileSyntaxCharacters(String folder) throws Exception {
        Path image = dir.resolve(folder).resolve("app.jsa").toAbsolutePath();

        assertEquals(image.toString(), sharedArchiveFileReadFrom(writeArgFile(image)));
    }

    // ---- checks before any work ----

    @Test
    void aotCacheOnAJdkBefore24IsRefused() {
        Jdk jdk17 = new Jdk(jdk.home(), 17, jdk.vendor(), "17.0.9+9");

        SysimgException e = assertThrows(SysimgException.class,
                () -> ImageBuilder.checkTarget(jdk17, ImageKind.AOT_CACHE, dir.resolve("app.aot")));

        assertTrue(e.getMessage().contains("--image-kind cds"), e.getMessage());
        ImageBuilder.checkTarget(jdk17, ImageKind.CDS_ARCHIVE, dir.resolve("app.jsa"));
        ImageBuilder.checkTarget(new Jdk(jdk.home(), 24, jdk.vendor(), "24+36"), ImageKind.AOT_CACHE, dir.resolve("app.aot"));
    }

    @Test
    void imageInAMissingFolderIsRefusedNamingIt() {
        Path image = dir.resolve("missing").resolve("app.jsa");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageBuilder.checkTarget(jdk, ImageKind.CDS_ARCHIVE, image));

        assertTrue(e.getMessage().contains("\"" + image + "\""), e.getMessage());
    }

    @Test
    void emptyImageClassPathIsRefused() {
        Path image = dir.resolve("app.jsa");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageBuilder.build(jdk, ImageKind.CDS_ARCHIVE, ClassPath.empty(),
                statements(FIXTURE), image, null, line -> { }));

        assertTrue(e.getMessage().contains("--image-class-path"), e.getMessage());
        assertFalse(Files.exists(image));
    }

    @Test
    void imageClassPathWithoutAnyRecordedClassIsRefused() throws IOException {
        Path jar = TestFiles.jar(dir.resolve("unrelated.jar"), Map.of("org/other/Thing.class", TestFiles.classBytes(DumpFixture.class)));
        Path image = dir.resolve("app.jsa");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageBuilder.build(jdk, ImageKind.CDS_ARCHIVE,
                ClassPath.of(List.of(jar)), statements(FIXTURE), image, null, line -> { }));

        assertTrue(e.getMessage().contains(jar.toString()), e.getMessage());
        assertFalse(Files.exists(image));
    }

    @Test
    void missingImageClassPathEntryIsRefusedNamingIt() {
        Path missing = dir.resolve("missing.jar");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageBuilder.build(jdk, ImageKind.CDS_ARCHIVE,
                ClassPath.of(List.of(missing)), statements(FIXTURE), dir.resolve("app.jsa"), null, line -> { }));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    // ---- a real build ----

    @Test
    void buildsACdsArchiveThatTheJvmAccepts() throws Exception {
        Path classes = TestFiles.folder(dir.resolve("classes"), Map.of(FIXTURE_FILE, TestFiles.classBytes(DumpFixture.class)));
        Path image = dir.resolve("app.jsa");
        Files.writeString(image, "an older image");
        List<String> log = new ArrayList<>();

        ImageBuilder.Result result = ImageBuilder.build(jdk, ImageKind.CDS_ARCHIVE, ClassPath.of(List.of(classes)),
                statements(FIXTURE, "com.example.NotOnTheClassPath"), image, null, log::add);

        assertEquals(image.toAbsolutePath(), result.image());
        assertTrue(Files.size(image) > 1_000_000, "image of " + Files.size(image) + " bytes");
        assertEquals(Files.size(image), result.bytes());
        assertEquals(1, result.classList().includedClasses());
        assertEquals(List.of("com.example.NotOnTheClassPath"), result.classList().missingClasses());
        assertTrue(log.stream().anyMatch(l -> l.contains("com.example.NotOnTheClassPath")), log.toString());

        List<Path> jars = result.imageClassPath().entries();
        assertEquals(1, jars.size());
        assertTrue(Files.isRegularFile(jars.get(0)) && jars.get(0).toString().endsWith(".jar"), "directory packed into a jar: " + jars);
        assertEquals(java.util.Set.of(FIXTURE), ClassPath.classNames(jars.get(0)));

        assertEquals(ArgFile.text(ImageKind.CDS_ARCHIVE.runOptions(result.image()), result.image()),
                Files.readString(result.argFile(), StandardCharsets.UTF_8));
        ImageMetadata metadata = ImageMetadata.readFor(image);
        assertEquals(ImageKind.CDS_ARCHIVE, metadata.kind());
        assertEquals(List.of(), metadata.check(jdk, result.imageClassPath()));

        List<String> command = new ArrayList<>(List.of(jdk.javaExecutable().toString(), "@" + result.argFile(),
                ImageKind.CDS_ARCHIVE.strictOption(), "-cp", result.imageClassPath().toPathString(), "-version"));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
    }
}
