package io.github.sysimg.maven;

import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.JavaNames;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.core.project.BuiltModule;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** What the goals share: the project, {@code sysimg.skip}, and turning core's errors into one-sentence build failures. */
abstract class AbstractSysimgMojo extends AbstractMojo {

    /** The project the goal runs in. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Skips the goal: no agent, no image, no merge. {@code prepare-agent} still defines its property. */
    @Parameter(property = "sysimg.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The packages whose classes are recorded and go into the image, sub-packages included; several may be given,
     * {@code -Dsysimg.includes=com.a,com.b} on the command line. Default: the groupId when the module's classes are in
     * that package, else the package its classes share (as {@code --project} decides).
     */
    @Parameter(property = "sysimg.includes")
    protected List<String> includes;

    /** Where each test JVM writes its session file, and where {@code image} reads them. */
    @Parameter(property = "sysimg.sessionsDirectory", defaultValue = "${project.build.directory}/sysimg/sessions", required = true)
    protected File sessionsDirectory;

    /** The JDK the image is made for; it must be the exact build that will run the program. Default: the JDK running Maven. */
    @Parameter(property = "sysimg.javaHome")
    protected File javaHome;

    /** {@code cds} (a CDS archive, JDK 17+) or {@code aot} (an AOT cache, JDK 24+). Default: aot on JDK 24+, else cds. */
    @Parameter(property = "sysimg.imageKind")
    protected String imageKind;

    /**
     * A CDS top layer over the JDK's default archive (JDK 17 to 23) instead of a full image, as the CLI's
     * {@code --incremental}: a few MB, and a refused layer leaves the JDK's default archive in use.
     */
    @Parameter(property = "sysimg.incremental", defaultValue = "false")
    protected boolean incremental;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            if (skip) {
                skipGoal();
            } else {
                executeGoal();
            }
        } catch (SysimgException e) {
            // The sentence is the whole message; Maven would append a cause's own message to it.
            getLog().debug(e);
            throw new MojoFailureException(e.message(PomSpelling.INSTANCE));
        } catch (IllegalArgumentException e) {
            getLog().debug(e);
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            getLog().debug(e);
            throw new MojoExecutionException(e.getMessage() + " (" + e.getCause().getMessage() + "); check that the file is readable.");
        }
    }

    /** The goal's work, when not skipped. */
    protected abstract void executeGoal() throws MojoExecutionException, MojoFailureException;

    /** What the goal does when skipped: by default, say so in one line. */
    protected void skipGoal() {
        getLog().info("Skipping sysimg: sysimg.skip is true.");
    }

    /** The configured packages, or the groupId; each checked to be a package name the agent can match. */
    protected List<String> effectiveIncludes() {
        List<String> packages = new ArrayList<>();
        if (includes != null) {
            for (String include : includes) {
                if (include != null && !include.isBlank()) {
                    packages.add(include.strip());
                }
            }
        }
        if (packages.isEmpty()) {
            packages.add(BuiltModule.sharedPackage(project.getCompileSourceRoots().stream().map(Path::of).toList(),
                    Path.of(project.getBuild().getOutputDirectory()), project.getGroupId()));
        }
        JavaNames.requirePackageNames(packages);
        return packages;
    }

    /** The JDK the image is for. */
    protected Jdk jdk() {
        return javaHome == null ? Jdk.current() : Jdk.at(javaHome.toPath());
    }

    /** The image kind to make with {@code jdk}, checked against what that JDK can make. */
    protected ImageKind kind(Jdk jdk) {
        ImageKind kind = ImageKind.chosen(imageKind, incremental, jdk);
        ImageBuilder.checkKind(jdk, kind);
        return kind;
    }

    /** Reads statements files, passing the lines they skipped on as warnings. */
    protected List<StatementsFile> read(List<Path> files, Jdk jdk) {
        return ImagePipeline.read(files, file -> file.getFileName().toString(), jdk, getLog()::warn);
    }

    /** {@code count} and the noun, singular or plural: "1 class", "2 classes". */
    static String count(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
