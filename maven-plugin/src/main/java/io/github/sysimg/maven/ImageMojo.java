package io.github.sysimg.maven;

import io.github.sysimg.core.ArgFile;
import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageJars;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.TrainingSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds a start-up image of the module's jar from what its tests exercised: merges the session files that
 * {@code prepare-agent}'s agent wrote, keeps the statements whose classes the image class path holds (the module's
 * jar, then its runtime dependencies in Maven's order), writes them to {@code statementsFile}, and builds the
 * image with its {@code .args} argfile. A program starts with it when its class path begins with that same class
 * path: the goal logs the whole {@code java} command line.
 */
@Mojo(name = "image", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ImageMojo extends AbstractSysimgMojo {

    /** The merged, filtered statements the image is made from. */
    @Parameter(property = "sysimg.statementsFile", defaultValue = "${project.build.directory}/sysimg/sysimg-statements.txt", required = true)
    File statementsFile;

    /** Where to write the image. Default: {@code target/sysimg/sysimg.jsa} (CDS archive) or {@code sysimg.aot} (AOT cache). */
    @Parameter(property = "sysimg.image")
    File image;

    /**
     * Whether a training run runs the recorded tests again (with the suite's JUnit Platform, without the agent) so
     * the JVM itself records what the library needs at start-up: the image is dumped from that run's class list
     * (with the included classes only tests it could not run used). {@code false}: the image from the statements
     * alone.
     */
    @Parameter(property = "sysimg.training", defaultValue = "true")
    boolean training;

    /**
     * The image goes without the classes that only one test class loads when that test class alone loads this many
     * or more (as the CLI's {@code --exclusive-class-limit}). Default: 1 for a suite of 50 test classes or more,
     * 200 for a smaller one. {@code 0}: keep them all.
     */
    @Parameter(property = "sysimg.exclusiveClassLimit")
    Integer exclusiveClassLimit;

    /**
     * The training runs every test that passed when at most this many passed, else those that first exercised
     * something (as the CLI's {@code --training-test-limit}). Default: 1000.
     */
    @Parameter(property = "sysimg.trainingTestLimit")
    Integer trainingTestLimit;

    /** Where the training finds a junit-platform-launcher of the suite's version when the tests do not bring one. */
    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    File localRepository;

    @Parameter(property = "plugin.artifactMap", readonly = true, required = true)
    Map<String, org.apache.maven.artifact.Artifact> pluginArtifactMap;

    /** The main class for the command line the goal logs. Default: the jar's {@code Main-Class}. */
    @Parameter(property = "sysimg.mainClass")
    String mainClass;

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping the image: a module of packaging pom has no jar.");
            return;
        }
        List<String> packages = effectiveIncludes();
        Jdk jdk = jdk();
        ImageKind kind = kind(jdk);
        Path imagePath = (image != null ? image.toPath() : ImageRequest.defaultImage(Path.of(project.getBuild().getDirectory(), "sysimg"), kind))
                .toAbsolutePath().normalize();
        List<Path> sessions = sessionFiles();
        if (sessions.isEmpty()) {
            getLog().info("No statements in " + sessionsDirectory + ": no tests ran with the sysimg agent (prepare-agent); skipping the image.");
            return;
        }
        TrainingSettings trainingSettings = trainingSettings();
        File builtJar = builtJar();
        // Spring Boot's executable jar: the image is for the application jar of its extracted layout
        boolean extractedLayout = SpringBootJar.isExecutableJar(builtJar.toPath());
        ClassPath imageClassPath = extractedLayout ? extractedLayout(jdk, builtJar) : imageClassPath(builtJar);
        ImageRequest request = new ImageRequest(jdk, kind, imageClassPath, trainingSettings == null ? ClassPath.empty() : testClassPath(),
                imagePath, statementsFile.toPath().toAbsolutePath().normalize(), packages, trainingSettings);
        StatementsFile statements = writeStatements(request, sessions);
        if (servesNothing(request)) {
            return;
        }
        createFolder(imagePath.getParent());
        ImageBuilder.checkTarget(jdk, kind, imagePath);
        ImageBuilder.Result result = ImagePipeline.buildImage(request, statements, getLog()::info);
        checkServed(jdk, kind, result, statements.names(StatementKind.CLASS));
        // The plugin knows the program's whole class path: the argfile carries it, so the order cannot go wrong.
        try {
            byte[] argFile = ArgFile.text(result.kind(), result.image(), result.imageClassPath()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            io.github.sysimg.core.AtomicFiles.write(result.argFile(), out -> out.write(argFile));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot write \"" + result.argFile() + "\" (" + e.getMessage() + "); check the permissions of its folder.", e);
        }
        Path jar = result.imageClassPath().entries().get(0);
        if (extractedLayout) {
            getLog().info("Start the application with the image from Spring Boot's extracted layout (its manifest names the runtime jars in "
                    + jar.resolveSibling("lib") + "):");
            getLog().info("  " + jdk.javaExecutable() + " @" + result.argFile() + " -jar " + jar);
            return;
        }
        getLog().info("Start the jar with the image (the argfile sets the class path: the jar, then its runtime dependencies):");
        getLog().info("  " + jdk.javaExecutable() + " @" + result.argFile() + " " + mainClass(jar));
    }

    /** Merges the session files into the statements file; refuses statements that hold no class of the included packages. */
    private StatementsFile writeStatements(ImageRequest request, List<Path> sessions) throws MojoExecutionException, MojoFailureException {
        StatementsFile merged = StatementsFile.merge(read(sessions, request.jdk()), Map.of());
        createFolder(request.statementsFile().getParent());
        StatementsFile statements = ImagePipeline.writeStatements(request, merged, "the Maven tests of " + project.getGroupId() + ":"
                + project.getArtifactId() + " (" + count(sessions.size(), "session", "sessions") + ")", Map.of());
        int classes = statements.statements(StatementKind.CLASS).size();
        getLog().info("Wrote " + count(statements.statements().size(), "statement", "statements") + " ("
                + count(classes, "class", "classes") + ") from " + count(sessions.size(), "session file", "session files")
                + " to " + request.statementsFile());
        if (statements.statements(StatementKind.TEST).isEmpty()) {
            getLog().warn("No test was attributed: add io.github.sysimg:sysimg-junit-extension as a test dependency, so each statement "
                    + "names the test that exercised it and test classes are told apart from the library's.");
        }
        if (classes == 0) {
            throw new MojoFailureException("No image: the tests loaded no class of " + String.join(", ", request.includes())
                    + " that the jar or its runtime dependencies hold; set <includes> (sysimg.includes) to the packages your tests "
                    + "exercise, or set sysimg.skip=true.");
        }
        return statements;
    }

    /**
     * Whether the JDK would serve none of the image's classes (JDK-8339460): such jars are served only through copies under a
     * plain path beside the image, and under this image's path not even those. Says so, as the reason to skip the image.
     */
    private boolean servesNothing(ImageRequest request) {
        Path folder = request.image().getParent();
        if (ImageJars.servesEscapedPaths(request.jdk()) || !ImageJars.needsUrlEscaping(folder)) {
            return false;
        }
        Optional<Path> escaped = request.imageClassPath().entries().stream()
                .filter(e -> ImageJars.needsUrlEscaping(e) || Files.isDirectory(e)).findFirst();
        escaped.ifPresent(entry -> getLog().warn("JDK " + request.jdk().feature() + " never serves archived classes from a jar whose path "
                + "a file: URL must escape (JDK-8339460), like \"" + entry + "\", and the image's folder \"" + folder
                + "\" has such a path too; skipping the image: set <image> (sysimg.image) to a path without spaces or "
                + "non-ASCII characters, or use JDK " + ImageJars.FIRST_FEATURE_SERVING_ESCAPED_PATHS + " or newer."));
        return escaped.isPresent();
    }

    /**
     * Tells, from the JVM's own listing of the image, how many of the library's classes the image serves to a
     * program started with its argfile and class path, and warns when the JVM archived them for no loader.
     */
    private void checkServed(Jdk jdk, ImageKind kind, ImageBuilder.Result result, Set<String> libraryClasses) {
        Optional<ArchivedClasses> archived = ArchivedClasses.list(jdk, kind, result.image(), result.imageClassPath());
        if (archived.isEmpty()) {
            getLog().debug("Could not list the image's classes with -XX:+PrintSharedArchiveAndExit; not checked.");
            return;
        }
        List<String> served = new ArrayList<>();
        List<String> otherLoader = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : libraryClasses) {
            String loader = archived.get().loaderByClass().get(name);
            (loader == null ? absent : "app_loader".equals(loader) ? served : otherLoader).add(name);
        }
        if (otherLoader.isEmpty() && absent.isEmpty()) {
            getLog().info("The image serves " + (served.size() == 1 ? "the 1 class" : "all " + served.size() + " classes")
                    + " of the included packages to the application class loader.");
            return;
        }
        if (!otherLoader.isEmpty()) {
            Optional<Path> escaped = result.imageClassPath().entries().stream().filter(ImageJars::needsUrlEscaping).findFirst();
            getLog().warn("The JDK at \"" + jdk.home() + "\" archived " + otherLoader.size() + " of the " + libraryClasses.size()
                    + " classes of the included packages for a class loader that a program started with -cp does not use (e.g. "
                    + otherLoader.get(0) + "), so the image will not serve them" + (escaped.isPresent()
                            ? "; this JDK does that to jars whose path a file: URL must escape (JDK-8339460), like \"" + escaped.get()
                                    + "\": build in a folder whose path has no spaces or non-ASCII characters, or use JDK "
                                    + ImageJars.FIRST_FEATURE_SERVING_ESCAPED_PATHS + " or newer."
                            : "; rerun the dump with -Xlog:cds to see why."));
        }
        if (!absent.isEmpty()) {
            getLog().warn("The JVM left " + absent.size() + " of the " + libraryClasses.size() + " classes of the included packages out of "
                    + "the image (e.g. " + absent.get(0) + "); rerun the dump with -Xlog:cds to see why.");
        }
    }

    /** How the training runs the tests again; null without training. */
    private TrainingSettings trainingSettings() throws MojoExecutionException {
        if (!training) {
            return null;
        }
        org.apache.maven.artifact.Artifact runner = pluginArtifactMap.get("io.github.sysimg:sysimg-runner");
        if (runner == null || runner.getFile() == null || !runner.getFile().isFile()) {
            throw new MojoExecutionException("The plugin's dependency io.github.sysimg:sysimg-runner was not resolved to a jar; "
                    + "check the plugin's installation, or set sysimg.training=false.");
        }
        return new TrainingSettings(runner.getFile().toPath(), 0, exclusiveClassLimit, trainingTestLimit, List.of(), Map.of(), null);
    }

    /** The tests and their dependencies, with a JUnit Platform launcher: what the training runs the tests with. */
    private ClassPath testClassPath() throws MojoExecutionException {
        List<Path> testClassPath = withoutClassesFolder(project::getTestClasspathElements, "test");
        junitLauncher(testClassPath).ifPresent(testClassPath::add);
        return ClassPath.of(testClassPath);
    }

    /**
     * The junit-platform-launcher the training runs the tests with, when the test class path has none: the one of
     * the engine's exact version in the local repository, where Surefire's JUnit Platform provider put it when the
     * tests ran. Without one the training replays the tests by reflection.
     */
    private java.util.Optional<Path> junitLauncher(List<Path> testClassPath) {
        String engineVersion = null;
        for (Path entry : testClassPath) {
            String name = entry.getFileName().toString();
            if (name.startsWith("junit-platform-launcher-")) {
                return java.util.Optional.empty();
            }
            if (name.startsWith("junit-platform-engine-") && name.endsWith(".jar")) {
                engineVersion = name.substring("junit-platform-engine-".length(), name.length() - ".jar".length());
            }
        }
        if (engineVersion == null || localRepository == null) {
            return java.util.Optional.empty();
        }
        Path jar = localRepository.toPath().resolve(Path.of("org", "junit", "platform", "junit-platform-launcher", engineVersion,
                "junit-platform-launcher-" + engineVersion + ".jar"));
        if (Files.isRegularFile(jar)) {
            return java.util.Optional.of(jar);
        }
        getLog().info("No junit-platform-launcher " + engineVersion + " in " + localRepository + ": the training replays the tests "
                + "by reflection, without JUnit extensions.");
        return java.util.Optional.empty();
    }

    /** The session files, in name order so the merge does not depend on the file system's order. */
    private List<Path> sessionFiles() throws MojoExecutionException {
        Path folder = sessionsDirectory.toPath();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".statements") && Files.isRegularFile(f))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the session files in \"" + folder + "\" (" + e.getMessage() + "); check its permissions.", e);
        }
    }

    /** The module's jar, as the package phase left it. */
    private File builtJar() throws MojoFailureException {
        File jar = project.getArtifact().getFile();
        if (jar == null || !jar.isFile()) {
            throw new MojoFailureException("The module's jar is not built yet" + (jar == null ? "" : " (\"" + jar + "\" is not a jar file")
                    + (jar == null ? "" : ")") + "; run the image goal in the package phase or later, e.g. mvn package.");
        }
        return jar;
    }

    /**
     * For Spring Boot's executable jar (spring-boot:repackage ran before this goal): the application jar of its
     * extracted layout in target/sysimg/, whose manifest names the runtime jars that the repackaged jar holds (no
     * optional or DevTools jars).
     */
    private ClassPath extractedLayout(Jdk jdk, File jar) {
        String name = jar.getName().endsWith(".jar") ? jar.getName().substring(0, jar.getName().length() - 4) : jar.getName();
        Path extracted = SpringBootJar.extract(jdk, jar.toPath().toAbsolutePath(),
                Path.of(project.getBuild().getDirectory(), "sysimg", name).toAbsolutePath().normalize(),
                "or keep the plain jar with <classifier>exec</classifier> in spring-boot-maven-plugin's configuration, or set "
                        + "sysimg.skip=true");
        getLog().info("Extracted the Spring Boot jar into " + extracted.getParent() + " (java -Djarmode=tools): the image is for "
                + extracted.getFileName() + " and its runtime jars in lib/");
        return ClassPath.of(List.of(extracted));
    }

    /** The module's jar, then its runtime dependencies in Maven's order: the class path a program starts with. */
    private ClassPath imageClassPath(File jar) throws MojoFailureException, MojoExecutionException {
        List<Path> entries = new ArrayList<>();
        entries.add(jar.toPath());
        entries.addAll(withoutClassesFolder(project::getRuntimeClasspathElements, "runtime"));
        for (Path entry : entries) {
            if (!Files.exists(entry)) {
                throw new MojoFailureException("Runtime class path entry \"" + entry + "\" of " + project.getId()
                        + " does not exist; run the image goal in a build that makes it, e.g. mvn package.");
            }
            if (Files.isDirectory(entry)) {
                getLog().warn("Dependency " + entry + " is a folder, not a jar (its module was not packaged in this build); "
                        + "the image is made for a jar of it that a program will not have: build with mvn package or later.");
            }
        }
        return ClassPath.of(entries);
    }

    /** Maven's class path elements of one scope. */
    @FunctionalInterface
    private interface Elements {
        List<String> get() throws DependencyResolutionRequiredException;
    }

    /** A class path of Maven's, without the module's classes folder: its jar, which the image class path holds, stands in for it. */
    private List<Path> withoutClassesFolder(Elements elements, String scope) throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        List<Path> entries = new ArrayList<>();
        try {
            for (String element : elements.get()) {
                Path entry = Path.of(element).toAbsolutePath().normalize();
                if (!entry.equals(classes)) {
                    entries.add(entry);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The " + scope + " dependencies of " + project.getId() + " are not resolved (" + e.getMessage()
                    + "); run the image goal as part of a build, e.g. mvn package.", e);
        }
        return entries;
    }

    private String mainClass(Path jar) {
        if (mainClass != null && !mainClass.isBlank()) {
            return mainClass.strip();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            if (main != null && !main.isBlank()) {
                return main.strip();
            }
        } catch (IOException e) {
            // the jar was read a moment ago; without its manifest the line names a placeholder
        }
        return "<your main class>";
    }

    private static void createFolder(Path folder) throws MojoExecutionException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create folder \"" + folder + "\" (" + e.getMessage() + "); check the permissions of target/.", e);
        }
    }
}
