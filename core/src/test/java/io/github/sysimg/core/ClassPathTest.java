package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathTest {

    static final Set<String> EXPECTED_CLASSES = Set.of("Top", "com.example.Foo", "com.example.Foo$Inner", "com.example.sub.Bar");

    @TempDir
    Path dir;

    static Path abs(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }

    @Test
    void parseSplitsOnThePathSeparatorAndMakesEntriesAbsolute() {
        ClassPath cp = ClassPath.parse(List.of("a.jar" + File.pathSeparator + "lib/b.jar", " c.jar ", "", File.pathSeparator + "classes/"));

        assertEquals(List.of(abs("a.jar"), abs("lib/b.jar"), abs("c.jar"), abs("classes")), cp.entries());
        assertTrue(cp.entries().stream().allMatch(Path::isAbsolute));
    }

    @Test
    void parseDropsDuplicatesKeepingTheFirstPlace() {
        ClassPath cp = ClassPath.parse(List.of("a.jar" + File.pathSeparator + "b.jar", "x/../a.jar" + File.pathSeparator + "c.jar", "b.jar"));

        assertEquals(List.of(abs("a.jar"), abs("b.jar"), abs("c.jar")), cp.entries());
        assertEquals(String.join(File.pathSeparator, abs("a.jar").toString(), abs("b.jar").toString(), abs("c.jar").toString()),
                cp.toPathString());
    }

    @Test
    void parseOfNothingIsEmpty() {
        assertTrue(ClassPath.parse(List.of()).isEmpty());
        assertTrue(ClassPath.parse(List.of("", " ", File.pathSeparator)).isEmpty());
        assertTrue(ClassPath.empty().isEmpty());
        assertFalse(ClassPath.parse(List.of("a.jar")).isEmpty());
    }

    @Test
    void appendAddsOnlyNewEntries() {
        ClassPath ab = ClassPath.parse(List.of("a.jar", "b.jar"));
        ClassPath bc = ClassPath.parse(List.of("b.jar", "c.jar"));

        assertEquals(List.of(abs("a.jar"), abs("b.jar"), abs("c.jar")), ab.append(bc).entries());
        assertEquals(List.of(abs("a.jar"), abs("b.jar")), ab.entries(), "append leaves the original as it was");
    }

    @Test
    void requireExistingNamesTheMissingEntry() throws IOException {
        Path present = Files.createFile(dir.resolve("present.jar"));
        Path missing = dir.resolve("missing.jar");
        ClassPath cp = ClassPath.parse(List.of(present + File.pathSeparator + missing));

        SysimgException e = assertThrows(SysimgException.class, () -> cp.requireExisting(Setting.IMAGE_CLASS_PATH));

        assertTrue(e.getMessage().contains("\"" + missing + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("--image-class-path"), e.getMessage());
        assertFalse(e.getMessage().contains(present.toString()), e.getMessage());
    }

    @Test
    void requireExistingPassesWhenAllExist() throws IOException {
        Path jar = Files.createFile(dir.resolve("present.jar"));
        Path classes = Files.createDirectory(dir.resolve("classes"));
        ClassPath cp = ClassPath.parse(List.of(jar.toString(), classes.toString()));

        assertSame(cp, cp.requireExisting(Setting.CLASS_PATH));
    }

    @Test
    void classNamesOfAJar() throws IOException {
        Path jar = TestFiles.jar(dir.resolve("lib.jar"), TestFiles.mixedEntries());

        assertEquals(EXPECTED_CLASSES, ClassPath.classNames(jar));
    }

    @Test
    void classNamesOfADirectory() throws IOException {
        Path classes = TestFiles.folder(dir.resolve("classes"), TestFiles.mixedEntries());

        assertEquals(EXPECTED_CLASSES, ClassPath.classNames(classes));
    }

    @Test
    void classNamesOfAnEmptyJarAndDirectory() throws IOException {
        Path jar = TestFiles.jar(dir.resolve("empty.jar"), Map.of("META-INF/MANIFEST.MF", TestFiles.bytes("Manifest-Version: 1.0\n")));
        Path classes = Files.createDirectory(dir.resolve("empty"));

        assertEquals(Set.of(), ClassPath.classNames(jar));
        assertEquals(Set.of(), ClassPath.classNames(classes));
    }

    @Test
    void inPackagesMatchesPackagesAndSubPackagesOnly() {
        List<String> packages = List.of("com.example", "org.acme.core");

        assertTrue(ClassPath.inPackages("com.example.Foo", packages));
        assertTrue(ClassPath.inPackages("com.example.sub.Bar", packages));
        assertTrue(ClassPath.inPackages("org.acme.core.Baz$1", packages));
        assertFalse(ClassPath.inPackages("com.examples.Foo", packages));
        assertFalse(ClassPath.inPackages("org.acme.Core", packages));
        assertFalse(ClassPath.inPackages("com.example", packages));
    }
}
