package io.github.sysimg.core;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An ordered class path of jars and directories, as given by a user. */
public final class ClassPath {
    private final List<Path> entries;

    private ClassPath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A class path of these entries, made absolute; duplicates are dropped, the first place wins. */
    public static ClassPath of(List<Path> entries) {
        Set<Path> unique = new LinkedHashSet<>();
        for (Path entry : entries) {
            unique.add(entry.toAbsolutePath().normalize());
        }
        return new ClassPath(new ArrayList<>(unique));
    }

    /** Parses class path strings, each of which may hold several entries separated by the platform's path separator. */
    public static ClassPath parse(List<String> parts) {
        List<Path> entries = new ArrayList<>();
        for (String part : parts) {
            for (String entry : part.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(Path.of(entry.strip()));
                }
            }
        }
        return of(entries);
    }

    /** The empty class path. */
    public static ClassPath empty() {
        return new ClassPath(List.of());
    }

    /** The entries, absolute, in order. */
    public List<Path> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entries and, after them, the jars their manifests' {@code Class-Path} names (relative to the jar's folder,
     * followed recursively), that exist: what the JVM loads classes from and archives for this class path. An
     * application started with {@code java -jar app.jar} (Spring Boot's extracted layout among them) has the jar
     * alone on its class path and its dependencies in the manifest.
     */
    public List<Path> expandedEntries() {
        Set<Path> all = new LinkedHashSet<>(entries);
        List<Path> pending = new ArrayList<>(entries);
        for (int i = 0; i < pending.size(); i++) {
            for (Path referenced : manifestClassPath(pending.get(i))) {
                if (Files.isRegularFile(referenced) && all.add(referenced)) {
                    pending.add(referenced);
                }
            }
        }
        return List.copyOf(all);
    }

    /** The jars a jar's manifest {@code Class-Path} names, resolved against the jar's folder; none for a directory. */
    static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<Path> referenced = new ArrayList<>();
            Path folder = jar.toAbsolutePath().getParent();
            for (String url : value.strip().split("\\s+")) {
                try {
                    java.net.URI uri = folder.toUri().resolve(url);
                    if ("file".equals(uri.getScheme())) {
                        referenced.add(Path.of(uri).normalize());
                    }
                } catch (IllegalArgumentException e) {
                    // the JVM ignores a Class-Path element it cannot read as a URL; so does the image
                }
            }
            return referenced;
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Checks that every entry exists.
     *
     * @param setting the setting the class path came from, for the error message
     */
    public ClassPath requireExisting(Setting setting) {
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new SysimgException(setting, s -> "Class path entry \"" + entry + "\" given with " + s.of(setting)
                        + " does not exist; build it first or fix the path.");
            }
        }
        return this;
    }

    /** This class path with {@code other}'s entries appended (those not already present). */
    public ClassPath append(ClassPath other) {
        List<Path> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return of(all);
    }

    /** The class path as one string, for {@code -cp}. */
    public String toPathString() {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    @Override
    public String toString() {
        return toPathString();
    }

    /** Whether {@code className} (binary name) is in one of {@code packages} or their sub-packages. */
    public static boolean inPackages(String className, Iterable<String> packages) {
        for (String pkg : packages) {
            if (className.startsWith(pkg + ".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The binary names of the classes an entry holds (a jar's {@code .class} entries or a directory's files),
     * without {@code module-info}, {@code package-info} and multi-release variants.
     */
    public static Set<String> classNames(Path entry) {
        Set<String> names = new TreeSet<>();
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    files.filter(Files::isRegularFile).forEach(f -> {
                        String relative = entry.relativize(f).toString().replace(File.separatorChar, '/');
                        addClassName(names, relative);
                    });
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        addClassName(names, e.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path entry " + entry, e);
        }
        return Collections.unmodifiableSet(names);
    }

    private static void addClassName(Set<String> names, String path) {
        if (path.endsWith(".class") && !path.startsWith("META-INF/")
                && !path.endsWith("module-info.class") && !path.endsWith("package-info.class")) {
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
    }
}
