package io.github.sysimg.core;

import io.github.sysimg.core.classlist.ClassList;
import io.github.sysimg.core.classlist.DependencyReferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
                         long bytes, Duration took, boolean trained, List<String> runOptions, boolean fromApplicationStart) {

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

    /**
     * Builds an image, with a training run when {@code training} is given: the image is then dumped from the
     * training JVM's class list (see {@link ClassList#trained}). If the training run fails, the image is built from
     * the statements alone, with a warning.
     *
     * @param jdk            the JDK the image is for; it runs the dump
     * @param kind           the kind of image
     * @param imageClassPath the class path the image is made for: the prefix of the class path programs start with
     * @param statements     the merged statements
     * @param image          where to write the image
     * @param training       the training run, or null for an image from the statements alone
     * @param log            receives progress lines
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
        if (imageClassPath.isEmpty()) {
            throw new SysimgException(Setting.IMAGE_CLASS_PATH, s -> "The image class path is empty; give the jars of the included "
                    + "packages with " + s.of(Setting.IMAGE_CLASS_PATH) + ".");
        }
        imageClassPath.requireExisting(Setting.IMAGE_CLASS_PATH);
        ImageJars packed = ImageJars.of(jdk, imageClassPath, target.resolveSibling(target.getFileName() + ".classes"), log);
        Set<String> available = new HashSet<>();
        for (Path entry : packed.jars().expandedEntries()) {
            available.addAll(ClassPath.classNames(entry));
        }
        Path temp = null;
        try {
            ClassList fromStatements;
            ClassList classList;
            // one reader of the image's class files for both class list policies (an application's class path has
            // hundreds of jars), closed before the dump
            try (ClassFiles classFiles = new ClassFiles(packed.jars())) {
                fromStatements = fromStatements(jdk, kind, imageClassPath, statements, classFiles, available, log);
                classList = training == null ? fromStatements
                        : trained(jdk, kind, statements, packed.jars(), classFiles, available, training, fromStatements, log);
            }
            Optional<ApplicationStart> application = training == null || !training.applicationStart() ? Optional.empty()
                    : ApplicationStart.of(jdk, kind, packed.jars());
            boolean fromStart = false;
            if (application.isPresent()) {
                temp = AtomicFiles.temporarySibling(target);
                Files.delete(temp);
                fromStart = application.get().train(jdk, classList, training.runnerJar(), temp, training.timeoutSeconds(), log);
            }
            if (!fromStart) {
                temp = dump(jdk, kind, packed.jars(), classList, target, log);
            }
            return commit(jdk, kind, packed, statements, classList, temp, target, start, classList != fromStatements,
                    fromStart ? ApplicationStart.RUN_OPTIONS : List.of());
        } catch (IOException e) {
            throw new SysimgException("Cannot build image \"" + image + "\" (" + e.getMessage() + "); check the disk space and permissions of its folder.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("The image build was interrupted; \"" + image + "\" was left as it was.", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The class list from the statements alone; refuses one that holds no class of the included packages. */
    private static ClassList fromStatements(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements,
                                            ClassFiles classFiles, Set<String> available, Consumer<String> log) {
        ClassList classList = ClassList.of(jdk, kind, statements, available, classFiles::read);
        if (classList.includedClasses() == 0) {
            throw new SysimgException(Setting.IMAGE_CLASS_PATH, s -> "The image class path \"" + imageClassPath + "\" holds none of the "
                    + statements.names(StatementKind.CLASS).size() + " recorded classes of the included packages; "
                    + "give the jars that hold them with " + s.of(Setting.IMAGE_CLASS_PATH) + ".");
        }
        if (!classList.missingClasses().isEmpty()) {
            log.accept("Skipped " + classList.missingClasses().size() + " recorded classes that are not on the image class path (e.g. "
                    + classList.missingClasses().get(0) + ").");
        }
        return classList;
    }

    /** The class list of a training run; the one from the statements, with a warning, when the training fails. */
    private static ClassList trained(Jdk jdk, ImageKind kind, StatementsFile statements, ClassPath jars, ClassFiles classFiles,
                                     Set<String> available, Training training, ClassList fromStatements, Consumer<String> log)
            throws IOException, InterruptedException {
        try {
            Training.Output output = training.run(jdk, jars, statements, available, log);
            Set<String> dependencyJdk = dependencyJdkClasses(jdk, classFiles, output.classList(), available, statements, log);
            return fromStatements.trained(jdk, kind, output.classList(), output.linkage(), dependencyJdk, available)
                    .without(jdk, output.leftOut(), available);
        } catch (Training.TrainingFailed e) {
            log.accept("Warning: " + e.getMessage() + "; the image is built from the statements alone.");
            return fromStatements;
        }
    }

    /**
     * The JDK classes the dependencies' trained classes need (see {@link DependencyReferences}); without those that
     * JDK classes name in turn when the JDK's runtime image cannot be read.
     */
    private static Set<String> dependencyJdkClasses(Jdk jdk, ClassFiles classFiles, List<String> training, Set<String> available,
                                                    StatementsFile statements, Consumer<String> log) {
        JdkClassFiles runtimeImage = null;
        try {
            runtimeImage = new JdkClassFiles(jdk);
        } catch (IOException | RuntimeException e) {
            log.accept("Warning: cannot read the class files of the JDK at \"" + jdk.home() + "\" (" + e.getMessage()
                    + "); the image keeps only the JDK classes the dependencies name themselves.");
        }
        try (JdkClassFiles jdkClassFiles = runtimeImage) {
            return DependencyReferences.jdkClasses(training, available, statements.includes(), classFiles::read,
                    jdkClassFiles == null ? name -> null : jdkClassFiles::read);
        }
    }

    /**
     * Dumps the image into a temporary file beside {@code target} and returns it; the target is not touched. When
     * the dump fails, its partial output is removed.
     */
    private static Path dump(Jdk jdk, ImageKind kind, ClassPath jars, ClassList classList, Path target, Consumer<String> log)
            throws IOException, InterruptedException {
        Path classListFile = null;
        Path temp = null;
        Process process = null;
        Thread cleanup = null;
        boolean dumped = false;
        try {
            classListFile = Files.createTempFile("sysimg-classlist", ".txt");
            Files.write(classListFile, classList.lines(), StandardCharsets.UTF_8);
            temp = AtomicFiles.temporarySibling(target);
            Files.delete(temp);
            List<String> command = dumpCommand(jdk, kind, jars, classListFile, temp, target);
            int classes = io.github.sysimg.core.classlist.ClassListLine.countClasses(classList.lines());
            log.accept("Building " + kind.label() + (kind.incremental() ? " over the JDK's default archive" : "") + " from "
                    + classes + " classes (" + classList.includedClasses() + " of the image class path, "
                    + classList.jdkClasses() + " JDK classes beyond the default list, "
                    + Math.max(0, classes - classList.includedClasses() - classList.jdkClasses()) + " of the default list) and "
                    + classList.lambdas() + " lambdas");
            Path dumpLog = Files.createTempFile("sysimg-dump", ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dumpLog.toFile()).start();
            cleanup = stopOnExit(process, temp, target);
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
            dumped = true;
            return temp;
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
            if (!dumped) {
                deleteQuietly(temp);
            }
        }
    }

    /** The JVM command that dumps a full image, or a top layer, from a class list file into {@code temp}. */
    private static List<String> dumpCommand(Jdk jdk, ImageKind kind, ClassPath jars, Path classListFile, Path temp, Path target)
            throws IOException {
        if (kind.incremental()) {
            Path loaderJar = TopLayer.loaderJarOf(target);
            TopLayer.writeLoaderJar(loaderJar);
            return TopLayer.command(jdk, jars, classListFile, temp, loaderJar);
        }
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.add("-Xshare:dump");
        command.add("-XX:SharedClassListFile=" + classListFile);
        command.add("-XX:SharedArchiveFile=" + temp);
        if (kind == ImageKind.AOT_CACHE) {
            command.add("-XX:+AOTClassLinking");
        }
        command.add("-cp");
        command.add(jars.toPathString());
        return command;
    }

    /** Ctrl-C on the CLI: stop the dump and remove its partial output; the target was never touched. */
    private static Thread stopOnExit(Process dump, Path tempImage, Path target) {
        return new Thread(() -> {
            dump.destroyForcibly();
            try {
                dump.waitFor(5, TimeUnit.SECONDS);
                Files.deleteIfExists(tempImage);
                System.err.println("sysimg-tests: interrupted during the image build; \"" + target + "\" was left as it was.");
            } catch (IOException | InterruptedException ignored) {
                // best effort on the way out
            }
        });
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
                String said = lastLines(Files.readString(output, StandardCharsets.UTF_8), 2);
                throw new SysimgException(Setting.INCREMENTAL, s -> "The JVM at \"" + jdk.home() + "\" refuses the top layer it wrote ("
                        + said + "); leave out " + s.of(Setting.INCREMENTAL) + " to build a full image.");
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
        checkKind(jdk, kind);
        Path folder = image.toAbsolutePath().normalize().getParent();
        if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new SysimgException(Setting.IMAGE, s -> "The folder of image \"" + image + "\" is a file, not a folder; choose another "
                    + "path with " + s.of(Setting.IMAGE) + ".");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SysimgException(Setting.IMAGE, s -> "The folder of image \"" + image + "\" does not exist; create it or choose "
                    + "another path with " + s.of(Setting.IMAGE) + ".");
        }
        if (Files.isDirectory(image)) {
            throw new SysimgException(Setting.IMAGE, s -> "Image \"" + image + "\" is a folder; give the path of a file with "
                    + s.of(Setting.IMAGE) + ".");
        }
        // Files.isWritable says yes to root everywhere, and to /proc or a read-only mount: only a real file tells.
        Path probe = null;
        try {
            probe = AtomicFiles.temporarySibling(image.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            throw new SysimgException(Setting.IMAGE, s -> "The folder of image \"" + image + "\" is not writable; choose another path "
                    + "with " + s.of(Setting.IMAGE) + ".", e);
        } finally {
            deleteQuietly(probe);
        }
    }

    /** Checks that this JDK can make this kind of image, before the tests run. */
    public static void checkKind(Jdk jdk, ImageKind kind) {
        if (kind == ImageKind.AOT_CACHE && !jdk.supportsAotCache()) {
            throw new SysimgException(Setting.IMAGE_KIND, s -> "The JDK at \"" + jdk.home() + "\" is Java " + jdk.feature()
                    + ", which cannot make an AOT cache; use " + s.of(Setting.IMAGE_KIND, "cds") + ", or a JDK " + Jdk.FIRST_AOT_CACHE_FEATURE
                    + " or newer with " + s.of(Setting.JAVA_HOME) + ".");
        }
        if (kind.incremental() && jdk.feature() >= TopLayer.FIRST_REFUSING_FEATURE) {
            throw new SysimgException(Setting.INCREMENTAL, s -> s.of(Setting.INCREMENTAL) + " makes a CDS top layer, which the JDK at \""
                    + jdk.home() + "\" (Java " + jdk.feature() + ") cannot take from sysimg-tests: an AOT cache has no top layer, and from Java "
                    + TopLayer.FIRST_REFUSING_FEATURE + " on a top layer needs the class path of the run that wrote it, the tool's own "
                    + "included; leave out " + s.of(Setting.INCREMENTAL) + ", or use a JDK 17 to " + (TopLayer.FIRST_REFUSING_FEATURE - 1)
                    + " with " + s.of(Setting.JAVA_HOME) + ".");
        }
        if (kind.incremental() && !Files.isRegularFile(jdk.defaultArchive())) {
            throw new SysimgException(Setting.INCREMENTAL, s -> s.of(Setting.INCREMENTAL) + " makes a layer over the JDK's default CDS "
                    + "archive, and the JDK at \"" + jdk.home() + "\" has none (" + jdk.defaultArchive() + "); leave out "
                    + s.of(Setting.INCREMENTAL) + ", or use a JDK that ships its default archive.");
        }
    }

    /** Moves the finished image into place, then writes its argfile and metadata beside it. */
    private static Result commit(Jdk jdk, ImageKind kind, ImageJars packed, StatementsFile statements, ClassList classList,
                                 Path temp, Path target, long start, boolean trained, List<String> extraRunOptions) throws IOException {
        ClassPath jars = packed.jars();
        AtomicFiles.makeReadable(temp);
        AtomicFiles.commit(temp, target);
        ImageMetadata metadata = ImageMetadata.of(jdk, kind, jars, statements, packed.sources(), extraRunOptions);
        Path argFile = ArgFile.of(target);
        AtomicFiles.write(argFile, out -> out.write(ArgFile.text(metadata.runOptions(target), target).getBytes(StandardCharsets.UTF_8)));
        AtomicFiles.write(ImageMetadata.fileOf(target), metadata::writeTo);
        return new Result(target, argFile, kind, jars, classList, Files.size(target), Duration.ofNanos(System.nanoTime() - start), trained,
                metadata.runOptions(target), !extraRunOptions.isEmpty());
    }

    /** The last {@code count} non-blank lines of a JVM's output, joined: what says why it failed. */
    static String lastLines(String text, int count) {
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
