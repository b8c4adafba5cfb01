package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.SysimgException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code --project DIR}: what a built Maven project gives the run. Maven itself resolves the test class path
 * ({@code dependency:build-classpath} with the test scope, as Surefire's); the library is the jar {@code mvn package}
 * left in {@code target/}, and the selected package is the one all its classes share.
 *
 * @param baseDir     the project's folder, where Surefire runs its tests
 * @param jar         the library's jar: the image class path
 * @param testClasses {@code target/test-classes}
 * @param classPath   the test run's class path: test classes, the jar, the test-scope dependencies
 * @param rootPackage the package every class of the jar is in (sub-packages included), empty when there is none
 * @param springBoot  whether the jar is Spring Boot's executable jar ({@code spring-boot:repackage}), whose classes and
 *                    dependencies are nested: the test run then has {@code target/classes} in its place, as Surefire
 */
record MavenProject(Path baseDir, Path jar, Path testClasses, List<Path> classPath, String rootPackage, boolean springBoot) {
    /** The Maven executable; {@code SYSIMG_MVN} names another (a wrapper, a full path). */
    static String mvn() {
        String given = System.getenv("SYSIMG_MVN");
        return given != null && !given.isBlank() ? given : "mvn";
    }

    /** Resolves the built project in {@code dir}, or says in one sentence what to do first. */
    static MavenProject resolve(Path dir) {
        Path baseDir = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(baseDir.resolve("pom.xml"))) {
            throw new SysimgException("--project \"" + dir + "\" has no pom.xml; give the folder of a Maven project (the one that "
                    + "holds pom.xml), or the class path with --class-path.");
        }
        Path target = baseDir.resolve("target");
        Path jar = builtJar(dir, target);
        Path testClasses = target.resolve("test-classes");
        if (!Files.isDirectory(testClasses)) {
            throw new SysimgException("--project \"" + dir + "\" has no target/test-classes; run `mvn package -DskipTests` in it first "
                    + "(a project without tests has nothing to record).");
        }
        boolean springBoot = SpringBootJar.isExecutableJar(jar);
        Path classes = target.resolve("classes");
        if (springBoot && !Files.isDirectory(classes)) {
            throw new SysimgException("--project \"" + dir + "\" built " + baseDir.relativize(jar) + " as a Spring Boot executable jar "
                    + "and has no target/classes; run `mvn package -DskipTests` in it first.");
        }
        List<Path> dependencies = dependencies(dir, baseDir, "test");
        List<Path> classPath = new ArrayList<>();
        classPath.add(testClasses);
        classPath.add(springBoot ? classes : jar);
        classPath.addAll(dependencies);
        return new MavenProject(baseDir, jar, testClasses, List.copyOf(classPath), rootPackage(springBoot ? classes : jar), springBoot);
    }

    /** The jar {@code mvn package} wrote: the one in target/ without a classifier. */
    private static Path builtJar(Path dir, Path target) {
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> list = Files.list(target)) {
                list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar"))
                        .filter(p -> !p.getFileName().toString().matches(".*-(sources|javadoc|tests|test-sources|test-javadoc)\\.jar"))
                        .sorted().forEach(jars::add);
            } catch (IOException e) {
                throw new SysimgException("Cannot list \"" + target + "\" (" + e.getMessage() + "); check its permissions.", e);
            }
        }
        if (jars.isEmpty()) {
            throw new SysimgException("--project \"" + dir + "\" is not built yet (no jar in target/); run `mvn package -DskipTests` "
                    + "in it first.");
        }
        if (jars.size() > 1) {
            throw new SysimgException("--project \"" + dir + "\" has " + jars.size() + " jars in target/ (" + String.join(", ",
                    jars.stream().map(p -> p.getFileName().toString()).toList()) + "); remove the stale ones (mvn clean package "
                    + "-DskipTests) or give the library's jar with --image-class-path.");
        }
        return jars.get(0);
    }

    /** Whether the jar names a main class: an application's jar, not a library's. */
    boolean isApplication() {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            throw new SysimgException("Cannot read \"" + jar + "\" (" + e.getMessage() + "); rebuild it with mvn package -DskipTests.", e);
        }
    }

    /** The jar and the runtime-scope dependencies, as Maven resolves them: the class path the application runs with. */
    List<Path> runtimeClassPath() {
        List<Path> entries = new ArrayList<>();
        entries.add(jar);
        entries.addAll(dependencies(baseDir, baseDir, "runtime"));
        return entries;
    }

    /** The dependencies of a scope ({@code test}, {@code runtime}) as Maven resolves them, in Maven's order. */
    private static List<Path> dependencies(Path dir, Path baseDir, String scope) {
        Path output;
        Path log;
        try {
            output = Files.createTempFile("sysimg-test-classpath", ".txt");
            log = Files.createTempFile("sysimg-mvn", ".log");
        } catch (IOException e) {
            throw new SysimgException("Cannot create a temporary file (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable folder.", e);
        }
        try {
            List<String> command = List.of(mvn(), "-B", "-q", "-Dstyle.color=never", "-f", baseDir.resolve("pom.xml").toString(),
                    "dependency:build-classpath", "-Dmdep.includeScope=" + scope, "-Dmdep.outputFile=" + output);
            System.out.println("Resolving the " + scope + " class path: " + String.join(" ", command));
            Process process;
            try {
                process = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new SysimgException("Cannot run Maven (\"" + mvn() + "\": " + e.getMessage() + "); put mvn on the PATH (Maven 3.8+), "
                        + "set SYSIMG_MVN to it, or give the class path with --class-path.", e);
            }
            try {
                if (!process.waitFor(600, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new SysimgException("Maven did not resolve the " + scope + " class path of \"" + dir + "\" within 600 s; run "
                            + String.join(" ", command) + " yourself to see why.");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new SysimgException("Interrupted while Maven resolved the " + scope + " class path.", e);
            }
            if (process.exitValue() != 0) {
                List<String> lines = readLines(log).stream().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").strip())
                        .filter(l -> !l.isEmpty()).toList();
                String reason = lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst().orElse(lines.isEmpty() ? "" : lines.get(0))
                        .replaceFirst("^\\[ERROR\\]\\s*", "");
                throw new SysimgException("Maven could not resolve the " + scope + " class path of \"" + dir + "\" (exit code "
                        + process.exitValue() + (reason.isBlank() ? "" : ": " + reason) + "); fix the project's build first (mvn package "
                        + "-DskipTests must pass).");
            }
            List<Path> entries = new ArrayList<>();
            for (String part : String.join("", readLines(output)).strip().split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    entries.add(Path.of(part));
                }
            }
            return entries;
        } finally {
            try {
                Files.deleteIfExists(output);
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // temporary files only
            }
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The longest package all the jar's classes are in, sub-packages included. */
    static String rootPackage(Path jar) {
        String common = null;
        for (String name : ClassPath.classNames(jar)) {
            int dot = name.lastIndexOf('.');
            String pkg = dot < 0 ? "" : name.substring(0, dot);
            if (name.endsWith("module-info") || name.endsWith("package-info")) {
                continue;
            }
            common = common == null ? pkg : commonPackage(common, pkg);
        }
        return common == null ? "" : common;
    }

    private static String commonPackage(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        List<String> common = new ArrayList<>();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.add(x[i]);
        }
        return String.join(".", common);
    }

    /** {@code target/classes}, the module's classes as Surefire gives them to the tests. */
    Path classes() {
        return baseDir.resolve("target").resolve("classes");
    }

    /** The test run's class path as one path string. */
    String classPathString() {
        return ClassPath.of(classPath).toPathString();
    }
}
