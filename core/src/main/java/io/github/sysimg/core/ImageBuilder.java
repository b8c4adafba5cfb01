package io.github.sysimg.core;

import io.github.sysimg.core.classlist.ClassList;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds an image from statements with the selected JDK: a static CDS archive dumped from the statements' class
 * list, AOT-linked on JDK 24+.
 *
 * <p>The dump runs in a separate JVM that only loads and links the listed classes; no code of the included
 * packages runs (no static initializer), so a statements file from an untrusted source cannot run code. The image
 * is written to a temporary file and renamed, so an interrupted build leaves the previous image untouched; and
 * {@link ImageLock} lets one build at a time write an image.
 */
public final class ImageBuilder {

    /** What a build made. */
    public record Result(Path image, Path argFile, ImageKind kind, ClassPath imageClassPath, ClassList classList,
                         long bytes, Duration took, boolean trained) {

        /** The command line that starts {@code main} with the image, for the given rest of the class path. */
        public String javaCommand(Jdk jdk, ClassPath rest, String main) {
            ClassPath cp = imageClassPath.append(rest);
            return jdk.javaExecutable() + " @" + quote(argFile.toString()) + " -cp " + quote(cp.toPathString()) + " " + main;
        }

        private static String quote(String s) {
            return s.matches("[A-Za-z0-9_./:=@+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }

    private ImageBuilder() {
    }

    /** The argfile that goes with an image: {@code sysimg.jsa} gets {@code sysimg.jsa.args}. */
    public static Path argFileOf(Path image) {
        return image.resolveSibling(image.getFileName() + ".args");
    }

    /** The metadata file that goes with an image. */
    public static Path metadataOf(Path image) {
        return image.resolveSibling(image.getFileName() + ".meta");
    }

    /**
     * Builds an image.
     *
     * @param jdk            the JDK the image is for; it runs the dump
     * @param kind           the kind of image
     * @param imageClassPath the class path the image is made for: the prefix of the class path programs start with
     * @param statements     the merged statements
     * @param image          where to write the image
     * @param log            receives progress lines
     */
    public static Result build(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements, Path image,
                               Consumer<String> log) {
        return build(jdk, kind, imageClassPath, statements, image, null, log);
    }

    /**
     * Builds an image, with a training run when {@code training} is given: the image is then dumped from the
     * training JVM's class list (see {@link ClassList#trained}). If the training run fails, the image is built from
     * the statements alone, with a warning.
     */
    public static Result build(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements, Path image,
                               Training training, Consumer<String> log) {
        long start = System.nanoTime();
        checkTarget(jdk, kind, image);
        try (ImageLock lock = ImageLock.acquire(image)) {
            return buildLocked(jdk, kind, imageClassPath, statements, image, training, log, start);
        }
    }

    private static Result buildLocked(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements, Path image,
                                      Training training, Consumer<String> log, long start) {
        Path target = image.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (imageClassPath.isEmpty()) {
            throw new SysimgException("The image class path is empty; give the jars of the included packages with --image-class-path.");
        }
        imageClassPath.requireExisting("--image-class-path");
        Packed packed = jarsOnly(jdk, imageClassPath, folder.resolve(target.getFileName() + ".classes"), log);
        ClassPath jars = packed.jars();
        Set<String> available = new HashSet<>();
        for (Path entry : jars.expandedEntries()) {
            available.addAll(ClassPath.classNames(entry));
        }
        ClassList classList;
        try (ClassFiles classFiles = new ClassFiles(jars)) {
            classList = ClassList.of(jdk, kind, statements, available, classFiles::read);
        }
        if (classList.includedClasses() == 0) {
            throw new SysimgException("The image class path \"" + imageClassPath + "\" holds none of the "
                    + statements.names(StatementKind.CLASS).size() + " recorded classes of the included packages; "
                    + "give the jars that hold them with --image-class-path.");
        }
        if (!classList.missingClasses().isEmpty()) {
            log.accept("Skipped " + classList.missingClasses().size() + " recorded classes that are not on the image class path (e.g. "
                    + classList.missingClasses().get(0) + ").");
        }
        Path classListFile = null;
        Path temp = null;
        Process process = null;
        Thread cleanup = null;
        boolean trained = false;
        try {
            if (training != null) {
                try {
                    Training.Output output = training.run(jdk, jars, statements, available, log);
                    classList = classList.trained(jdk, kind, output.classList(), output.linkage(), available).without(jdk, output.leftOut(), available);
                    trained = true;
                } catch (Training.TrainingFailed e) {
                    log.accept("Warning: " + e.getMessage() + "; the image is built from the statements alone.");
                }
            }
            classListFile = Files.createTempFile("sysimg-classlist", ".txt");
            Files.write(classListFile, classList.lines(), StandardCharsets.UTF_8);
            temp = AtomicFiles.temporarySibling(target);
            Files.delete(temp);
            List<String> command = new ArrayList<>();
            if (kind.incremental()) {
                Path loaderJar = TopLayer.loaderJarOf(target);
                TopLayer.writeLoaderJar(loaderJar);
                command.addAll(TopLayer.command(jdk, jars, classListFile, temp, loaderJar));
            } else {
                command.add(jdk.javaExecutable().toString());
                command.add("-Xshare:dump");
                command.add("-XX:SharedClassListFile=" + classListFile);
                command.add("-XX:SharedArchiveFile=" + temp);
                if (kind == ImageKind.AOT_CACHE) {
                    command.add("-XX:+AOTClassLinking");
                }
                command.add("-cp");
                command.add(jars.toPathString());
            }
            log.accept("Building " + kind.label() + (kind.incremental() ? " over the JDK's default archive" : "") + " from "
                    + classList.lines().size() + " classes (" + classList.includedClasses() + " of the included packages, "
                    + classList.jdkClasses() + " JDK classes beyond the default list, " + classList.lambdas() + " lambdas)");
            Path dumpLog = Files.createTempFile("sysimg-dump", ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dumpLog.toFile()).start();
            Process dump = process;
            Path tempImage = temp;
            // Ctrl-C on the CLI: stop the dump and remove its partial output; the target was never touched.
            cleanup = new Thread(() -> {
                dump.destroyForcibly();
                try {
                    dump.waitFor(5, TimeUnit.SECONDS);
                    Files.deleteIfExists(tempImage);
                    System.err.println("sysimg-tests: interrupted during the image build; \"" + target + "\" was left as it was.");
                } catch (IOException | InterruptedException ignored) {
                    // best effort on the way out
                }
            });
            Runtime.getRuntime().addShutdownHook(cleanup);
            int exit = process.waitFor();
            String output = Files.readString(dumpLog, StandardCharsets.UTF_8);
            Files.deleteIfExists(dumpLog);
            if (exit != 0 || !Files.isRegularFile(temp)) {
                throw new SysimgException("The JVM at \"" + jdk.home() + "\" failed to dump the image (exit code " + exit + "): "
                        + lastLines(output, 5) + "; check that the JDK is complete and the class path holds only jars.");
            }
            if (kind.incremental()) {
                log.accept(TopLayer.summary(output));
                requireUsableLayer(jdk, jars, temp);
            }
            return commit(jdk, kind, packed, statements, classList, temp, target, start, trained);
        } catch (IOException e) {
            throw new SysimgException("Cannot build image \"" + image + "\" (" + e.getMessage() + "); check the disk space and permissions of its folder.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("The image build was interrupted; \"" + image + "\" was left as it was.", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (cleanup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or will run: it cleans up
                }
            }
            deleteQuietly(classListFile);
            deleteQuietly(temp);
        }
    }

    /**
     * Starts the JVM strictly with a just written top layer and the image's class path: a JDK that would refuse it
     * at every start (one that requires the dump's boot class path append) fails the build instead.
     */
    private static void requireUsableLayer(Jdk jdk, ClassPath jars, Path layer) throws IOException, InterruptedException {
        Path output = Files.createTempFile("sysimg-layer-check", ".log");
        try {
            Process check = new ProcessBuilder(TopLayer.checkCommand(jdk, jars, layer)).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!check.waitFor(60, TimeUnit.SECONDS)) {
                check.destroyForcibly();
            }
            if (check.isAlive() || check.exitValue() != 0) {
                throw new SysimgException("The JVM at \"" + jdk.home() + "\" refuses the top layer it wrote ("
                        + lastLines(Files.readString(output, StandardCharsets.UTF_8), 2) + "); leave out --incremental to build a full image.");
            }
        } finally {
            deleteQuietly(output);
        }
    }

    /**
     * Checks, before any work is done, that this JDK can make this kind of image and that the image's folder
     * exists and is writable: a test run of many minutes must not end in an error that was known at the start.
     */
    public static void checkTarget(Jdk jdk, ImageKind kind, Path image) {
        if (kind == ImageKind.AOT_CACHE && !jdk.supportsAotCache()) {
            throw new SysimgException("The JDK at \"" + jdk.home() + "\" is Java " + jdk.feature()
                    + ", which cannot make an AOT cache; use --image-kind cds, or a JDK " + Jdk.FIRST_AOT_CACHE_FEATURE + " or newer with --java-home.");
        }
        if (kind.incremental() && jdk.feature() >= TopLayer.FIRST_REFUSING_FEATURE) {
            throw new SysimgException("--incremental makes a CDS top layer, which the JDK at \"" + jdk.home() + "\" (Java " + jdk.feature()
                    + ") cannot take from sysimg-tests: an AOT cache has no top layer, and from Java " + TopLayer.FIRST_REFUSING_FEATURE
                    + " on a top layer needs the class path of the run that wrote it, the tool's own included; leave out --incremental, "
                    + "or use a JDK 17 to " + (TopLayer.FIRST_REFUSING_FEATURE - 1) + " with --java-home.");
        }
        if (kind.incremental() && !Files.isRegularFile(jdk.defaultArchive())) {
            throw new SysimgException("--incremental makes a layer over the JDK's default CDS archive, and the JDK at \"" + jdk.home()
                    + "\" has none (" + jdk.defaultArchive() + "); leave out --incremental, or use a JDK that ships its default archive.");
        }
        Path folder = image.toAbsolutePath().normalize().getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SysimgException("The folder of image \"" + image + "\" is a file, not a folder; choose another path with --image.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SysimgException("The folder of image \"" + image + "\" does not exist; create it or choose another path with --image.");
        }
        if (Files.isDirectory(image)) {
            throw new SysimgException("Image \"" + image + "\" is a folder; give the path of a file with --image.");
        }
        // Files.isWritable says yes to root everywhere, and to /proc or a read-only mount: only a real file tells.
        Path probe = null;
        try {
            probe = AtomicFiles.temporarySibling(image.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            throw new SysimgException("The folder of image \"" + image + "\" is not writable; choose another path with --image.", e);
        } finally {
            deleteQuietly(probe);
        }
    }

    /** Moves the finished image into place, then writes its argfile and metadata beside it. */
    private static Result commit(Jdk jdk, ImageKind kind, Packed packed, StatementsFile statements, ClassList classList,
                                 Path temp, Path target, long start, boolean trained) throws IOException {
        ClassPath jars = packed.jars();
        AtomicFiles.makeReadable(temp);
        AtomicFiles.commit(temp, target);
        Path argFile = argFileOf(target);
        AtomicFiles.write(argFile, out -> out.write(argFileText(kind, target).getBytes(StandardCharsets.UTF_8)));
        ImageMetadata metadata = ImageMetadata.of(jdk, kind, jars, statements, packed.sources());
        AtomicFiles.write(metadataOf(target), metadata::writeTo);
        return new Result(target, argFile, kind, jars, classList, Files.size(target), Duration.ofNanos(System.nanoTime() - start), trained);
    }

    /** The text of an image's argfile: exactly the JVM options needed to start with it. */
    public static String argFileText(ImageKind kind, Path image) {
        StringBuilder text = new StringBuilder();
        text.append("# JVM options to start with the image ").append(image.getFileName())
                .append("; the class path must start with the image's class path, in the same order.\n");
        for (String option : kind.runOptions(image)) {
            text.append(quoteArgFile(option)).append('\n');
        }
        return text.toString();
    }

    /**
     * The text of an argfile that also carries the whole class path of the program, for a tool that knows it (the
     * Maven plugin): {@code java @FILE.args MAIN} then starts with the image's class path first, in its order.
     */
    public static String argFileText(ImageKind kind, Path image, ClassPath runClassPath) {
        return argFileText(kind, image).replace("; the class path must start with the image's class path, in the same order.",
                "; it sets the class path too (a later -cp replaces it and must start with the same jars, in the same order).")
                + "-cp\n" + quoteArgFile(runClassPath.toPathString()) + '\n';
    }

    private static String quoteArgFile(String option) {
        // A java @argfile splits on white space, starts a comment at '#' and takes ' and " as quotes: any of these
        // in a path must be inside double quotes, where a backslash escapes.
        return option.matches("[^\\s#'\"\\\\]+") ? option : '"' + option.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * The image class path as the JVM can use it, and for each jar made here the directory or jar it was made from.
     *
     * @param jars    the class path of jars the image is dumped with
     * @param sources for each jar made by the tool, the user's entry it stands for
     */
    record Packed(ClassPath jars, java.util.Map<Path, Path> sources) {
    }

    /**
     * The class path with each directory replaced by a jar of its content, since the JVM refuses to dump or use
     * an image whose class path holds a non-empty directory. Before JDK 24, the JVM also never serves archived
     * classes of a jar whose path a {@code file:} URL must escape (a space, a non-ASCII letter; JDK-8339460): it
     * records them without their jar and silently loads them from the jar at run time. Such jars are copied
     * beside the image, under a plain name.
     */
    static Packed jarsOnly(Jdk jdk, ClassPath classPath, Path jarFolder, Consumer<String> log) {
        List<Path> entries = new ArrayList<>();
        java.util.Map<Path, Path> sources = new java.util.LinkedHashMap<>();
        boolean escapesBreakCds = jdk.feature() < 24;
        if (escapesBreakCds && needsUrlEscaping(jarFolder)) {
            for (Path entry : classPath.entries()) {
                if (Files.isDirectory(entry) || needsUrlEscaping(entry)) {
                    throw new SysimgException("The image's copy of \"" + entry + "\" would go into \"" + jarFolder
                            + "\", whose path holds spaces or non-ASCII characters, and JDK " + jdk.feature()
                            + " never serves archived classes from such a jar (JDK 24+ does); choose an --image path without them.");
                }
            }
        }
        for (Path entry : classPath.entries()) {
            boolean directory = Files.isDirectory(entry);
            if (directory || (escapesBreakCds && needsUrlEscaping(entry))) {
                String name = plainFileName(entry.getFileName().toString().replaceFirst("(?i)\\.jar$", ""));
                Path jar = jarFolder.resolve(name + "-" + shortHash(entry.toString()) + ".jar");
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
        return new Packed(ClassPath.of(entries), sources);
    }

    /** Whether the {@code file:} URL of a path differs from the path: the JVM before 24 then loses the jar of archived classes. */
    static boolean needsUrlEscaping(Path entry) {
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

    /**
     * A hash of a directory's content: its files' relative paths and bytes. The same content gives the same hash,
     * wherever the directory is and whatever the files' times.
     */
    public static String directoryHash(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(directory.relativize(file).toString().replace(java.io.File.separatorChar, '/')).append('\0')
                    .append(sha256(Files.readAllBytes(file))).append('\n');
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
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

    static String shortHash(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** The SHA-256 of these bytes, in lowercase hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless
            }
        }
    }
}
