package io.github.sysimg.core;

import io.github.sysimg.core.classlist.ClassList;
import io.github.sysimg.core.classlist.ClassListLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * The application's own start as the run an AOT cache is written from, the way Spring documents its training run:
 * {@code java -XX:AOTCacheOutput=IMAGE -Dspring.context.exit=onRefresh -jar APP.jar}. What the tests' training
 * found (the classes of the request paths and of the tests' other work) is loaded first by an agent, so the cache
 * holds both; and unlike an image dumped from a class list, it holds the method profiles and linked call sites of
 * the start itself, which the JVM uses at every start.
 *
 * <p>It applies to an AOT cache (JDK 25 and later) of a Spring Boot application (3.2 and later, whose start ends at
 * {@code spring.context.exit=onRefresh}) in the layout Spring documents for
 * AOT caches: the image class path is one jar, extracted by Spring's tools, that names its main class and its
 * runtime jars. Its start refreshes the application context with the application's own configuration, in a
 * folder of its own, and ends. Any other program has no known end to its start and keeps the image from the class
 * list.
 *
 * <p>The agent makes the JVM record {@code java.instrument} as a module added at start-up; the cache is then used
 * only by a JVM started with the same, which {@link #RUN_OPTIONS} (in the image's argfile) adds.
 */
public final class ApplicationStart {
    /** A start to a refreshed context takes seconds; this only stops one that never ends. */
    static final long TIMEOUT_SECONDS = 300;
    /** The first JDK whose JVM writes an AOT cache from one run ({@code -XX:AOTCacheOutput}, JEP 514). */
    static final int FIRST_FEATURE = 25;
    /** The JVM options every start with an image written from an application's start needs besides the image's own. */
    public static final List<String> RUN_OPTIONS = List.of("--add-modules=java.instrument");
    static final String PRELOAD = "io.github.sysimg.runner.ApplicationPreload";
    /**
     * Keeps adapter and stub code out of the cache: with the training's classes preloaded, JDK 25.0.3 stored an adapter
     * under another signature than it looks up, and every start then printed two {@code [warning][aot]} lines on
     * standard output (and generated the adapter anyway). Options a later JDK may not know are ignored.
     */
    static final List<String> NO_ADAPTER_CODE = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:-AOTAdapterCaching", "-XX:-AOTStubCaching");

    private final Path jar;
    private final String mainClass;

    private ApplicationStart(Path jar, String mainClass) {
        this.jar = jar;
        this.mainClass = mainClass;
    }

    /**
     * The start of the application an image is made for, when it has one the tool can run to its end: an AOT cache
     * on JDK 25+ whose class path is a Spring Boot application's extracted jar.
     */
    public static Optional<ApplicationStart> of(Jdk jdk, ImageKind kind, ClassPath imageClassPath) {
        if (kind != ImageKind.AOT_CACHE || jdk.feature() < FIRST_FEATURE || imageClassPath.entries().size() != 1) {
            return Optional.empty();
        }
        Path jar = imageClassPath.entries().get(0);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest() == null ? null : file.getManifest().getMainAttributes();
            if (main == null || main.getValue(Attributes.Name.MAIN_CLASS) == null || !endsItsStart(main.getValue("Spring-Boot-Version"))
                    || file.getEntry("BOOT-INF/") != null) {
                return Optional.empty();
            }
            return Optional.of(new ApplicationStart(jar, main.getValue(Attributes.Name.MAIN_CLASS)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a Spring Boot of this version ends its start at {@code spring.context.exit=onRefresh} (3.2 and later). */
    static boolean endsItsStart(String springBootVersion) {
        if (springBootVersion == null) {
            return false;
        }
        String[] parts = springBootVersion.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major > 3 || major == 3 && minor >= 2;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The application's main class, as its manifest names it. */
    public String mainClass() {
        return mainClass;
    }

    /**
     * Runs the application's start with the classes of {@code classList} loaded first and writes the AOT cache it
     * records to {@code temp}; true when it did. {@code log} gets why not otherwise: the image is then dumped from
     * the class list.
     */
    boolean train(Jdk jdk, ClassList classList, Path runnerJar, Path temp, long timeoutSeconds, Consumer<String> log)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("sysimg-start");
        try {
            Path list = work.resolve("preload.txt");
            List<String> names = new ArrayList<>();
            for (ClassListLine line : classList.parsedLines()) {
                if (line.isClass()) {
                    names.add(line.ownerBinaryName());
                }
            }
            Files.write(list, names, StandardCharsets.UTF_8);
            Path agent = work.resolve("sysimg-preload.jar");
            UnarchivedClass.write(runnerJar, PRELOAD, Map.of("Premain-Class", PRELOAD), agent);
            // The start runs in a folder of its own: whatever it writes relative to its working directory stays there.
            Path folder = Files.createDirectory(work.resolve("run"));
            Path output = work.resolve("start.log");
            List<String> command = new ArrayList<>(List.of(jdk.javaExecutable().toString(), "-javaagent:" + agent + "=" + list,
                    "-XX:AOTCacheOutput=" + temp));
            command.addAll(NO_ADAPTER_CODE);
            command.addAll(List.of("-Dspring.context.exit=onRefresh", "-jar", jar.toString()));
            log.accept("Application start: running " + mainClass + " to a refreshed context (-Dspring.context.exit=onRefresh), "
                    + "with the " + names.size() + " classes of the training loaded first, and writing the AOT cache from that run");
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            long timeout = Math.min(timeoutSeconds, TIMEOUT_SECONDS);
            if (!ChildJvm.endsWithin(process, TimeUnit.SECONDS.toNanos(timeout), "sysimg-stop-start")) {
                log.accept("Warning: the application's start did not end within " + timeout + " s; the image is dumped "
                        + "from the training's class list instead, without the start's method profiles.");
                return false;
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(temp) || Files.size(temp) == 0) {
                log.accept("Warning: the application's start failed (exit code " + process.exitValue() + ": "
                        + ImageBuilder.lastLines(Files.readString(output, StandardCharsets.UTF_8), 3) + "); the image is dumped from the training's class "
                        + "list instead, without the start's method profiles. The start runs with the application's own configuration: "
                        + "give it what it needs to refresh its context at build time (a database, say), or keep this image.");
                Files.deleteIfExists(temp);
                return false;
            }
            return true;
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }
}
