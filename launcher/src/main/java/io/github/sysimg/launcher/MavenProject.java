package io.github.sysimg.launcher;

import static io.github.sysimg.core.project.PomXml.child;
import static io.github.sysimg.core.project.PomXml.children;

import io.github.sysimg.core.SysimgException;
import io.github.sysimg.core.project.BuiltModule;
import io.github.sysimg.core.project.PomXml;
import io.github.sysimg.core.project.SurefireConfiguration;
import io.github.sysimg.core.project.SurefireRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.w3c.dom.Element;

/**
 * {@code --project DIR}: the built module in DIR as Maven itself defines it. Maven evaluates the effective POM
 * (inheritance, profiles, properties: {@code help:effective-pom}) and resolves the class paths
 * ({@code dependency:build-classpath}, the test scope and, for an application, the runtime scope); this class only
 * reads Maven's output into the {@link BuiltModule} that the Maven plugin fills from its own project model.
 */
final class MavenProject {
    /** The help plugin's version: its effective-pom output is what this class reads. */
    static final String HELP_PLUGIN = "org.apache.maven.plugins:maven-help-plugin:3.5.2";
    private static final String SUREFIRE = "maven-surefire-plugin";

    private MavenProject() {
    }

    /** The Maven executable; {@code SYSIMG_MVN} names another (a wrapper, a full path). */
    static String mvn() {
        String given = System.getenv("SYSIMG_MVN");
        return given != null && !given.isBlank() ? given : "mvn";
    }

    /** Reads the built module in {@code dir}, or says in one sentence what to do first. */
    static BuiltModule read(Path dir) {
        Path baseDir = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(baseDir.resolve("pom.xml"))) {
            throw new SysimgException("--project \"" + dir + "\" has no pom.xml; give the folder of a Maven project (the one that "
                    + "holds pom.xml), or the class path with --class-path.");
        }
        Path work = createWorkFolder();
        try {
            Path effectivePom = work.resolve("effective-pom.xml");
            Path testClassPath = work.resolve("test-classpath.txt");
            maven(dir, baseDir, work, "the effective POM and the test class path", HELP_PLUGIN + ":effective-pom", "-Doutput=" + effectivePom,
                    "dependency:build-classpath", "-Dmdep.outputFile=" + testClassPath);
            Element project = readXml(effectivePom);
            String packaging = textOr(project, "packaging", "jar");
            if (!packaging.equals("jar")) {
                throw new SysimgException("--project \"" + dir + "\" is a module of packaging " + packaging + ", not jar; give the folder of "
                        + "the module that builds the jar.");
            }
            Element build = child(project, "build");
            Path buildDirectory = Path.of(text(build, "directory"));
            Path jar = buildDirectory.resolve(text(build, "finalName") + ".jar");
            Path classes = Path.of(text(build, "outputDirectory"));
            Path testClasses = Path.of(text(build, "testOutputDirectory"));
            Map<String, String> properties = new HashMap<>();
            for (Element p : children(child(project, "properties"))) {
                properties.put(p.getNodeName(), p.getTextContent().strip());
            }
            SurefireRun tests = SurefireConfiguration.read(surefireConfiguration(build), properties::get, baseDir);
            List<Path> testDependencies = withoutOwnFolders(classPath(testClassPath), classes, testClasses);
            String groupId = text(project, "groupId");
            BuiltModule module = new BuiltModule(baseDir, groupId, classes, testClasses, List.of(Path.of(text(build, "sourceDirectory"))),
                    jar, testDependencies, List.of(), tests);
            module.requireBuilt("run `mvn package -DskipTests` in it first");
            if (module.form() != BuiltModule.Form.APPLICATION) {
                return module;
            }
            Path runtimeClassPath = work.resolve("runtime-classpath.txt");
            maven(dir, baseDir, work, "the runtime class path", "dependency:build-classpath", "-DincludeScope=runtime",
                    "-Dmdep.outputFile=" + runtimeClassPath);
            List<Path> runtime = new ArrayList<>(withoutOwnFolders(classPath(runtimeClassPath), classes, testClasses));
            // a direct optional dependency is on Maven's runtime class path, but not on a program's that uses the module
            for (Element dependency : children(child(project, "dependencies"))) {
                if ("true".equals(textOr(dependency, "optional", "false"))) {
                    String artifact = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
                    runtime.removeIf(entry -> BuiltModule.isArtifact(entry, artifact));
                }
            }
            return module.withRuntimeDependencies(runtime);
        } finally {
            io.github.sysimg.core.AtomicFiles.deleteTree(work);
        }
    }

    /** Surefire's configuration of its {@code default-test} execution (the plugin's own merged into it), as XML; null if none. */
    private static String surefireConfiguration(Element build) {
        for (Element plugin : children(child(build, "plugins"))) {
            if (!SUREFIRE.equals(text(plugin, "artifactId"))) {
                continue;
            }
            for (Element execution : children(child(plugin, "executions"))) {
                if ("default-test".equals(text(execution, "id")) && child(execution, "configuration") != null) {
                    return xml(child(execution, "configuration"));
                }
            }
            return child(plugin, "configuration") == null ? null : xml(child(plugin, "configuration"));
        }
        return null;
    }

    private static List<Path> withoutOwnFolders(List<Path> entries, Path classes, Path testClasses) {
        return entries.stream().filter(e -> !e.equals(classes) && !e.equals(testClasses)).toList();
    }

    private static Path createWorkFolder() {
        try {
            return Files.createTempDirectory("sysimg-maven");
        } catch (IOException e) {
            throw new SysimgException("Cannot create a temporary folder (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable folder.", e);
        }
    }

    /** Runs Maven on the project's POM, non-recursively, in its folder; refuses a failed run in one sentence. */
    private static void maven(Path dir, Path baseDir, Path work, String what, String... goalsAndProperties) {
        Path log = work.resolve("mvn.log");
        List<String> command = new ArrayList<>(List.of(mvn(), "-B", "-q", "-N", "-Dstyle.color=never", "-f", baseDir.resolve("pom.xml").toString()));
        command.addAll(List.of(goalsAndProperties));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new SysimgException("Cannot run Maven (\"" + mvn() + "\": " + e.getMessage() + "); put mvn on the PATH (Maven 3.8+), "
                    + "set SYSIMG_MVN to it, or give the class path with --class-path.", e);
        }
        try {
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SysimgException("Maven did not give " + what + " of \"" + dir + "\" within 600 s; run " + String.join(" ", command)
                        + " yourself to see why.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SysimgException("Interrupted while Maven resolved the project.", e);
        }
        if (process.exitValue() != 0) {
            List<String> lines = readLines(log).stream().map(l -> l.replaceAll("\u001B\\[[0-9;]*m", "").strip()).filter(l -> !l.isEmpty()).toList();
            String reason = lines.stream().filter(l -> l.startsWith("[ERROR]")).findFirst().orElse(lines.isEmpty() ? "" : lines.get(0))
                    .replaceFirst("^\\[ERROR\\]\\s*", "");
            throw new SysimgException("Maven could not give " + what + " of \"" + dir + "\" (exit code " + process.exitValue()
                    + (reason.isBlank() ? "" : ": " + reason) + "); fix the project's build first (mvn package -DskipTests must pass).");
        }
    }

    private static List<Path> classPath(Path file) {
        List<Path> entries = new ArrayList<>();
        for (String part : String.join("", readLines(file)).strip().split(File.pathSeparator)) {
            if (!part.isBlank()) {
                entries.add(Path.of(part).toAbsolutePath().normalize());
            }
        }
        return entries;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Element readXml(Path file) {
        try {
            return PomXml.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new SysimgException("Cannot read Maven's effective POM (" + e.getMessage() + "); run mvn " + HELP_PLUGIN
                    + ":effective-pom in the project to see why.", e);
        }
    }

    private static String xml(Element element) {
        try {
            return PomXml.text(element);
        } catch (Exception e) {
            throw new SysimgException("Cannot read Surefire's configuration from Maven's effective POM (" + e.getMessage() + ").", e);
        }
    }

    /** A child element's text, which the effective POM always has. */
    private static String text(Element parent, String name) {
        String text = PomXml.text(parent, name);
        if (text == null) {
            throw new SysimgException("Maven's effective POM names no <" + name + ">; run mvn " + HELP_PLUGIN + ":effective-pom to see it.");
        }
        return text;
    }

    private static String textOr(Element parent, String name, String otherwise) {
        String text = PomXml.text(parent, name);
        return text == null ? otherwise : text;
    }
}
