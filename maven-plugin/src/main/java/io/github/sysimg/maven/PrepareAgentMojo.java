package io.github.sysimg.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds the recording agent to the test JVMs: sets the {@code argLine} property (which Surefire and Failsafe read)
 * to {@code -javaagent:sysimg-agent.jar=output=target/sysimg/sessions,include=<packages>} followed by what it held.
 *
 * <p>Each test JVM writes its own session file, so forks never race; the session files of an earlier build are
 * removed first. If you configure Surefire's {@code argLine} yourself, start it with {@code @{argLine}} so the agent
 * stays in (the {@code image} goal fails otherwise). The agent puts the JUnit listener that attributes each statement
 * to its test on the test JVM's class path itself.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractSysimgMojo {

    private static final String AGENT_ARTIFACT = "io.github.sysimg:sysimg-agent";
    private static final String LISTENER_ARTIFACT = "io.github.sysimg:sysimg-junit-extension";

    /** The project property to put the agent into; Surefire and Failsafe read {@code argLine}. */
    @Parameter(property = "sysimg.propertyName", defaultValue = "argLine", required = true)
    String propertyName;

    /** The build session, for the properties given on the command line. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /** The plugin's own artifacts, among them the agent jar. */
    @Parameter(property = "plugin.artifactMap", readonly = true, required = true)
    Map<String, Artifact> pluginArtifactMap;

    @Override
    protected void executeGoal() throws MojoExecutionException {
        List<String> packages = effectiveIncludes();
        // Wrong image settings would otherwise fail only after the whole test run.
        kind(jdk());
        Path agentJar = pluginJar(AGENT_ARTIFACT);
        removeEarlierSessions();
        Properties properties = project.getProperties();
        String option = AgentArgLine.agentOption(agentJar, sessionsDirectory.toPath(), packages, pluginJar(LISTENER_ARTIFACT));
        String value = AgentArgLine.withAgent(properties.getProperty(propertyName), option, agentJar);
        properties.setProperty(propertyName, value);
        getLog().info(propertyName + " set to " + value);
        if (session.getUserProperties().getProperty(propertyName) != null) {
            getLog().warn("-D" + propertyName + " on the command line takes precedence over the " + propertyName + " this goal sets, so "
                    + "the test JVMs would run without the agent; put those JVM options into the pom's " + propertyName + " property instead.");
        }
    }

    /**
     * Surefire leaves an undefined {@code @{argLine}} in the command line as it is and the test JVM fails to start,
     * so the property is always defined.
     */
    @Override
    protected void skipGoal() {
        Properties properties = project.getProperties();
        if (properties.getProperty(propertyName) == null) {
            properties.setProperty(propertyName, "");
        }
        getLog().info("Skipping sysimg: sysimg.skip is true; " + propertyName + " left as \"" + properties.getProperty(propertyName) + "\".");
    }

    private Path pluginJar(String id) throws MojoExecutionException {
        Artifact artifact = pluginArtifactMap.get(id);
        File file = artifact == null ? null : artifact.getFile();
        if (file == null || !file.isFile()) {
            throw new MojoExecutionException("The plugin's dependency " + id + " was not resolved to a jar (" + file
                    + "); do not exclude it from the plugin's dependencies.");
        }
        return file.toPath().toAbsolutePath();
    }

    /** An earlier build's session files would be merged into this build's image as if its tests had written them. */
    private void removeEarlierSessions() throws MojoExecutionException {
        Path folder = sessionsDirectory.toPath();
        if (!java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            List<Path> earlier = files.filter(f -> f.getFileName().toString().endsWith(".statements")).toList();
            for (Path file : earlier) {
                java.nio.file.Files.delete(file);
            }
            if (!earlier.isEmpty()) {
                getLog().info("Removed " + earlier.size() + " session files of an earlier build from " + folder);
            }
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Cannot remove the earlier session files in \"" + folder + "\" (" + e.getMessage()
                    + "); check its permissions.", e);
        }
    }
}
