package io.github.sysimg.launcher.report;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the image class path holds of the included packages: each class with the methods and constructors that
 * have code (the ones the recording agent probes: static initializers, synthetic and bridge methods included;
 * abstract and native methods excluded), read with ASM without loading anything.
 */
public final class ImageInventory {

    /**
     * One class of the image class path.
     *
     * @param name        binary name
     * @param packageName its package, {@code ""} for the unnamed package
     * @param methods     its methods with code, as statements name them: {@code a.B#name(descriptor)}
     */
    public record ClassEntry(String name, String packageName, List<String> methods) {
    }

    private final Map<String, ClassEntry> classes;

    private ImageInventory(Map<String, ClassEntry> classes) {
        this.classes = Collections.unmodifiableMap(classes);
    }

    /** The classes by binary name, sorted. */
    public Map<String, ClassEntry> classes() {
        return classes;
    }

    /**
     * Reads the classes of {@code includes} (sub-packages included) from the image class path; the first entry
     * that holds a class wins, as for the JVM. An empty {@code includes} takes every class.
     */
    public static ImageInventory read(ClassPath imageClassPath, List<String> includes) {
        Map<String, ClassEntry> classes = new TreeMap<>();
        for (Path entry : imageClassPath.entries()) {
            try {
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.walk(entry)) {
                        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            String relative = entry.relativize(file).toString().replace(File.separatorChar, '/');
                            String name = classNameOf(relative);
                            if (name != null && wanted(name, includes) && !classes.containsKey(name)) {
                                classes.put(name, entryOf(name, Files.readAllBytes(file)));
                            }
                        }
                    }
                } else if (Files.isRegularFile(entry)) {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            JarEntry jarEntry = e.nextElement();
                            String name = classNameOf(jarEntry.getName());
                            if (name != null && wanted(name, includes) && !classes.containsKey(name)) {
                                try (InputStream in = jar.getInputStream(jarEntry)) {
                                    classes.put(name, entryOf(name, in.readAllBytes()));
                                }
                            }
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new SysimgException("Cannot read the classes of \"" + entry + "\" for the report (" + e.getMessage()
                        + "); check that it is a readable jar or folder.", e);
            }
        }
        return new ImageInventory(classes);
    }

    private static boolean wanted(String name, List<String> includes) {
        return includes.isEmpty() || ClassPath.inPackages(name, includes);
    }

    private static String classNameOf(String path) {
        if (!path.endsWith(".class") || path.startsWith("META-INF/") || path.endsWith("module-info.class")
                || path.endsWith("package-info.class")) {
            return null;
        }
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    static ClassEntry entryOf(String name, byte[] classFile) {
        List<String> methods = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                    methods.add(name + '#' + method + descriptor);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        Collections.sort(methods);
        int dot = name.lastIndexOf('.');
        return new ClassEntry(name, dot < 0 ? "" : name.substring(0, dot), List.copyOf(methods));
    }
}
