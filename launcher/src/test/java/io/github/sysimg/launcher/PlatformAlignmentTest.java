package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each source of the fork's junit-platform-launcher that {@link PlatformAlignment} can pick, in its order. */
class PlatformAlignmentTest {
    @TempDir
    Path dir;

    final EmbeddedJars embedded = new EmbeddedJars();

    @Test
    void theSuitesOwnLauncherWinsOverEverythingElse() throws IOException {
        Path repo = repositoryWithLauncher("1.10.2");
        PlatformAlignment.Decision d = PlatformAlignment.decide(classPath("junit-platform-engine-1.10.2.jar",
                "junit-platform-launcher-1.10.2.jar"), embedded, repo);
        assertEquals(Optional.empty(), d.launcherJar(), "nothing is added: the suite's launcher is on its class path");
        assertEquals("1.10.2", d.engineVersion());
        assertEquals("the suite's own junit-platform-launcher 1.10.2", d.how());
    }

    @Test
    void theLocalRepositorysLauncherOfTheEnginesExactVersionComesNext() throws IOException {
        Path repo = repositoryWithLauncher("1.10.2");
        PlatformAlignment.Decision d = PlatformAlignment.decide(classPath("junit-platform-engine-1.10.2.jar"), embedded, repo);
        assertEquals(Optional.of(repo.resolve("org/junit/platform/junit-platform-launcher/1.10.2/junit-platform-launcher-1.10.2.jar")),
                d.launcherJar());
        assertEquals("junit-platform-launcher 1.10.2 from the local Maven repository", d.how());
    }

    @Test
    void withoutItAShippedLauncherOfTheExactVersion() throws IOException {
        PlatformAlignment.Decision d = PlatformAlignment.decide(classPath("junit-platform-engine-1.11.4.jar"), embedded,
                repositoryWithLauncher("1.10.2"));
        assertEquals("the shipped junit-platform-launcher 1.11.4", d.how());
        assertShippedLauncher(d, "1.11.4");
    }

    @Test
    void elseAShippedLauncherOfTheSameMinorLine() throws IOException {
        PlatformAlignment.Decision d = PlatformAlignment.decide(classPath("junit-platform-engine-1.10.2.jar"), embedded,
                dir.resolve("empty-repository"));
        assertEquals("1.10.2", d.engineVersion());
        assertEquals("the shipped junit-platform-launcher 1.10.3 (same 1.10 line as the engine)", d.how());
        assertShippedLauncher(d, "1.10.3");
    }

    @Test
    void theEngineVersionOfAJarNamedOtherwiseComesFromItsManifest() throws IOException {
        Path engine = dir.resolve("platform-engine.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "6.0.3");
        try (OutputStream out = Files.newOutputStream(engine); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("org/junit/platform/engine/TestEngine.class"));
            jar.closeEntry();
        }
        PlatformAlignment.Decision d = PlatformAlignment.decide(ClassPath.of(List.of(engine)), embedded, dir.resolve("empty-repository"));
        assertEquals("6.0.3", d.engineVersion());
        assertEquals("the shipped junit-platform-launcher 6.0.3", d.how());
    }

    @Test
    void aPlatformLineWithNoShippedLauncherIsAnErrorThatSaysWhatToAdd() throws IOException {
        SysimgException e = assertThrows(SysimgException.class, () -> PlatformAlignment.decide(
                classPath("junit-platform-engine-1.8.2.jar"), embedded, dir.resolve("empty-repository")));
        assertEquals("The suite uses junit-platform-engine 1.8.2, for which sysimg-tests ships no launcher; add "
                + "org.junit.platform:junit-platform-launcher:1.8.2 to --class-path.", e.getMessage());
    }

    @Test
    void noEngineAtAllIsAnErrorThatSaysWhatToAdd() throws IOException {
        SysimgException e = assertThrows(SysimgException.class, () -> PlatformAlignment.decide(classPath("mylib.jar"), embedded,
                dir.resolve("empty-repository")));
        assertTrue(e.getMessage().startsWith("No junit-platform-engine jar is on the class path given with --class-path"), e.getMessage());
    }

    private static void assertShippedLauncher(PlatformAlignment.Decision d, String version) throws IOException {
        Path jar = d.launcherJar().orElseThrow();
        assertEquals("junit-platform-launcher-" + version + ".jar", jar.getFileName().toString());
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertTrue(file.getEntry("org/junit/platform/launcher/Launcher.class") != null, jar + " is a launcher jar");
        }
    }

    /** Empty files with the given names: the decision reads versions from jar names first. */
    private ClassPath classPath(String... names) throws IOException {
        List<Path> entries = new java.util.ArrayList<>();
        for (String name : names) {
            entries.add(Files.createFile(dir.resolve(name)));
        }
        return ClassPath.of(entries);
    }

    private Path repositoryWithLauncher(String version) throws IOException {
        Path repo = dir.resolve("repository");
        Path jar = repo.resolve("org/junit/platform/junit-platform-launcher/" + version + "/junit-platform-launcher-" + version + ".jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[0]);
        return repo;
    }
}
