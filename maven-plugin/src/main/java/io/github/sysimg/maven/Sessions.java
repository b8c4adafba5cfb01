package io.github.sysimg.maven;

import io.github.sysimg.core.project.BuiltModule;
import io.github.sysimg.core.project.PomXml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.Element;

/** The session files the test JVMs' agents wrote in this build, and why there are none when there are none. */
final class Sessions {
    private final Path folder;
    private final Log log;

    Sessions(Path folder, Log log) {
        this.folder = folder;
        this.log = log;
    }

    /** The session files, in name order so the merge does not depend on the file system's order. */
    List<Path> files() throws MojoExecutionException {
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

    /**
     * Says why no test JVM wrote a session file: a Surefire {@code <argLine>} that drops the agent fails the goal (or
     * warns), anything else (no tests, tests skipped) is said at INFO.
     */
    void noneWritten(MavenProject project, BuiltModule module, boolean failOnMissingAgent) throws MojoFailureException {
        String argLine = configuredArgLine(project);
        boolean testsRan = Files.isDirectory(module.testClasses()) && !Boolean.parseBoolean(project.getProperties().getProperty("skipTests"))
                && !Boolean.parseBoolean(project.getProperties().getProperty("maven.test.skip"));
        if (testsRan && argLine != null && !argLine.contains("@{argLine}") && !argLine.contains("${argLine}")) {
            String message = "Surefire's <argLine>" + argLine + "</argLine> replaces the argLine property that prepare-agent set, so the "
                    + "tests ran without the sysimg agent and there is no image; start it with @{argLine} (<argLine>@{argLine} "
                    + argLine + "</argLine>), or set sysimg.failOnMissingAgent=false to build without an image.";
            if (failOnMissingAgent) {
                throw new MojoFailureException(message);
            }
            log.warn(message);
            return;
        }
        log.info("No statements in " + folder + ": no tests ran with the sysimg agent (prepare-agent); skipping the image.");
    }

    private static String configuredArgLine(MavenProject project) {
        String xml = ModuleModel.surefireConfiguration(project);
        if (xml == null) {
            return null;
        }
        try {
            Element configuration = PomXml.parse(xml);
            return PomXml.text(configuration, "argLine");
        } catch (Exception e) {
            return null;
        }
    }
}
