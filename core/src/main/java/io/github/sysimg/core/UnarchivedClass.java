package io.github.sysimg.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import java.util.zip.ZipEntry;
import org.objectweb.asm.Opcodes;

/**
 * A tool class that runs in a JVM whose loaded classes become an image, and must never be archived itself: the
 * JVM archives no class older than class file version 50, so the class is rewritten to version 49 (Java 5).
 */
final class UnarchivedClass {
    private UnarchivedClass() {
    }

    /**
     * Writes to {@code target} a jar of {@code className}, read from {@code runnerJar} and rewritten to version 49, with
     * these main attributes in its manifest (none: no manifest).
     */
    static void write(Path runnerJar, String className, Map<String, String> manifest, Path target) throws IOException {
        byte[] original;
        try (JarFile runner = new JarFile(runnerJar.toFile())) {
            ZipEntry entry = runner.getEntry(className.replace('.', '/') + ".class");
            if (entry == null) {
                throw new IOException(runnerJar + " holds no " + className);
            }
            try (InputStream in = runner.getInputStream(entry)) {
                original = in.readAllBytes();
            }
        }
        Files.write(target, jar(className, original, manifest));
    }

    /** A jar of one class, {@code className}, its class file rewritten to version 49; the same bytes every time. */
    static byte[] jar(String className, byte[] classFile) throws IOException {
        return jar(className, classFile, Map.of());
    }

    /** {@link #jar(String, byte[])} with these main attributes in its manifest (an agent's {@code Premain-Class}). */
    static byte[] jar(String className, byte[] classFile, Map<String, String> manifest) throws IOException {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_5, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((key, value) -> mf.getMainAttributes().putValue(key, value));
        try (JarOutputStream out = manifest.isEmpty() ? new JarOutputStream(bytes) : new JarOutputStream(bytes, mf)) {
            JarEntry entry = new JarEntry(className.replace('.', '/') + ".class");
            // a fixed time keeps the jar's bytes the same from build to build
            entry.setTime(0L);
            out.putNextEntry(entry);
            out.write(writer.toByteArray());
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
