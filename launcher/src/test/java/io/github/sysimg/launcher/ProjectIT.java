package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --project DIR}: a Maven user's own project, built with {@code mvn package -DskipTests}, is all the input
 * the tool needs; the README's three commands (build, record, time) give a start-up ratio.
 */
class ProjectIT {
    /** A plain Maven project: one of the Maven plugin's IT projects' sources, without the plugin. */
    static final String POM = pom("com.example.greet", "greet", "", "");

    /**
     * The POM of a Maven project {@code groupId:artifactId:1.0} built for Java 17, with JUnit Jupiter for its tests and
     * the build plugins' versions pinned, plus the given dependencies' and plugins' elements.
     */
    static String pom(String groupId, String artifactId, String dependencies, String plugins) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                  <dependencies>
                %s    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.14.1</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(groupId, artifactId, dependencies, plugins);
    }

    static final Path SOURCES = Path.of("../maven-plugin/src/it/skip/src").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void buildTheProject() throws Exception {
        project = Files.createDirectories(dir.resolve("greet"));
        Files.writeString(project.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
        copyTree(SOURCES, project.resolve("src"));
        // offline: the local repository has what this build needs
        run(project, Map.of(), List.of(MavenProject.mvn(), "-B", "-q", "-o", "package", "-DskipTests")).assertExit(0);
    }

    @Test
    void aBuiltMavenProjectIsAllTheInputAndTimeGivesTheRatio() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        String ext = Cli.imageExtension(Cli.JDK17);
        Cli.Run record = Cli.sysimg(work, "--project", project.toString(), "--image", "greet." + ext, "--report", "report")
                .assertExit(0);
        assertTrue(record.output().contains("library target/greet-1.0.jar"), record.output());
        assertTrue(record.output().contains("the tests Surefire runs (includes **/Test*.java"), record.output());
        assertTrue(record.output().contains("2 tests found in 2 classes"), "both test classes ran: " + record.output());
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(record.output());
        assertTrue(trained.find(), record.output());
        assertEquals("2", trained.group(1), record.output());
        assertEquals("0", trained.group(3), record.output());
        String meta = Files.readString(work.resolve("greet." + ext + ".meta"));
        assertTrue(meta.contains("greet-1.0.jar"), "the image is made for the project's jar: " + meta);
        assertTrue(record.output().contains(" time --image " + work.resolve("greet." + ext) + " --class-path "
                + project.resolve("target/greet-1.0.jar") + ":OTHER_JARS -- MAIN_CLASS"), "the run says how to measure: " + record.output());

        assertTrue(Cli.assertServes(work, Cli.JDK17, "greet." + ext, "com.example.greet.Main") >= 2, "Greeter and Punctuation");
        Cli.Run time = Cli.sysimg(work, "time", "--image", "greet." + ext, "--runs", "3", "--", "com.example.greet.Main").assertExit(0);
        List<String> lines = time.output().strip().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("ratio \\d+\\.\\d+"), time.output());
    }

    /**
     * A library whose tests pass only as Surefire runs them (the Maven plugin's IT project without the plugin): from
     * another folder, {@code --project} runs exactly the tests Surefire runs, with its argLine, system properties,
     * environment, base directory, includes, excludes, excluded groups and configuration parameters, and the training
     * runs each of them again without a failure.
     */
    @ParameterizedTest
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void theTestsRunAsSurefireRunsThem(Path jdk) throws Exception {
        Path settings = builtWithoutThePlugin("surefire-settings");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        String ext = Cli.imageExtension(jdk);
        Cli.Run record = Cli.sysimg(elsewhere, "--project", settings.toString(), "--image", "settings." + ext, "--java-home", jdk.toString()).assertExit(0);
        assertTrue(record.output().contains("9 tests found in 8 classes"), "Surefire's 9 tests, not the excluded ones: " + record.output());
        assertTrue(record.output().contains("[         9 tests successful      ]"), record.output());
        assertTrue(record.output().contains("training: ran 9 of 9 tests with JUnit (0 failed, 0 aborted)"), record.output());
        assertFalse(record.output().contains("training: failed"), record.output());
        Path jar = settings.resolve("target/settings-1.0.jar");
        assertTrue(record.output().contains("-cp " + jar + ":OTHER_JARS MAIN_CLASS"), "the fill-ins are named: " + record.output());

        Cli.Run started = Cli.java(jdk, elsewhere, "@" + elsewhere.resolve("settings." + ext + ".args"), Cli.strictOption(jdk),
                "-Xlog:class+load", "-cp", jar.toString(), "com.example.settings.Settings").assertExit(0);
        assertTrue(started.output().contains("settings: 2"), started.output());
        assertTrue(started.output().contains("com.example.settings.Settings source: shared objects file"), started.output());
    }

    /**
     * A self-contained application (maven-shade-plugin, an annotation processor, test-scope JUnit): the image is for
     * {@code java -jar APP.jar}, the printed line runs as it is, and the image holds none of the tests' or the
     * processor's classes.
     */
    @ParameterizedTest
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void aShadedApplicationGetsAnImageForJavaDashJar(Path jdk) throws Exception {
        Path shaded = builtWithoutThePlugin("shaded-app");
        assertTrue(Files.isRegularFile(shaded.resolve("target/original-shaded-1.0.jar")), "the shade plugin's original jar is beside");
        String ext = Cli.imageExtension(jdk);
        Cli.Run record = Cli.sysimg(dir, "--project", shaded.toString(), "--image", "shaded." + ext, "--java-home", jdk.toString()).assertExit(0);
        assertTrue(record.output().contains("self-contained application target/shaded-1.0.jar"), record.output());
        List<String> lines = record.output().lines().toList();
        int at = lines.indexOf("Start the self-contained application with the image:");
        assertTrue(at >= 0, record.output());
        Path jar = shaded.resolve("target/shaded-1.0.jar");
        String start = lines.get(at + 1).strip();
        assertEquals(jdk.resolve("bin/java") + " @" + dir.resolve("shaded." + ext + ".args") + " -jar " + jar, start);

        List<String> command = new ArrayList<>(List.of(start.split(" ")));
        command.addAll(2, List.of(Cli.strictOption(jdk), "-Xlog:class+load"));
        command.add("Ada");
        Cli.Run started = run(dir, Map.of(), command).assertExit(0);
        assertTrue(started.output().contains("Hello, Ada!"), started.output());
        assertTrue(started.output().contains("com.example.shaded.Greet source: shared objects file"), started.output());
        if (Cli.feature(jdk) < 24) {
            // picocli is compiled for Java 5: an AOT cache leaves out classes that old once they are linked
            assertTrue(started.output().contains("picocli.CommandLine source: shared objects file"), started.output());
        }
        Cli.Run listing = Cli.java(jdk, dir, "@" + dir.resolve("shaded." + ext + ".args"), "-XX:+PrintSharedArchiveAndExit",
                "-cp", jar.toString());
        assertTrue(listing.output().contains("com.example.shaded.Greet"), listing.output());
        for (String foreign : List.of(" org.junit.", " org.opentest4j.", " picocli.codegen.", " com.example.shaded.GreetTest")) {
            assertFalse(listing.output().contains(foreign), "the image holds" + foreign + " classes");
        }
    }

    /**
     * An application (a Main-Class, a runtime dependency, an optional one, a test-scope one): the image is for the jar
     * and its runtime dependencies only, its argfile sets that class path, and the printed line runs as it is.
     */
    @ParameterizedTest
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void anApplicationsImageClassPathIsItsRuntimeClassPath(Path jdk) throws Exception {
        Path app = applicationProject();
        String ext = Cli.imageExtension(jdk);
        Cli.Run record = Cli.sysimg(dir, "--project", app.toString(), "--image", "application." + ext, "--statements", "application-" + ext + ".txt",
                "--java-home", jdk.toString())
                .assertExit(0);
        assertTrue(record.output().contains("application target/greet-1.0.jar"), record.output());
        String header = Files.readAllLines(dir.resolve("application-" + ext + ".txt")).stream().filter(l -> l.startsWith("@image-class-path "))
                .findFirst().orElseThrow();
        List<String> imageClassPath = List.of(header.substring("@image-class-path ".length()).split(":"));
        assertEquals(2, imageClassPath.size(), header);
        assertEquals(app.resolve("target/greet-1.0.jar").toString(), imageClassPath.get(0));
        assertTrue(imageClassPath.get(1).endsWith("commons-lang3-3.17.0.jar"), "the runtime dependency, nothing else: " + header);

        List<String> lines = record.output().lines().toList();
        String start = lines.get(lines.indexOf("Start the application with the image:") + 1).strip();
        assertEquals(jdk.resolve("bin/java") + " @" + dir.resolve("application." + ext + ".args") + " com.example.greet.Main", start);
        List<String> command = new ArrayList<>(List.of(start.split(" ")));
        command.add(2, Cli.strictOption(jdk));
        command.add(3, "-Xlog:class+load");
        Cli.Run started = run(dir, Map.of(), command).assertExit(0);
        assertTrue(started.output().contains("Hello, world!"), started.output());
        assertTrue(started.output().contains("com.example.greet.Greeter source: shared objects file"), started.output());
    }

    /** A built application: a Main-Class, a runtime dependency, an optional one and a test-scope one (built once). */
    private static Path applicationProject() throws IOException, InterruptedException {
        Path app = dir.resolve("application");
        if (Files.isDirectory(app)) {
            return app;
        }
        Files.createDirectories(app);
        String dependencies = """
                    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId><version>3.17.0</version></dependency>
                    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-collections4</artifactId><version>4.4</version>
                      <optional>true</optional></dependency>
                    <dependency><groupId>org.hamcrest</groupId><artifactId>hamcrest</artifactId><version>2.2</version><scope>test</scope></dependency>
                """;
        Files.writeString(app.resolve("pom.xml"), pom("com.example.greet", "greet", dependencies, "").replace(
                "<plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>",
                "<plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version><configuration><archive><manifest>"
                        + "<mainClass>com.example.greet.Main</mainClass></manifest></archive></configuration></plugin>"), StandardCharsets.UTF_8);
        copyTree(SOURCES, app.resolve("src"));
        // online: these dependencies may not be in the local repository yet
        run(app, Map.of(), List.of(MavenProject.mvn(), "-B", "-q", "package", "-DskipTests")).assertExit(0);
        return app;
    }

    /**
     * Every kind of test trains in a real training run, as it ran: nested, repeated, dynamic, parameterized, Mockito's
     * extension mocking a final class with the inline mock maker, and Spring's extension with a test context; the
     * class only each kind's tests load is served from the image.
     */
    @ParameterizedTest
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void everyKindOfTestTrains(Path jdk) throws Exception {
        Path kinds = builtWithoutThePlugin("test-kinds");
        String ext = Cli.imageExtension(jdk);
        Cli.Run record = Cli.sysimg(dir, "--project", kinds.toString(), "--image", "kinds." + ext, "--statements", "kinds-" + ext + ".txt",
                "--java-home", jdk.toString()).assertExit(0);
        assertTrue(record.output().contains("10 tests found in 7 classes"), record.output());
        assertTrue(record.output().contains("training: ran 10 of 10 tests with JUnit (0 failed, 0 aborted)"), record.output());
        Path jar = kinds.resolve("target/kinds-1.0.jar");
        Cli.Run started = Cli.java(jdk, dir, "@" + dir.resolve("kinds." + ext + ".args"), Cli.strictOption(jdk), "-Xlog:class+load",
                "-cp", jar.toString(), "com.example.kinds.ShelfMain").assertExit(0);
        assertTrue(started.output().contains("kinds: 6"), started.output());
        for (String kind : List.of("Nested", "Repeated", "Dynamic", "Parameterized", "Mocked", "Spring")) {
            assertTrue(started.output().contains("com.example.kinds." + kind + "Work source: shared objects file"),
                    kind + "'s class is not served from the image: " + started.output());
        }
    }

    /** A build that always makes a classified jar beside the main one: the module's jar is the one Maven names. */
    @Test
    void aClassifiedJarBesideTheModulesJar() throws Exception {
        Path examples = Files.createDirectories(dir.resolve("examples"));
        Files.writeString(examples.resolve("pom.xml"), POM.replace(
                "<plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>",
                "<plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version><executions><execution><id>examples</id>"
                        + "<goals><goal>jar</goal></goals><configuration><classifier>examples</classifier></configuration></execution>"
                        + "</executions></plugin>"), StandardCharsets.UTF_8);
        copyTree(SOURCES, examples.resolve("src"));
        run(examples, Map.of(), List.of(MavenProject.mvn(), "-B", "-q", "-o", "package", "-DskipTests")).assertExit(0);
        assertTrue(Files.isRegularFile(examples.resolve("target/greet-1.0-examples.jar")), "the build made both jars");
        Cli.Run record = Cli.sysimg(examples, "--project", ".", "--image", "greet." + Cli.imageExtension(Cli.JDK17)).assertExit(0);
        assertTrue(record.output().contains("library target/greet-1.0.jar"), record.output());
    }

    @Test
    void aFolderWithoutPomIsRefusedInOneSentence() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Run run = Cli.sysimg(dir, "--project", empty.toString()).assertExit(255);
        assertEquals(1, run.output().strip().lines().count(), run.output());
        assertTrue(run.output().startsWith("sysimg-tests: --project \"" + empty + "\" has no pom.xml;"), run.output());
    }

    @Test
    void aProjectNotBuiltYetSaysToPackageItFirst() throws Exception {
        Path unbuilt = Files.createDirectories(dir.resolve("unbuilt"));
        Files.writeString(unbuilt.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
        Cli.Run run = Cli.sysimg(dir, "--project", unbuilt.toString()).assertExit(255);
        assertEquals(1, run.output().strip().lines().count(), run.output());
        assertTrue(run.output().contains("is not built yet") && run.output().contains("run `mvn package -DskipTests` in it first"),
                run.output());
        assertFalse(Files.exists(dir.resolve("sysimg.jsa")), "nothing written");
    }

    @Test
    void noMavenIsSaidInOneSentence() throws Exception {
        Cli.Run run = run(dir, Map.of("SYSIMG_MVN", dir.resolve("no-such-mvn").toString()),
                List.of(Cli.JDK17.resolve("bin/java").toString(), "-jar", Cli.JAR.toString(), "--project", project.toString(),
                        "--image", dir.resolve("x.jsa").toString()));
        run.assertExit(255);
        List<String> errors = run.output().lines().filter(l -> l.startsWith("sysimg-tests:")).toList();
        assertEquals(1, errors.size(), run.output());
        assertTrue(errors.get(0).startsWith("sysimg-tests: Cannot run Maven (\"" + dir.resolve("no-such-mvn")), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }

    /**
     * One of the Maven plugin's IT projects, copied into the temporary folder without the plugin (between its
     * {@code <!-- sysimg -->} markers) and built with {@code mvn package -DskipTests}.
     *
     * Online: its dependencies may not be in the local repository yet.
     */
    static Path builtWithoutThePlugin(String name) throws IOException, InterruptedException {
        Path project = dir.resolve(name);
        if (Files.isDirectory(project)) {
            return project;
        }
        copyTree(Path.of("../maven-plugin/src/it", name).toAbsolutePath().normalize(), project);
        String pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("pom.xml"), pom.replaceAll("(?s)<!-- sysimg -->.*<!-- /sysimg -->", ""), StandardCharsets.UTF_8);
        run(project, Map.of(), List.of(MavenProject.mvn(), "-B", "-q", "package", "-DskipTests")).assertExit(0);
        return project;
    }

    static Cli.Run run(Path in, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sysimg-it", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.deleteIfExists(out);
        return new Cli.Run(p.exitValue(), text);
    }

    static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(files::add);
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
                Files.createDirectories(target);
            } else {
                Files.copy(f, target);
            }
        }
    }
}
