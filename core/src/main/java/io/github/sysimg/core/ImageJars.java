package io.github.sysimg.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The image class path as the JVM can dump and use it, and for each jar made here the folder or jar it was made
 * from.
 *
 * <p>The JVM refuses to dump or use an image whose class path holds a non-empty folder, so each folder is packed
 * into a jar. Before JDK 24, the JVM also never serves archived classes of a jar whose path a {@code file:} URL
 * must escape (a space, a non-ASCII letter; JDK-8339460): it records them without their jar and silently loads them
 * from the jar at run time. Such jars are copied beside the image, under a plain name.
 *
 * @param jars    the class path of jars the image is dumped with
 * @param sources for each jar made by the tool, the user's entry it stands for
 */
public record ImageJars(ClassPath jars, Map<Path, Path> sources) {

    /** The first feature release that serves archived classes of jars whose path a {@code file:} URL escapes (JDK-8339460). */
    public static final int FIRST_FEATURE_SERVING_ESCAPED_PATHS = 24;

    /**
     * Packs and copies what {@code jdk} needs packed or copied into {@code jarFolder}.
     *
     * @param log receives a line for each folder packed and each jar copied
     */
    static ImageJars of(Jdk jdk, ClassPath classPath, Path jarFolder, Consumer<String> log) {
        List<Path> entries = new ArrayList<>();
        Map<Path, Path> sources = new LinkedHashMap<>();
        boolean escapesBreakCds = !servesEscapedPaths(jdk);
        if (escapesBreakCds && needsUrlEscaping(jarFolder)) {
            for (Path entry : classPath.entries()) {
                if (Files.isDirectory(entry) || needsUrlEscaping(entry)) {
                    throw new SysimgException(Setting.IMAGE, s -> "The image's copy of \"" + entry + "\" would go into \"" + jarFolder
                            + "\", whose path holds spaces or non-ASCII characters, and JDK " + jdk.feature()
                            + " never serves archived classes from such a jar (JDK 24+ does); choose an " + s.of(Setting.IMAGE) + " path without them.");
                }
            }
        }
        for (Path entry : classPath.entries()) {
            boolean directory = Files.isDirectory(entry);
            if (directory || (escapesBreakCds && needsUrlEscaping(entry))) {
                String name = plainFileName(entry.getFileName().toString().replaceFirst("(?i)\\.jar$", ""));
                Path jar = jarFolder.resolve(name + "-" + Hashes.shortHash(entry.toString()) + ".jar");
                try {
                    Files.createDirectories(jarFolder);
                    if (directory) {
                        AtomicFiles.write(jar, out -> jarDirectory(entry, out));
                    } else {
                        AtomicFiles.write(jar, out -> Files.copy(entry, out));
                    }
                } catch (IOException | UncheckedIOException e) {
                    throw new SysimgException("Cannot " + (directory ? "pack class path directory \"" : "copy class path jar \"") + entry
                            + "\" into \"" + jar + "\" (" + e.getMessage() + "); check the permissions of the image's folder.", e);
                }
                log.accept(directory
                        ? "Packed directory " + entry + " into " + jar + " (the JVM refuses directories in an image's class path)"
                        : "Copied " + entry + " to " + jar + " (JDK " + jdk.feature() + " never serves archived classes from a jar "
                                + "whose path holds spaces or non-ASCII characters); start with the copy on your class path");
                entries.add(jar);
                sources.put(jar.toAbsolutePath().normalize(), entry);
            } else {
                entries.add(entry);
            }
        }
        return new ImageJars(ClassPath.of(entries), sources);
    }

    /** Whether this JDK serves archived classes of a jar whose path a {@code file:} URL escapes (JDK-8339460). */
    public static boolean servesEscapedPaths(Jdk jdk) {
        return jdk.feature() >= FIRST_FEATURE_SERVING_ESCAPED_PATHS;
    }

    /**
     * Whether the {@code file:} URL of a path differs from the path (a space, a non-ASCII letter, a {@code %}): the JVM
     * before 24 then loses the jar of archived classes.
     */
    public static boolean needsUrlEscaping(Path entry) {
        Path absolute = entry.toAbsolutePath().normalize();
        String path = absolute.toString().replace(java.io.File.separatorChar, '/');
        String raw = absolute.toUri().getRawPath();
        if (raw.endsWith("/") && !path.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return !raw.endsWith(path.startsWith("/") ? path : "/" + path);
    }

    private static String plainFileName(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return plain.isEmpty() ? "classes" : plain;
    }

    private static void jarDirectory(Path directory, OutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (JarOutputStream jar = new JarOutputStream(out)) {
            for (Path file : files) {
                String name = directory.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                JarEntry entry = new JarEntry(name);
                // A fixed time keeps the jar's bytes a function of the directory's content.
                entry.setTime(0L);
                jar.putNextEntry(entry);
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }
}
