package io.github.sysimg.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/** Builds jars, class folders and fake JDK folders for the tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** Writes a jar holding {@code entries} (name to bytes; a name ending in '/' is a directory entry). */
    static Path jar(Path jar, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Writes the files of {@code entries} (name to bytes) under {@code folder}; names ending in '/' make folders. */
    static Path folder(Path folder, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            if (entry.getKey().endsWith("/")) {
                Files.createDirectories(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        }
        return folder;
    }

    /** Entries of a class path element: real classes plus everything classNames must leave out. */
    static Map<String, byte[]> mixedEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", bytes("Manifest-Version: 1.0\n"));
        entries.put("META-INF/versions/11/com/example/Foo.class", bytes("x"));
        entries.put("META-INF/versions/11/com/example/OnlyInVersions.class", bytes("x"));
        entries.put("module-info.class", bytes("x"));
        entries.put("com/", new byte[0]);
        entries.put("com/example/", new byte[0]);
        entries.put("com/example/package-info.class", bytes("x"));
        entries.put("com/example/Foo.class", bytes("x"));
        entries.put("com/example/Foo$Inner.class", bytes("x"));
        entries.put("com/example/sub/Bar.class", bytes("x"));
        entries.put("com/example/messages.properties", bytes("a=b"));
        entries.put("Top.class", bytes("x"));
        return entries;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a class of the test class path. */
    static byte[] classBytes(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no class file " + resource);
            }
            return in.readAllBytes();
        }
    }

    /**
     * A folder laid out like a JDK: a {@code release} file with these lines, an executable {@code bin/java} and,
     * when asked, a {@code lib/classlist}.
     */
    static Path fakeJdk(Path home, String releaseText, boolean withClassList) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.writeString(home.resolve("release"), releaseText, StandardCharsets.UTF_8);
        Path java = home.resolve("bin").resolve(Jdk.isWindows() ? "java.exe" : "java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        try {
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            java.toFile().setExecutable(true);
        }
        if (withClassList) {
            Files.writeString(home.resolve("lib").resolve("classlist"), "# default classes\njava/lang/Object\n\njava/lang/String\n");
        }
        return home;
    }
}
