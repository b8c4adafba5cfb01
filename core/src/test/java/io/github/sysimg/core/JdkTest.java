package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkTest {

    @TempDir
    Path dir;

    @Test
    void folderThatIsNotAJdkIsRefusedQuotingIt() throws IOException {
        Path notAJdk = Files.createDirectory(dir.resolve("not a jdk"));
        Files.writeString(notAJdk.resolve("README"), "hello");

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(notAJdk));

        assertTrue(e.getMessage().contains("\"" + notAJdk + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("--java-home"), e.getMessage());
    }

    @Test
    void missingFolderIsRefusedQuotingIt() {
        Path missing = dir.resolve("no-such-jdk");

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(missing));

        assertTrue(e.getMessage().contains("\"" + missing + "\""), e.getMessage());
    }

    @Test
    void folderWithReleaseButNoJavaIsRefused() throws IOException {
        Path home = Files.createDirectory(dir.resolve("jre-less"));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"21.0.1\"\n");

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(home));

        assertTrue(e.getMessage().contains("\"" + home + "\""), e.getMessage());
    }

    @Test
    void currentJdkIsTheOneRunningTheTests() throws IOException {
        Jdk jdk = Jdk.current();

        assertTrue(jdk.feature() >= 17, "feature " + jdk.feature());
        assertEquals(Runtime.version().feature(), jdk.feature());
        assertEquals(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize(), jdk.home());
        assertEquals(System.getProperty("java.runtime.version"), jdk.runtimeVersion());
        assertFalse(jdk.vendor().isBlank());
        assertFalse(jdk.vendor().startsWith("\""), jdk.vendor());
        assertTrue(Files.isExecutable(jdk.javaExecutable()), jdk.javaExecutable().toString());
        assertEquals(jdk.feature() >= 24, jdk.supportsAotCache());
        assertEquals(jdk.feature() >= 24 ? ImageKind.AOT_CACHE : ImageKind.CDS_ARCHIVE, jdk.defaultImageKind());
        assertEquals(jdk.vendor() + " " + jdk.runtimeVersion(), jdk.describe());
    }

    @Test
    void defaultClassListLinesHaveNoCommentsOrBlanks() throws IOException {
        List<String> lines = Jdk.current().defaultClassListLines();

        assertTrue(lines.contains("java/lang/Object"));
        assertTrue(lines.stream().noneMatch(l -> l.isBlank() || l.startsWith("#")));
        assertTrue(lines.stream().noneMatch(l -> !l.equals(l.strip())));
    }

    @Test
    void readsAJdkFolder() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("jdk-21"),
                "IMPLEMENTOR=\"Acme Corp\"\nJAVA_RUNTIME_VERSION=\"21.0.2+13-LTS\"\nJAVA_VERSION=\"21.0.2\"\n", true);

        Jdk jdk = Jdk.at(home);

        assertEquals(new Jdk(home.toAbsolutePath().normalize(), 21, "Acme Corp", "21.0.2+13-LTS"), jdk);
        assertFalse(jdk.supportsAotCache());
        assertEquals(List.of("java/lang/Object", "java/lang/String"), jdk.defaultClassListLines());
    }

    @Test
    void readsAJdkFolderGivenAsARelativeOrUnnormalizedPath() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("jdk-25"), "JAVA_VERSION=\"25\"\n", true);

        Jdk jdk = Jdk.at(home.resolve("bin").resolve(".."));

        assertEquals(home.toAbsolutePath().normalize(), jdk.home());
        assertEquals(25, jdk.feature());
        assertEquals("25", jdk.runtimeVersion(), "without JAVA_RUNTIME_VERSION the version stands for it");
        assertTrue(jdk.supportsAotCache());
        assertEquals(ImageKind.AOT_CACHE, jdk.defaultImageKind());
    }

    @Test
    void tooOldJdkIsRefused() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("jdk-11"), "JAVA_VERSION=\"11.0.2\"\n", true);

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(home));

        assertTrue(e.getMessage().contains("11.0.2"), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + home + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("17"), e.getMessage());
    }

    @Test
    void java8IsRefusedAsTooOld() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("jdk8"), "JAVA_VERSION=\"1.8.0_292\"\n", true);

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(home));

        assertTrue(e.getMessage().contains("1.8.0_292"), e.getMessage());
        assertTrue(e.getMessage().contains("too old"), e.getMessage());
    }

    @Test
    void releaseFileWithoutVersionIsRefused() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("odd"), "IMPLEMENTOR=\"Acme\"\n", true);

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(home));

        assertTrue(e.getMessage().contains("\"" + home + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("version"), e.getMessage());
    }

    @Test
    void jdkWithoutDefaultClassListIsRefused() throws IOException {
        Path home = TestFiles.fakeJdk(dir.resolve("jlinked"), "JAVA_VERSION=\"21.0.2\"\n", false);

        SysimgException e = assertThrows(SysimgException.class, () -> Jdk.at(home));

        assertTrue(e.getMessage().contains("lib/classlist"), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + home + "\""), e.getMessage());
    }
}
