package io.github.sysimg.maven;

import io.github.sysimg.core.AtomicFiles;
import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.TrainingSettings;
import io.github.sysimg.core.project.BuiltModule;
import io.github.sysimg.core.project.StartCommands;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds a start-up image of the module from what its tests exercised: merges the session files that
 * {@code prepare-agent}'s agent wrote, writes the statements file, runs the tests again as Surefire ran them (its
 * argLine, system properties, environment, working directory, configuration parameters) as the JVM's training, and
 * builds the image with its {@code .args} argfile, for the class path {@code --project} would choose for the same
 * module. The goal logs the {@code java} command that starts the program with it.
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
     * Whether a training run runs the recorded tests that passed again, as Surefire ran them but without the agent, so
     * the JVM itself records what the program needs at start-up; {@code false}: the image from the statements alone.
     */
    @Parameter(property = "sysimg.training", defaultValue = "true")
    boolean training;

    /**
     * Whether a Spring Boot application's AOT cache (JDK 25+) is written from the application's own start to a refreshed
     * context ({@code -Dspring.context.exit=onRefresh}, with its own configuration, in a scratch folder), with what the
     * training loaded preloaded; {@code false}: dumped from the training's class list alone. As the CLI's
     * {@code --no-application-start}.
     */
    @Parameter(property = "sysimg.applicationStart", defaultValue = "true")
    boolean applicationStart;

    /** As the CLI's {@code --exclusive-class-limit}. Default: 1 for a suite of 50 test classes or more, else 200. */
    @Parameter(property = "sysimg.exclusiveClassLimit")
    Integer exclusiveClassLimit;

    /** As the CLI's {@code --training-test-limit}. Default: 1000. */
    @Parameter(property = "sysimg.trainingTestLimit")
    Integer trainingTestLimit;

    /**
     * Whether tests that ran in this build without the agent (a Surefire {@code <argLine>} without {@code @{argLine}},
     * {@code forkCount=0}) fail the goal; {@code false}: a warning, and no image.
     */
    @Parameter(property = "sysimg.failOnMissingAgent", defaultValue = "true")
    boolean failOnMissingAgent;

    /** Where the training finds a junit-platform-launcher of the suite's version when the tests do not bring one. */
    @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
    File localRepository;

    @Parameter(property = "plugin.artifactMap", readonly = true, required = true)
    Map<String, org.apache.maven.artifact.Artifact> pluginArtifactMap;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

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
        BuiltModule module = ModuleModel.of(project, session);
        Sessions sessions = new Sessions(sessionsDirectory.toPath(), getLog());
        List<Path> sessionFiles = sessions.files();
        if (sessionFiles.isEmpty()) {
            sessions.noneWritten(project, session, module.tests(), failOnMissingAgent);
            return;
        }
        module.requireBuilt("run the image goal in the package phase or later, e.g. mvn package");
        BuiltModule.Form form = module.form();
        Path extracted = form == BuiltModule.Form.SPRING_BOOT ? extract(jdk, module.jar()) : null;
        ClassPath imageClassPath = module.imageClassPath(extracted);
        ServedClasses served = new ServedClasses(getLog());
        served.warnAboutFolders(imageClassPath);
        TrainingSettings trainingSettings = trainingSettings(module);
        ClassPath testClassPath = trainingSettings == null ? ClassPath.empty()
                : ClassPath.of(TrainingLauncher.withLauncher(module.testRunClassPath(extracted != null ? extracted : module.jar()).entries(),
                        localRepository, getLog()));
        ImageRequest request = new ImageRequest(jdk, kind, imageClassPath, testClassPath, imagePath,
                statementsFile.toPath().toAbsolutePath().normalize(), packages, trainingSettings);
        StatementsFile statements = writeStatements(request, sessionFiles);
        if (served.servesNothing(request)) {
            return;
        }
        createFolder(imagePath.getParent());
        ImageBuilder.checkTarget(jdk, kind, imagePath);
        ImageBuilder.Result result = ImagePipeline.buildImage(request, statements, line -> {
            if (line.startsWith("Warning:") || line.startsWith("[sysimg] training: failed ")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        });
        served.checkServed(jdk, result, statements.names(StatementKind.CLASS));
        StartCommands commands = new StartCommands(form, jdk.javaExecutable(), result.image(), result.imageClassPath(),
                mainClass != null && !mainClass.isBlank() ? mainClass.strip() : module.mainClass());
        try {
            byte[] argFile = commands.argFileText(result.runOptions()).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(result.argFile(), out -> out.write(argFile));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cannot write \"" + result.argFile() + "\" (" + e.getMessage() + "); check the permissions of its folder.", e);
        }
        getLog().info("Start the " + form + " with the image" + (form == BuiltModule.Form.SPRING_BOOT
                ? " from Spring Boot's extracted layout (its manifest names the runtime jars in " + extracted.resolveSibling("lib") + "):" : ":"));
        commands.start().forEach(line -> getLog().info("  " + line));
    }

    /** Merges the session files into the statements file; refuses statements that hold no class of the included packages. */
    private StatementsFile writeStatements(ImageRequest request, List<Path> sessions) throws MojoExecutionException, MojoFailureException {
        StatementsFile merged = StatementsFile.merge(read(sessions, request.jdk()), Map.of());
        createFolder(request.statementsFile().getParent());
        StatementsFile statements = ImagePipeline.writeStatements(request, merged, "the Maven tests of " + project.getGroupId() + ":"
                + project.getArtifactId() + " (" + count(sessions.size(), "session", "sessions") + ")", Map.of());
        int classes = statements.statements(StatementKind.CLASS).size();
        getLog().info("Wrote " + count(statements.statements().size(), "statement", "statements") + " ("
                + count(classes, "class", "classes") + ", " + count(statements.statements(StatementKind.TEST).size(), "test", "tests")
                + ") from " + count(sessions.size(), "session file", "session files") + " to " + request.statementsFile());
        if (statements.statements(StatementKind.TEST).isEmpty()) {
            getLog().warn("No test was attributed, so the training has no test to run: the JUnit Platform was not on the test JVM's "
                    + "system class path (Surefire's useSystemClassLoader=false); add io.github.sysimg:sysimg-junit-extension as a "
                    + "test dependency.");
        }
        if (classes == 0) {
            throw new MojoFailureException("No image: the tests loaded no class of " + String.join(", ", request.includes())
                    + " that the jar or its runtime dependencies hold; set <includes> (sysimg.includes) to the packages your tests "
                    + "exercise, or set sysimg.skip=true.");
        }
        return statements;
    }

    /** How the training runs the tests again, as Surefire ran them; null without training. */
    private TrainingSettings trainingSettings(BuiltModule module) throws MojoExecutionException {
        if (!training) {
            return null;
        }
        org.apache.maven.artifact.Artifact runner = pluginArtifactMap.get("io.github.sysimg:sysimg-runner");
        if (runner == null || runner.getFile() == null || !runner.getFile().isFile()) {
            throw new MojoExecutionException("The plugin's dependency io.github.sysimg:sysimg-runner was not resolved to a jar; "
                    + "check the plugin's installation, or set sysimg.training=false.");
        }
        var tests = module.tests();
        tests.notHonoured().forEach(getLog()::warn);
        return new TrainingSettings(runner.getFile().toPath(), 0, exclusiveClassLimit, trainingTestLimit, tests.jvmArgs(),
                tests.configuration(), tests.workingDirectory(), tests.environment(), applicationStart);
    }

    /** Spring Boot's executable jar (spring-boot:repackage ran before this goal): its extracted application jar in target/sysimg/. */
    private Path extract(Jdk jdk, Path jar) {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path extracted = SpringBootJar.extract(jdk, jar, Path.of(project.getBuild().getDirectory(), "sysimg", name).toAbsolutePath().normalize(),
                "or keep the plain jar with <classifier>exec</classifier> in spring-boot-maven-plugin's configuration, or set "
                        + "sysimg.skip=true");
        getLog().info("Extracted the Spring Boot jar into " + extracted.getParent() + " (java -Djarmode=tools): the image is for "
                + extracted.getFileName() + " and its runtime jars in lib/");
        return extracted;
    }

    private static void createFolder(Path folder) throws MojoExecutionException {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Cannot create folder \"" + folder + "\" (" + e.getMessage() + "); check the permissions of target/.", e);
        }
    }
}
