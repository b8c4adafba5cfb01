package io.github.sysimg.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Training;
import io.github.sysimg.core.TrainingSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltModuleTest {
    @TempDir
    Path dir;

    @Test
    void theFormAndTheImageClassPathComeFromTheJar() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes/com/example"));
        Files.write(classes.resolve("Main.class"), new byte[] {0});
        Path dependency = jar(dir.resolve("repo/org/lib/lib/1.0/lib-1.0.jar"), null, "org/lib/Lib.class");

        BuiltModule library = module(jar(dir.resolve("target/lib.jar"), null, "com/example/Main.class"), dependency);
        assertEquals(BuiltModule.Form.LIBRARY, library.form());
        assertEquals(List.of(library.jar()), library.imageClassPath(null).entries());

        BuiltModule application = module(jar(dir.resolve("target/app.jar"), "com.example.Main", "com/example/Main.class"), dependency);
        assertEquals(BuiltModule.Form.APPLICATION, application.form());
        assertEquals("com.example.Main", application.mainClass());
        assertEquals(List.of(application.jar(), dependency), application.imageClassPath(null).entries());

        BuiltModule shaded = module(jar(dir.resolve("target/shaded.jar"), "com.example.Main", "com/example/Main.class", "org/lib/Lib.class"),
                dependency);
        assertEquals(BuiltModule.Form.SELF_CONTAINED, shaded.form());
        assertEquals(List.of(shaded.jar()), shaded.imageClassPath(null).entries());
    }

    @Test
    void theTestRunClassPathIsSurefiresWithTheJarInTheClassesPlace() throws IOException {
        Path excluded = dir.resolve("repo/org/slf4j/slf4j-simple/2.0/slf4j-simple-2.0.jar");
        Path kept = dir.resolve("repo/org/slf4j/slf4j-api/2.0/slf4j-api-2.0.jar");
        SurefireRun tests = SurefireConfiguration.read("""
                <configuration>
                  <classpathDependencyExcludes><classpathDependencyExclude>org.slf4j:slf4j-simple</classpathDependencyExclude></classpathDependencyExcludes>
                  <additionalClasspathElements><additionalClasspathElement>extra/config</additionalClasspathElement></additionalClasspathElements>
                </configuration>""", name -> null, dir);
        Path jar = dir.resolve("target/lib.jar");
        BuiltModule module = new BuiltModule(dir, "com.example", dir.resolve("target/classes"), dir.resolve("target/test-classes"), List.of(),
                jar, List.of(excluded, kept), List.of(kept), tests);
        ClassPath run = module.testRunClassPath(jar);
        assertEquals(List.of(dir.resolve("target/test-classes"), jar, kept, dir.resolve("extra/config")), run.entries());
    }

    @Test
    void theTrainingKeepsTheTestClassesBeforeTheImagesJars() throws IOException {
        Path testClasses = Files.createDirectories(dir.resolve("target/test-classes"));
        Path jar = jar(dir.resolve("target/lib.jar"), null, "com/example/Main.class");
        Path dependency = jar(dir.resolve("repo/junit.jar"), null, "org/junit/Test.class");
        TrainingSettings settings = new TrainingSettings(dir.resolve("runner.jar"), 0, null, null, List.of(), Map.of(), dir);
        Training training = settings.training(ClassPath.of(List.of(testClasses, jar, dependency)), ClassPath.of(List.of(jar)));
        assertEquals(List.of(testClasses), training.leadingClassPath().entries());
        assertEquals(List.of(testClasses, dependency), training.loaderClassPath().entries());
        // a class path given in another order (the image's jars first) keeps that order
        Training given = settings.training(ClassPath.of(List.of(jar, testClasses, dependency)), ClassPath.of(List.of(jar)));
        assertEquals(List.of(), given.leadingClassPath().entries());
    }

    private BuiltModule module(Path jar, Path dependency) {
        return new BuiltModule(dir, "com.example", dir.resolve("target/classes"), dir.resolve("target/test-classes"), List.of(), jar,
                List.of(dependency), List.of(dependency), SurefireRun.defaults(dir));
    }

    private static Path jar(Path path, String mainClass, String... entries) throws IOException {
        Files.createDirectories(path.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream file = Files.newOutputStream(path); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(new byte[] {0});
                out.closeEntry();
            }
        }
        return path;
    }
}
