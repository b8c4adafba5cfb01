package io.github.sysimg.maven;

import io.github.sysimg.core.project.SurefireRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

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
     * Says why no test JVM wrote a session file. Tests that ran in this build without the agent fail the goal (or
     * warn): a Surefire {@code <argLine>} that drops it is named; otherwise the reasons it can have. No tests in this
     * build (none, or skipped) is said at INFO.
     */
    void noneWritten(MavenProject project, MavenSession session, SurefireRun tests, boolean failOnMissingAgent) throws MojoFailureException {
        if (!testsRan(project, session)) {
            log.info("No statements in " + folder + ": no tests ran with the sysimg agent (prepare-agent); skipping the image.");
            return;
        }
        String argLine = tests.configuredArgLine();
        String message = tests.argLineDropsTheProperty()
                ? "Surefire's <argLine>" + argLine + "</argLine> replaces the argLine property that prepare-agent set, so the "
                        + "tests ran without the sysimg agent and there is no image; start it with @{argLine} (<argLine>@{argLine} "
                        + argLine + "</argLine>), or set sysimg.failOnMissingAgent=false to build without an image."
                : "Surefire ran tests in this build, but none with the sysimg agent, so there is no image: Surefire's forkCount=0 runs "
                        + "them in Maven's own JVM, a -DargLine on the command line or another plugin's argLine replaces the one prepare-agent "
                        + "set; fork the tests and keep @{argLine} in the argLine, or set sysimg.failOnMissingAgent=false to build without an image.";
        if (failOnMissingAgent) {
            throw new MojoFailureException(message);
        }
        log.warn(message);
    }

    /** Whether Surefire wrote a test report in this build (it writes none for a build that skips or has no tests). */
    private static boolean testsRan(MavenProject project, MavenSession session) {
        Path reports = Path.of(project.getBuild().getDirectory(), "surefire-reports");
        long buildStart = session.getRequest().getStartTime() == null ? 0 : session.getRequest().getStartTime().getTime();
        if (!Files.isDirectory(reports)) {
            return false;
        }
        try (Stream<Path> files = Files.list(reports)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("TEST-") && f.toFile().lastModified() >= buildStart);
        } catch (IOException e) {
            return false;
        }
    }

}
