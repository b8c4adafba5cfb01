package io.github.sysimg.core.project;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.JavaNames;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A built Maven module as its build defines it: the one model both front ends fill from Maven (the plugin from the
 * project it runs in, {@code --project} from Maven's effective POM and resolved class paths) and hand to the same
 * decisions: which form the program takes, the image class path, the test run's class path, the included packages
 * and the commands that start the program. The form and the main class are read from the jar once, when first asked
 * for: a shaded jar is read whole to tell its form.
 */
public final class BuiltModule {
    /** How a program of the module starts, which decides what its image is made for. */
    public enum Form {
        /** No main class: other programs put the jar on their class path. */
        LIBRARY("library"),
        /** A main class; the program runs with the jar and its runtime dependencies on the class path. */
        APPLICATION("application"),
        /** A main class and its dependencies inside the jar (maven-shade-plugin): {@code java -jar APP.jar}. */
        SELF_CONTAINED("self-contained application"),
        /** Spring Boot's executable jar, dependencies nested: its image is for Spring's extracted layout. */
        SPRING_BOOT("Spring Boot application");

        private final String description;

        Form(String description) {
            this.description = description;
        }

        /** Whether the program starts with {@code java -jar}. */
        public boolean startsWithJar() {
            return this == SELF_CONTAINED || this == SPRING_BOOT;
        }

        @Override
        public String toString() {
            return description;
        }
    }

    private final Path baseDir;
    private final String groupId;
    private final Path classes;
    private final Path testClasses;
    private final List<Path> sourceRoots;
    private final Path jar;
    private final List<Path> testDependencies;
    private final List<Path> runtimeDependencies;
    private final SurefireRun tests;
    /** The form, once read from the jar. */
    private Form form;
    /** The main class, once read from the jar: empty for none. */
    private Optional<String> mainClass;

    /**
     * @param baseDir             the module's folder
     * @param groupId             its group id
     * @param classes             {@code target/classes}
     * @param testClasses         {@code target/test-classes}
     * @param sourceRoots         the main source folders
     * @param jar                 the module's main artifact ({@code target/FINALNAME.jar}), as the build names it
     * @param testDependencies    the test class path's dependencies, in Maven's order (the module's own folders left out)
     * @param runtimeDependencies the dependencies a program of the module runs with: compile and runtime scope, no
     *                            optional ones, in Maven's order
     * @param tests               how the build runs the tests
     */
    public BuiltModule(Path baseDir, String groupId, Path classes, Path testClasses, List<Path> sourceRoots, Path jar,
                       List<Path> testDependencies, List<Path> runtimeDependencies, SurefireRun tests) {
        this.baseDir = baseDir;
        this.groupId = groupId;
        this.classes = classes;
        this.testClasses = testClasses;
        this.sourceRoots = List.copyOf(sourceRoots);
        this.jar = jar;
        this.testDependencies = List.copyOf(testDependencies);
        this.runtimeDependencies = List.copyOf(runtimeDependencies);
        this.tests = tests;
    }

    /** The same module with these runtime dependencies; what was read from its jar is not read again. */
    public BuiltModule withRuntimeDependencies(List<Path> dependencies) {
        BuiltModule module = new BuiltModule(baseDir, groupId, classes, testClasses, sourceRoots, jar, testDependencies, dependencies, tests);
        module.form = form;
        module.mainClass = mainClass;
        return module;
    }

    /** The module's folder. */
    public Path baseDir() {
        return baseDir;
    }

    /** {@code target/classes}. */
    public Path classes() {
        return classes;
    }

    /** {@code target/test-classes}. */
    public Path testClasses() {
        return testClasses;
    }

    /** The main source folders. */
    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /** The module's main artifact, as the build names it. */
    public Path jar() {
        return jar;
    }

    /** The test class path's dependencies, in Maven's order. */
    public List<Path> testDependencies() {
        return testDependencies;
    }

    /** The dependencies a program of the module runs with, in Maven's order. */
    public List<Path> runtimeDependencies() {
        return runtimeDependencies;
    }

    /** How the build runs the tests. */
    public SurefireRun tests() {
        return tests;
    }

    /**
     * Checks that the module is built as the run needs it.
     *
     * @param how what to run to build it ("run `mvn package -DskipTests` in it first")
     */
    public void requireBuilt(String how) {
        if (!Files.isRegularFile(jar)) {
            throw new SysimgException("The module " + baseDir + " is not built yet (no " + baseDir.relativize(jar) + "); " + how + ".");
        }
        if (!Files.isDirectory(testClasses)) {
            throw new SysimgException("The module " + baseDir + " has no " + baseDir.relativize(testClasses) + " (a module without "
                    + "tests has nothing to record); " + how + ".");
        }
        if (form() == Form.SPRING_BOOT && !Files.isDirectory(classes)) {
            throw new SysimgException("The module " + baseDir + " built " + baseDir.relativize(jar) + " as a Spring Boot executable jar "
                    + "and has no " + baseDir.relativize(classes) + "; " + how + ".");
        }
    }

    /** The program's form, from its jar. */
    public Form form() {
        if (form == null) {
            form = SpringBootJar.isExecutableJar(jar) ? Form.SPRING_BOOT
                    : mainClass() == null ? Form.LIBRARY
                    : holdsOtherClasses() ? Form.SELF_CONTAINED : Form.APPLICATION;
        }
        return form;
    }

    /** The jar's {@code Main-Class} (Spring Boot's {@code Start-Class}), or null. */
    public String mainClass() {
        if (mainClass == null) {
            mainClass = Optional.ofNullable(readMainClass());
        }
        return mainClass.orElse(null);
    }

    private String readMainClass() {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return null;
            }
            String start = manifest.getMainAttributes().getValue("Start-Class");
            String main = start != null ? start : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            return main == null || main.isBlank() ? null : main.strip();
        } catch (IOException e) {
            throw new SysimgException("Cannot read \"" + jar + "\" (" + e.getMessage() + "); rebuild it with mvn package -DskipTests.", e);
        }
    }

    /** Whether the jar holds classes the module did not compile: its dependencies', as a shaded jar does. */
    private boolean holdsOtherClasses() {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        Set<String> own = new HashSet<>(ClassPath.classNames(classes));
        return ClassPath.classNames(jar).stream().anyMatch(name -> !own.contains(name) && !name.endsWith("module-info"));
    }

    /**
     * The class path the image is made for: the jar alone for a library or a self-contained jar; the jar and its runtime
     * dependencies for an application, whose start-up goes mostly into them; Spring's extracted application jar
     * (whose manifest names its runtime jars) for a Spring Boot jar.
     *
     * @param extracted the extracted application jar of a Spring Boot jar, else ignored
     */
    public ClassPath imageClassPath(Path extracted) {
        List<Path> entries = new ArrayList<>();
        switch (form()) {
            case SPRING_BOOT -> entries.add(extracted);
            case APPLICATION -> {
                entries.add(jar);
                entries.addAll(runtimeDependencies);
            }
            default -> entries.add(jar);
        }
        return ClassPath.of(entries);
    }

    /**
     * The tests' class path as Surefire builds it (test classes, the module's classes, the dependencies, less
     * {@code classpathDependencyExcludes}, plus {@code additionalClasspathElements}), with the module's jar (or a Spring
     * Boot jar's extracted application jar) in its classes folder's place: the image's classes are then the ones the
     * tests load.
     */
    public ClassPath testRunClassPath(Path moduleClasses) {
        List<Path> entries = new ArrayList<>();
        entries.add(testClasses);
        entries.add(moduleClasses);
        for (Path dependency : testDependencies) {
            if (tests.dependencyExcludes().stream().noneMatch(exclude -> isArtifact(dependency, exclude))) {
                entries.add(dependency);
            }
        }
        entries.addAll(tests.additionalClassPath());
        return ClassPath.of(entries);
    }

    /** Whether a jar of the local repository is the artifact {@code groupId:artifactId}. */
    public static boolean isArtifact(Path jar, String groupAndArtifact) {
        String[] parts = groupAndArtifact.strip().split(":");
        if (parts.length < 2 || jar.getParent() == null || jar.getParent().getParent() == null) {
            return false;
        }
        Path artifactFolder = jar.getParent().getParent();
        String path = artifactFolder.toString().replace('\\', '/');
        return artifactFolder.getFileName().toString().equals(parts[1]) && path.endsWith("/" + parts[0].replace('.', '/') + "/" + parts[1]);
    }

    /**
     * The packages the agent records and the image is about: the group id when it is a package that holds the module's
     * classes (in a multi-module build it then holds its sibling modules' too), else the one package all the module's
     * classes share.
     */
    public List<String> includedPackages() {
        return List.of(sharedPackage(sourceRoots, classes, groupId));
    }

    /**
     * The included package of a module, before or after it is compiled: its group id when that is a package name and
     * the module's classes are in it or under it; else the longest package its classes share, from its Java sources
     * (by their folders), else from its compiled classes.
     *
     * @throws SysimgException when none of these is a package name
     */
    public static String sharedPackage(List<Path> sourceRoots, Path classes, String groupId) {
        String shared = sharedPackage(sourcePackages(sourceRoots));
        if (shared.isEmpty() && classes != null && Files.isDirectory(classes)) {
            shared = sharedPackage(ClassPath.classNames(classes).stream()
                    .filter(n -> !n.endsWith("module-info") && !n.endsWith("package-info"))
                    .map(n -> n.lastIndexOf('.') < 0 ? "" : n.substring(0, n.lastIndexOf('.'))).toList());
        }
        boolean groupIsPackage = groupId != null && JavaNames.isQualifiedName(groupId);
        if (groupIsPackage && (shared.isEmpty() || shared.equals(groupId) || shared.startsWith(groupId + "."))) {
            return groupId;
        }
        if (!shared.isEmpty()) {
            return shared;
        }
        throw new SysimgException("The module's classes share no package and its groupId \"" + groupId + "\" is not a package name; "
                + "name the packages to record (--include-package, or <includes> in the plugin's configuration).");
    }

    /** The packages of the Java sources under the roots, by their folders. */
    private static List<String> sourcePackages(List<Path> roots) {
        List<String> packages = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.getFileName().toString().endsWith(".java") && !f.getFileName().toString().equals("module-info.java")
                                && !f.getFileName().toString().equals("package-info.java"))
                        .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the sources in " + root, e);
            }
        }
        return packages;
    }

    /** The longest package that every one of {@code packages} is in or under; empty when there is none. */
    static String sharedPackage(List<String> packages) {
        String common = null;
        for (String pkg : packages) {
            common = common == null ? pkg : commonPrefix(common, pkg);
        }
        return common == null ? "" : common;
    }

    private static String commonPrefix(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        List<String> common = new ArrayList<>();
        for (int i = 0; i < Math.min(x.length, y.length) && x[i].equals(y[i]); i++) {
            common.add(x[i]);
        }
        return String.join(".", common);
    }
}
