package io.github.sysimg.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program with an image and counts where its classes came from, from the JVM's own
 * {@code -Xlog:class+load}: the image, the class path's jars, or the JDK's runtime image.
 *
 * <p>Strict mode ({@code -Xshare:on} / {@code -XX:AOTMode=on}) turns the JVM's silent fallback into an error,
 * whose message is then reported as the reason the image was refused.
 */
public final class ImageVerifier {

    private ImageVerifier() {
    }

    /**
     * Runs {@code java [image options] [strict] -Xlog:class+load ... javaArgs}.
     *
     * @param jdk             the JDK to run with
     * @param kind            the image kind
     * @param runOptions      the JVM options that start a program with the image ({@link ImageMetadata#runOptions})
     * @param imageClassPath  the image's class path, to tell its classes apart
     * @param javaArgs        everything after {@code java}: JVM options, {@code -cp}, main class and its arguments
     * @param strict          whether to make the JVM fail instead of falling back silently
     * @param timeoutSeconds  how long the program may run
     */
    public static Result run(Jdk jdk, ImageKind kind, List<String> runOptions, ClassPath imageClassPath, List<String> javaArgs,
                             boolean strict, long timeoutSeconds) {
        Path logDir = null;
        try {
            logDir = Files.createTempDirectory("sysimg-verify");
            Path classLog = logDir.resolve("class-load.log");
            Path output = logDir.resolve("output.txt");
            List<String> command = new ArrayList<>();
            command.add(jdk.javaExecutable().toString());
            command.addAll(runOptions);
            if (strict) {
                command.add(kind.strictOption());
            }
            command.add("-Xlog:class+load=info:file=" + classLog + ":none");
            command.addAll(javaArgs);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SysimgException("The program did not end within " + timeoutSeconds + " s; give a main that exits, or a longer --timeout.");
            }
            int exit = process.exitValue();
            String text = Files.readString(output, StandardCharsets.UTF_8);
            List<String> lines = Files.exists(classLog) ? Files.readAllLines(classLog, StandardCharsets.UTF_8) : List.of();
            return Result.parse(exit, text, lines, imageClassPath, kind, strict);
        } catch (IOException e) {
            throw new SysimgException("Cannot run the program to verify the image (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("Verification was interrupted.", e);
        } finally {
            if (logDir != null) {
                try (var files = Files.list(logDir)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(logDir);
                } catch (IOException ignored) {
                    // temporary files only
                }
            }
        }
    }

    /**
     * Whether the JVM uses the image when a program starts with these JVM options, asked of the JVM itself: it runs
     * {@code java [image options] [strict] [jvmOptions] -cp [image class path] -version}. Empty when it uses the image,
     * else the JVM's own reason, in one line.
     *
     * <p>Which options make the JVM drop an image depends on the JDK and the image kind, and the JVM mostly says
     * nothing. Seen by hand with JDK 17.0.15 (CDS archive) and 25.0.3 (AOT-linked cache), all refused without a word
     * unless strict: no compressed oops ({@code -XX:-UseCompressedOops}, ZGC, {@code -Xmx} of 32 GB or more; another
     * GC that keeps them, such as Parallel, Serial or Shenandoah, and a small heap are fine); another
     * {@code ObjectAlignmentInBytes}; {@code -Xbootclasspath/a}; a patched {@code java.base}. JDK 25 also refuses
     * {@code -XX:+UseCompactObjectHeaders}, and an AOT cache any added module ({@code --add-modules},
     * {@code -XX:StartFlightRecording}, which adds {@code jdk.jfr}) or {@code -Djdk.module.*} property, which JDK 17
     * accepts for a CDS archive. {@code --limit-modules} turns sharing off on both, with a warning and exit code 0 even
     * in strict mode, hence the count of classes served. Heap size ergonomics depend on the machine's memory, so only
     * the JVM on the machine that runs the program can tell.
     *
     * @param jdk            the JDK that would run the program
     * @param kind           the image kind
     * @param runOptions     the JVM options that start a program with the image ({@link ImageMetadata#runOptions})
     * @param imageClassPath the image's class path
     * @param jvmOptions     the program's JVM options
     * @throws SysimgException when the JVM does not start with these options at all, image or not
     */
    public static java.util.Optional<String> refusal(Jdk jdk, ImageKind kind, List<String> runOptions, ClassPath imageClassPath,
                                                     List<String> jvmOptions) {
        Path dir = null;
        try {
            // A folder of its own as the working directory: options such as -XX:StartFlightRecording:filename=x.jfr write there.
            dir = Files.createTempDirectory("sysimg-check");
            Path classLog = dir.resolve("class-load.log");
            List<String> command = new ArrayList<>();
            command.add(jdk.javaExecutable().toString());
            command.addAll(runOptions);
            command.add(kind.strictOption());
            command.add("-Xlog:class+load=info:file=" + classLog + ":none");
            // Some reasons only show at the info level (JDK 25: another ObjectAlignmentInBytes), whose tag JDK 25 renamed.
            command.add(jdk.feature() >= 25 ? "-Xlog:aot" : "-Xlog:cds");
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", imageClassPath.toPathString(), "-version"));
            Probe withImage = probe(command, dir);
            long served = Files.exists(classLog)
                    ? Files.readAllLines(classLog, StandardCharsets.UTF_8).stream().filter(l -> l.contains("source: shared objects file")).count()
                    : 0;
            if (withImage.exit() == 0 && served > 0) {
                return java.util.Optional.empty();
            }
            if (withImage.exit() != 0) {
                List<String> plain = new ArrayList<>();
                plain.add(jdk.javaExecutable().toString());
                plain.addAll(jvmOptions);
                plain.addAll(List.of("-cp", imageClassPath.toPathString(), "-version"));
                Probe without = probe(plain, dir);
                if (without.exit() != 0) {
                    throw new SysimgException("The JVM at \"" + jdk.home() + "\" does not start with the JVM options " + jvmOptions
                            + " (" + reasonLine(without.output(), "exit code " + without.exit()) + "); fix the options given after --.");
                }
            }
            return java.util.Optional.of(reasonLine(withImage.output(), "the JVM served no class from the image"));
        } catch (IOException e) {
            throw new SysimgException("Cannot run the JVM to check the image (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("The check was interrupted.", e);
        } finally {
            AtomicFiles.deleteTree(dir);
        }
    }

    private record Probe(int exit, String output) {
    }

    private static Probe probe(List<String> command, Path dir) throws IOException, InterruptedException {
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new SysimgException("The JVM at \"" + command.get(0) + "\" did not start within 120 s with the JVM options given; "
                    + "check them.");
        }
        return new Probe(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** The line of the JVM's output that names why it did not use the image, without log decorations. */
    static String reasonLine(String output, String otherwise) {
        List<String> lines = output.lines()
                .map(l -> l.replaceAll("^(\\[[^\\]]*\\])+\\s*", "").replaceFirst("^.*VM warning: ", "").strip())
                .filter(l -> !l.isEmpty()).toList();
        for (String word : List.of("saved state", "does not equal", "Mismatched", "mismatch", "disabled when", "cannot be used",
                "incompatible", "Unrecognized", "Unable to use", "Error", "error")) {
            for (String line : lines) {
                if (line.contains(word) && !line.startsWith("Run with -Xlog")) {
                    return line;
                }
            }
        }
        return otherwise;
    }

    /**
     * Where a run's classes came from.
     *
     * @param exitCode           the program's exit code
     * @param output             what the program printed (stdout and stderr)
     * @param totalClasses       all classes loaded
     * @param fromImage          classes served from the image
     * @param includedFromImage  classes of the image class path served from the image
     * @param includedFromJars   the image class path's classes that were loaded from its jars, not from the image
     * @param fromOtherJars      classes loaded from other class path entries
     * @param fromRuntimeImage   JDK classes loaded from the runtime image ({@code jrt:/})
     * @param generated          classes the JVM generated (lambdas, proxies) and did not find in the image
     * @param refusal            the JVM's message when it refused the image, else empty
     * @param fromBaseArchive    for a top layer ({@link ImageKind#incremental()}), the classes served from the JDK's default
     *                           archive under it (not counted in {@code fromImage}); else 0
     */
    public record Result(int exitCode, String output, int totalClasses, int fromImage, int includedFromImage,
                         List<String> includedFromJars, int fromOtherJars, int fromRuntimeImage, int generated,
                         String refusal, int fromBaseArchive) {

        /** The share of the image class path's loaded classes that the image served, from 0 to 1. */
        public double includedShare() {
            int included = includedFromImage + includedFromJars.size();
            return included == 0 ? 0 : (double) includedFromImage / included;
        }

        /** Whether the JVM refused the image (strict mode) or silently used none of it. */
        public boolean refused() {
            return !refusal.isEmpty();
        }

        static Result parse(int exit, String output, List<String> logLines, ClassPath imageClassPath, ImageKind kind, boolean strict) {
            Set<String> imageJars = new HashSet<>();
            for (Path entry : imageClassPath.expandedEntries()) {
                imageJars.add(entry.toUri().toString());
                imageJars.add("file:" + entry);
            }
            Set<String> imageClasses = new HashSet<>();
            for (Path entry : imageClassPath.expandedEntries()) {
                imageClasses.addAll(ClassPath.classNames(entry));
            }
            int total = 0;
            int fromImage = 0;
            int includedFromImage = 0;
            int fromOther = 0;
            int fromRuntime = 0;
            int generated = 0;
            int fromBase = 0;
            Set<String> includedFromJars = new TreeSet<>();
            for (String line : logLines) {
                int at = line.indexOf(" source: ");
                if (at < 0) {
                    continue;
                }
                String name = line.substring(0, at).strip();
                String source = line.substring(at + " source: ".length()).strip();
                total++;
                if (kind.incremental() && source.equals("shared objects file")) {
                    // the JDK's default archive, which a top layer lies over; the layer's classes say "(top)"
                    fromBase++;
                } else if (source.startsWith("shared objects file")) {
                    fromImage++;
                    if (imageClasses.contains(name)) {
                        includedFromImage++;
                    }
                } else if (source.startsWith("jrt:/")) {
                    fromRuntime++;
                } else if (source.startsWith("file:") || source.startsWith("jar:")) {
                    if (imageClasses.contains(name) && isImageJar(source, imageJars)) {
                        includedFromJars.add(name);
                    } else {
                        fromOther++;
                    }
                } else {
                    generated++;
                }
            }
            String refusal = "";
            if (exit != 0 && strict && mentionsArchive(output)) {
                refusal = firstArchiveLine(output);
            } else if (fromImage == 0 && total > 0) {
                refusal = "the JVM ran without the image and served no class from it (class path or JDK mismatch)";
            }
            return new Result(exit, output, total, fromImage, includedFromImage, List.copyOf(includedFromJars), fromOther,
                    fromRuntime, generated, refusal, fromBase);
        }

        private static boolean isImageJar(String source, Set<String> imageJars) {
            for (String jar : imageJars) {
                if (source.startsWith(jar) || source.contains(jar.substring(jar.indexOf(':') + 1))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean mentionsArchive(String output) {
            String lower = output.toLowerCase(java.util.Locale.ROOT);
            return lower.contains("archive") || lower.contains("aot") || lower.contains("shared") || lower.contains("cds");
        }

        private static String firstArchiveLine(String output) {
            // The JVM prints a warning, then the error; the line that names the mismatch says the most.
            List<String> lines = output.lines().map(String::strip).toList();
            for (String word : List.of("mismatch", "does not match", "error", "archive", "aot", "shared", "cds")) {
                for (String line : lines) {
                    if (line.toLowerCase(java.util.Locale.ROOT).contains(word)) {
                        return line;
                    }
                }
            }
            return output.strip();
        }
    }
}
