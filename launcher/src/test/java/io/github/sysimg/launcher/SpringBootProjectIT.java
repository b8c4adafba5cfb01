package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --project DIR} on a Spring Boot application whose {@code mvn package} repackaged its jar: the tool extracts
 * it with Spring's own tool beside the image, and the image serves the application started as {@code java -jar} from
 * that layout.
 */
class SpringBootProjectIT {
    /** The Maven plugin's Spring Boot IT project, without the plugin: what a Spring Boot user has. */
    static final String POM = ProjectIT.pom("com.example.shop", "shop", """
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter</artifactId>
                  <version>4.0.7</version>
                </dependency>
            """, """
                  <plugin>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-maven-plugin</artifactId>
                    <version>4.0.7</version>
                    <executions><execution><goals><goal>repackage</goal></goals></execution></executions>
                  </plugin>
            """);
    static final Path SOURCES = Path.of("../maven-plugin/src/it/spring-boot/src").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    static Path project() throws Exception {
        Path project = dir.resolve("shop");
        if (!Files.isDirectory(project)) {
            Files.createDirectories(project);
            Files.writeString(project.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
            ProjectIT.copyTree(SOURCES, project.resolve("src"));
            // online: Spring Boot comes from Maven Central the first time
            ProjectIT.run(project, Map.of(), List.of(MavenProject.mvn(), "-B", "-q", "package", "-DskipTests")).assertExit(0);
        }
        return project;
    }

    @ParameterizedTest
    @MethodSource("io.github.sysimg.launcher.Cli#jdks")
    void aRepackagedSpringBootJarIsExtractedBesideTheImageWhichServesItsJavaJarStart(Path jdk) throws Exception {
        Path project = project();
        Path work = Files.createDirectories(dir.resolve("work-" + Cli.feature(jdk)));
        String image = "shop." + Cli.imageExtension(jdk);

        Cli.Run run = Cli.sysimg(work, "--project", project.toString(), "--image", image, "--java-home", jdk.toString()).assertExit(0);

        assertTrue(run.output().contains("shop-1.0.jar is a Spring Boot executable jar, extracted into " + work.resolve(image + ".app")),
                run.output());
        assertTrue(run.output().contains("2 tests successful"), run.output());
        Matcher trained = Pattern.compile("training: ran (\\d+) of (\\d+) tests with JUnit \\((\\d+) failed").matcher(run.output());
        assertTrue(trained.find(), run.output());
        assertEquals("2", trained.group(1), trained.group());
        assertEquals("0", trained.group(3), "the application's classes and resources are found once in the training: " + trained.group());
        Set<String> files;
        try (Stream<Path> list = Files.list(work)) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(Set.of(image, image + ".args", image + ".meta", image + ".app", "sysimg-statements.txt")), files,
                "the image, its files and the extracted layout beside it, nothing else");
        Path app = work.resolve(image + ".app/shop-1.0.jar");
        assertTrue(Files.isRegularFile(app), "Spring's extracted application jar");
        try (Stream<Path> lib = Files.list(app.resolveSibling("lib"))) {
            assertTrue(lib.anyMatch(p -> p.getFileName().toString().startsWith("spring-context-")), "its runtime jars in lib/");
        }

        // started as Spring documents it, in strict mode: the JVM refuses to start without the image
        Cli.Run started = Cli.java(jdk, work, "@" + work.resolve(image + ".args"), Cli.strictOption(jdk), "-Xlog:class+load=info",
                "-jar", app.toString()).assertExit(0);
        assertTrue(started.output().contains("Total: 1.35"), started.output());
        assertFalse(started.output().contains("[warning][aot"), "the JVM had something to say about the image: " + started.output());
        Map<String, String> sources = Cli.classLoads(started.output()).stream().collect(Collectors.toMap(l -> l[0], l -> l[1], (a, b) -> a));
        for (String name : List.of("com.example.shop.PriceList", "org.springframework.context.annotation.AnnotationConfigApplicationContext")) {
            assertTrue(sources.getOrDefault(name, "").startsWith("shared objects file"), name + " came from " + sources.get(name));
        }
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());

        if (Cli.feature(jdk) >= 25) {
            // the cache is written from the application's own start, with what the tests loaded preloaded
            assertTrue(run.output().contains("Application start: running com.example.shop.ShopApplication to a refreshed context"),
                    run.output());
            assertEquals(List.of("--add-modules=java.instrument", "-XX:AOTCache=" + work.resolve(image).toAbsolutePath()),
                    Files.readAllLines(work.resolve(image + ".args")).stream().filter(l -> !l.startsWith("#")).toList());
            // and holds nothing of the tests: not their classes, not JUnit's, not the tool's
            String listing = Cli.java(jdk, work, "@" + work.resolve(image + ".args"), "-XX:+PrintSharedArchiveAndExit",
                    "-jar", app.toString()).output();
            assertTrue(listing.contains("com.example.shop.PriceList"), listing);
            for (String unwanted : List.of("ShopApplicationTest", "org.junit.", "org.opentest4j.", "io.github.sysimg.")) {
                assertFalse(listing.contains(unwanted), unwanted + " is in the image");
            }
        }
    }

    @Test
    void withoutTheApplicationStartTheCacheIsDumpedFromTheTrainingsClassListAndNeedsNoModuleOption() throws Exception {
        Cli.require(Cli.isJdk(Cli.JDK25), "No JDK 25 at " + Cli.JDK25);
        Path project = project();
        Path work = Files.createDirectories(dir.resolve("work-no-start"));

        Cli.Run run = Cli.sysimg(work, "--project", project.toString(), "--image", "shop.aot", "--java-home", Cli.JDK25.toString(),
                "--no-application-start").assertExit(0);

        assertFalse(run.output().contains("Application start:"), run.output());
        assertEquals(List.of("-XX:AOTCache=" + work.resolve("shop.aot").toAbsolutePath()),
                Files.readAllLines(work.resolve("shop.aot.args")).stream().filter(l -> !l.startsWith("#")).toList());
        Cli.Run started = Cli.java(Cli.JDK25, work, "@" + work.resolve("shop.aot.args"), "-XX:AOTMode=on", "-jar",
                work.resolve("shop.aot.app/shop-1.0.jar").toString()).assertExit(0);
        assertTrue(started.output().contains("Total: 1.35"), started.output());
    }
}
