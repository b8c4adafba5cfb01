package io.github.sysimg.maven;

import io.github.sysimg.core.project.BuiltModule;
import io.github.sysimg.core.project.SurefireConfiguration;
import io.github.sysimg.core.project.SurefireRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Fills core's {@link BuiltModule} from the project Maven built: its main artifact, its resolved class paths, and
 * Surefire's configuration of its {@code default-test} execution, the same model that {@code --project} reads from
 * Maven's effective POM, so that both front ends decide the same.
 */
final class ModuleModel {
    private static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
    private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME, Artifact.SCOPE_SYSTEM);

    private ModuleModel() {
    }

    static BuiltModule of(MavenProject project, MavenSession session) throws MojoExecutionException {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path classes = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
        Path testClasses = Path.of(project.getBuild().getTestOutputDirectory()).toAbsolutePath().normalize();
        Path jar = project.getArtifact().getFile() != null ? project.getArtifact().getFile().toPath()
                : Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
        List<Path> testDependencies = new ArrayList<>();
        try {
            for (String element : project.getTestClasspathElements()) {
                Path entry = Path.of(element).toAbsolutePath().normalize();
                if (!entry.equals(classes) && !entry.equals(testClasses)) {
                    testDependencies.add(entry);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The test dependencies of " + project.getId() + " are not resolved (" + e.getMessage()
                    + "); run the goal as part of a build, e.g. mvn package.", e);
        }
        List<Path> runtimeDependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            // optional ones are on Maven's runtime class path of this module, not on a program's that uses it
            if (RUNTIME_SCOPES.contains(artifact.getScope()) && !artifact.isOptional() && artifact.getFile() != null
                    && artifact.getArtifactHandler().isAddedToClasspath()) {
                runtimeDependencies.add(artifact.getFile().toPath().toAbsolutePath().normalize());
            }
        }
        SurefireRun tests = SurefireConfiguration.read(surefireConfiguration(project), name -> property(project, session, name), baseDir);
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        return new BuiltModule(baseDir, project.getGroupId(), classes, testClasses, sourceRoots, jar.toAbsolutePath().normalize(),
                testDependencies, runtimeDependencies, tests);
    }

    /** A property as Surefire sees it: the command line's first, then the project's. */
    static String property(MavenProject project, MavenSession session, String name) {
        String value = session.getUserProperties().getProperty(name);
        return value != null ? value : project.getProperties().getProperty(name);
    }

    /** Surefire's configuration of its {@code default-test} execution (the plugin's own merged into it) as XML, or null. */
    static String surefireConfiguration(MavenProject project) {
        Plugin surefire = project.getBuild().getPluginsAsMap().get(SUREFIRE);
        if (surefire == null) {
            return null;
        }
        for (PluginExecution execution : surefire.getExecutions()) {
            if ("default-test".equals(execution.getId()) && execution.getConfiguration() != null) {
                return execution.getConfiguration().toString();
            }
        }
        return surefire.getConfiguration() == null ? null : surefire.getConfiguration().toString();
    }
}
