package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageMetadataTest {

    static Jdk jdk;

    @TempDir
    Path dir;

    Path jarA;
    Path jarB;
    Path image;
    StatementsFile statements;

    @BeforeAll
    static void readJdk() {
        jdk = Jdk.current();
    }

    @BeforeEach
    void jars() throws IOException {
        jarA = TestFiles.jar(dir.resolve("lib a=1#x!.jar"), Map.of("com/example/Foo.class", TestFiles.bytes("foo")));
        jarB = TestFiles.jar(dir.resolve("lib-b.jar"), Map.of("com/example/Bar.class", TestFiles.bytes("bar")));
        image = dir.resolve("app.jsa");
        statements = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, jdk.describe()),
                List.of(new Statement(StatementKind.CLASS, "com.example.Foo"), new Statement(StatementKind.CLASS, "com.example.Bar")));
    }

    ImageMetadata writeMetadata() {
        ImageMetadata metadata = ImageMetadata.of(jdk, ImageKind.CDS_ARCHIVE, ClassPath.of(List.of(jarA, jarB)), statements, Map.of(), List.of());
        AtomicFiles.write(ImageMetadata.fileOf(image), metadata::writeTo);
        return metadata;
    }

    @Test
    void writeThenReadBack() throws IOException {
        ImageMetadata written = writeMetadata();

        ImageMetadata read = ImageMetadata.readFor(image);

        assertEquals(written, read);
        assertEquals(List.of(jarA, jarB), read.classPath().entries());
        assertEquals(jdk.vendor(), read.jdkVendor());
        assertEquals(jdk.runtimeVersion(), read.jdkVersion());
        assertEquals(ImageKind.CDS_ARCHIVE, read.kind());
        assertEquals(Files.size(jarA), read.entries().get(0).size());
        assertTrue(read.entries().get(0).sha256().matches("[0-9a-f]{64}"), read.entries().get(0).sha256());
        assertTrue(read.statementsSha256().matches("[0-9a-f]{64}"), read.statementsSha256());
    }

    @Test
    void writeThenReadBackValuesThatNeedEscaping() throws IOException {
        ImageMetadata written = new ImageMetadata("1.2.3", "Vendör: a=b #c !d \\e", "17.0.1+12", ImageKind.AOT_CACHE,
                List.of(new ImageMetadata.Entry(dir.resolve("mÿ jars").resolve("a:b=c#d!e\\f.jar"), 12345L, "ab".repeat(32))),
                "cd".repeat(32));

        AtomicFiles.write(ImageMetadata.fileOf(image), written::writeTo);

        assertEquals(written, ImageMetadata.readFor(image));
    }

    @Test
    void theOptionsAnImageNeedsBesidesItsKindsAreReadBackAndStartItsRuns() throws IOException {
        ImageMetadata written = new ImageMetadata("1.2.3", "Vendor", "25.0.3+9", ImageKind.AOT_CACHE,
                List.of(new ImageMetadata.Entry(jarA, 1L, "ab".repeat(32))), "cd".repeat(32), List.of("--add-modules=java.instrument"));

        AtomicFiles.write(ImageMetadata.fileOf(image), written::writeTo);
        ImageMetadata read = ImageMetadata.readFor(image);

        assertEquals(written, read);
        assertEquals(List.of("--add-modules=java.instrument", "-XX:AOTCache=" + image.toAbsolutePath()), read.runOptions(image));
        assertEquals(ImageKind.CDS_ARCHIVE.runOptions(image), writeMetadata().runOptions(image), "an image of its kind's options alone");
    }

    @Test
    void recordsTheToolVersion() {
        ImageMetadata metadata = writeMetadata();

        assertEquals(ImageMetadata.currentToolVersion(), metadata.toolVersion());
        assertNotEquals("unknown", metadata.toolVersion());
        assertFalse(metadata.toolVersion().contains("${"), metadata.toolVersion());
    }

    @Test
    void statementsHashFollowsTheStatements() {
        ClassPath cp = ClassPath.of(List.of(jarA));
        StatementsFile other = new StatementsFile(statements.header(), List.of(new Statement(StatementKind.CLASS, "com.example.Foo")));

        String hash = ImageMetadata.of(jdk, ImageKind.CDS_ARCHIVE, cp, statements, Map.of(), List.of()).statementsSha256();

        assertEquals(hash, ImageMetadata.of(jdk, ImageKind.CDS_ARCHIVE, cp, statements, Map.of(), List.of()).statementsSha256());
        assertNotEquals(hash, ImageMetadata.of(jdk, ImageKind.CDS_ARCHIVE, cp, other, Map.of(), List.of()).statementsSha256());
    }

    @Test
    void checkIsEmptyWhenEverythingFits() throws IOException {
        writeMetadata();
        ImageMetadata read = ImageMetadata.readFor(image);
        Path more = TestFiles.jar(dir.resolve("more.jar"), Map.of("x/Y.class", TestFiles.bytes("y")));

        assertEquals(List.of(), read.check(jdk, null));
        assertEquals(List.of(), read.check(jdk, ClassPath.of(List.of(jarA, jarB))));
        assertEquals(List.of(), read.check(jdk, ClassPath.of(List.of(jarA, jarB, more))), "the image class path is a prefix");
    }

    @Test
    void checkReportsAChangedJar() throws IOException {
        writeMetadata();
        TestFiles.jar(jarA, Map.of("com/example/Foo.class", TestFiles.bytes("foo, rebuilt with more content")));

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, ClassPath.of(List.of(jarA, jarB)));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(jarA.toString()), reasons.get(0));
        assertTrue(reasons.get(0).contains("changed"), reasons.get(0));
        assertFalse(reasons.get(0).contains(jarB.toString()), reasons.get(0));
    }

    @Test
    void checkReportsAJarChangedInPlaceWithTheSameSize() throws IOException {
        writeMetadata();
        byte[] bytes = Files.readAllBytes(jarB);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(jarB, bytes);

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, null);

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(jarB.toString()), reasons.get(0));
    }

    @Test
    void checkReportsAMissingJar() throws IOException {
        writeMetadata();
        Files.delete(jarB);

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, null);

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(jarB.toString()), reasons.get(0));
        assertTrue(reasons.get(0).contains("gone"), reasons.get(0));
    }

    @Test
    void checkReportsAClassPathWhosePrefixDiffers() {
        writeMetadata();

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, ClassPath.of(List.of(jarB, jarA)));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("entry 1"), reasons.get(0));
        assertTrue(reasons.get(0).contains(jarB.toString()), "the entry found: " + reasons.get(0));
        assertTrue(reasons.get(0).contains(jarA.toString()), "the entry expected: " + reasons.get(0));
    }

    @Test
    void checkReportsADifferentSecondEntry() throws IOException {
        writeMetadata();
        Path other = TestFiles.jar(dir.resolve("other.jar"), Map.of("x/Y.class", TestFiles.bytes("y")));

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, ClassPath.of(List.of(jarA, other, jarB)));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("entry 2"), reasons.get(0));
        assertTrue(reasons.get(0).contains(other.toString()), reasons.get(0));
        assertTrue(reasons.get(0).contains(jarB.toString()), reasons.get(0));
    }

    @Test
    void checkReportsAClassPathShorterThanTheImages() {
        writeMetadata();

        List<String> reasons = ImageMetadata.readFor(image).check(jdk, ClassPath.of(List.of(jarA)));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(jarB.toString()), reasons.get(0));
    }

    @Test
    void checkReportsADifferentJdk() {
        writeMetadata();
        Jdk other = new Jdk(jdk.home(), jdk.feature(), jdk.vendor(), jdk.runtimeVersion() + "-rebuilt");

        List<String> reasons = ImageMetadata.readFor(image).check(other, ClassPath.of(List.of(jarA, jarB)));

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains(jdk.runtimeVersion() + "-rebuilt"), "the JDK now: " + reasons.get(0));
        assertTrue(reasons.get(0).contains(jdk.runtimeVersion() + ","), "the JDK of the image: " + reasons.get(0));
    }

    @Test
    void checkReportsADifferentVendor() {
        writeMetadata();
        Jdk other = new Jdk(jdk.home(), jdk.feature(), "Other Vendor", jdk.runtimeVersion());

        List<String> reasons = ImageMetadata.readFor(image).check(other, null);

        assertEquals(1, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).contains("Other Vendor"), reasons.get(0));
    }

    @Test
    void checkReportsEveryProblemAtOnce() throws IOException {
        writeMetadata();
        Files.delete(jarA);
        TestFiles.jar(jarB, Map.of("com/example/Bar.class", TestFiles.bytes("bar, changed")));
        Jdk other = new Jdk(jdk.home(), jdk.feature(), jdk.vendor(), "99.0.1+1");

        List<String> reasons = ImageMetadata.readFor(image).check(other, ClassPath.of(List.of(jarB)));

        assertEquals(4, reasons.size(), reasons.toString());
    }

    @Test
    void readingWithoutMetadataNamesTheMissingFile() {
        SysimgException e = assertThrows(SysimgException.class, () -> ImageMetadata.readFor(image));

        assertTrue(e.getMessage().contains("app.jsa.meta"), e.getMessage());
        assertTrue(e.getMessage().contains(image.toString()), e.getMessage());
    }

    @Test
    void readingDamagedMetadataIsRefused() throws IOException {
        Files.writeString(ImageMetadata.fileOf(image), "tool.version=1\nclasspath.count=two\n");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageMetadata.readFor(image));

        assertTrue(e.getMessage().contains(ImageMetadata.fileOf(image).toString()), e.getMessage());
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void readingMetadataWithAnUnknownImageKindIsRefused() throws IOException {
        writeMetadata();
        Path file = ImageMetadata.fileOf(image);
        Files.writeString(file, Files.readString(file).replace("image.kind=cds", "image.kind=banana"));

        SysimgException e = assertThrows(SysimgException.class, () -> ImageMetadata.readFor(image));

        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void readingMetadataWithMissingEntriesIsRefused() throws IOException {
        Files.writeString(ImageMetadata.fileOf(image), "tool.version=1\nimage.kind=cds\nclasspath.count=2\nclasspath.0.path=/a.jar\n");

        SysimgException e = assertThrows(SysimgException.class, () -> ImageMetadata.readFor(image));

        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
