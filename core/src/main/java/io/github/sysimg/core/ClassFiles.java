package io.github.sysimg.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** Reads class files from the jars of a class path, first jar first, as the JVM would find them. */
final class ClassFiles implements AutoCloseable {
    private final List<JarFile> jars = new ArrayList<>();

    ClassFiles(ClassPath jarsOnly) {
        try {
            for (Path jar : jarsOnly.expandedEntries()) {
                jars.add(new JarFile(jar.toFile()));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a class by binary name, or null if no jar holds it. */
    byte[] read(String binaryName) {
        String entryName = binaryName.replace('.', '/') + ".class";
        for (JarFile jar : jars) {
            ZipEntry entry = jar.getEntry(entryName);
            if (entry != null) {
                try (InputStream in = jar.getInputStream(entry)) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        for (JarFile jar : jars) {
            try {
                jar.close();
            } catch (IOException ignored) {
                // read-only use
            }
        }
    }
}
