package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which images are written from the application's own start: a Spring Boot application's extracted jar on JDK 25+. */
class ApplicationStartTest {
    static final Jdk JDK25 = new Jdk(Path.of("/jdk25"), 25, "Vendor", "25.0.3+9");
    static final Jdk JDK24 = new Jdk(Path.of("/jdk24"), 24, "Vendor", "24.0.2+12");

    @TempDir
    Path dir;

    Path jar(String name, Map<String, String> attributes, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void springBootsExtractedApplicationJarOnJdk25StartsToARefreshedContext() throws IOException {
        Path app = jar("app.jar", Map.of("Main-Class", "com.example.App", "Spring-Boot-Version", "4.0.7", "Class-Path", "lib/a.jar"),
                "com/example/App.class");

        var start = ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(app)));

        assertTrue(start.isPresent());
        assertEquals("com.example.App", start.get().mainClass());
    }

    @Test
    void anyOtherImageKeepsTheCacheFromTheClassList() throws IOException {
        Path app = jar("app.jar", Map.of("Main-Class", "com.example.App", "Spring-Boot-Version", "4.0.7"), "com/example/App.class");
        Path plain = jar("plain.jar", Map.of("Main-Class", "com.example.App"), "com/example/App.class");
        Path fat = jar("fat.jar", Map.of("Main-Class", "org.springframework.boot.loader.launch.JarLauncher", "Spring-Boot-Version", "4.0.7"),
                "BOOT-INF/", "BOOT-INF/classes/com/example/App.class");
        Path lib = jar("lib.jar", Map.of(), "com/example/Lib.class");
        Path old = jar("old.jar", Map.of("Main-Class", "com.example.App", "Spring-Boot-Version", "3.1.12"), "com/example/App.class");

        assertTrue(ApplicationStart.of(JDK25, ImageKind.CDS_ARCHIVE, ClassPath.of(List.of(app))).isEmpty(), "a CDS archive has no profiles");
        assertTrue(ApplicationStart.of(JDK24, ImageKind.AOT_CACHE, ClassPath.of(List.of(app))).isEmpty(), "JDK 24 has no one-step cache");
        assertTrue(ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(plain))).isEmpty(), "no known end to its start");
        assertTrue(ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(fat))).isEmpty(), "nested jars: extract it first");
        assertTrue(ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(app, lib))).isEmpty(), "started with -cp, not -jar");
        assertTrue(ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(lib))).isEmpty(), "a library");
        assertTrue(ApplicationStart.of(JDK25, ImageKind.AOT_CACHE, ClassPath.of(List.of(old))).isEmpty(),
                "before 3.2 the start never ends at spring.context.exit=onRefresh: a server would run until the timeout");
    }
}
