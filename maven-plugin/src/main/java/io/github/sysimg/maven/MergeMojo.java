package io.github.sysimg.maven;

import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges statements files, for example the session files of CI shards that each ran part of the tests, into one:
 * the union of their statements, each with the first test that exercised it. By default the result goes into the
 * sessions folder, where the {@code image} goal picks it up.
 */
@Mojo(name = "merge", requiresProject = false, threadSafe = true)
public class MergeMojo extends AbstractSysimgMojo {

    /** Statements files to merge. */
    @Parameter(property = "sysimg.files")
    List<File> files;

    /** A folder searched, with its sub-folders, for statements files whose names match {@code pattern}. */
    @Parameter(property = "sysimg.mergeDirectory")
    File directory;

    /** The glob that the names of the files under {@code directory} must match. */
    @Parameter(property = "sysimg.mergePattern", defaultValue = "*.statements", required = true)
    String pattern;

    /** Where to write the merged statements. */
    @Parameter(property = "sysimg.destFile", defaultValue = "${project.build.directory}/sysimg/sessions/merged.statements", required = true)
    File destFile;

    @Override
    protected void executeGoal() throws MojoExecutionException, MojoFailureException {
        Path target = destFile.toPath().toAbsolutePath().normalize();
        Set<Path> inputs = new LinkedHashSet<>();
        if (files != null) {
            for (File file : files) {
                inputs.add(file.toPath().toAbsolutePath().normalize());
            }
        }
        if (directory != null) {
            List<Path> found = find(directory.toPath(), target);
            if (found.isEmpty()) {
                throw new MojoFailureException("No file under \"" + directory + "\" matches \"" + pattern
                        + "\"; check <directory> (sysimg.mergeDirectory) and <pattern> (sysimg.mergePattern).");
            }
            inputs.addAll(found);
        }
        if (inputs.isEmpty()) {
            throw new MojoFailureException("No statements files to merge; give <files> (sysimg.files) or <directory> (sysimg.mergeDirectory).");
        }
        List<StatementsFile> read = read(List.copyOf(inputs), null);
        Map<String, String> header = new LinkedHashMap<>(read.get(0).header());
        header.put("merged-from", inputs.size() + " files");
        StatementsFile merged = StatementsFile.merge(read, header);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot create folder \"" + target.getParent() + "\" (" + e.getMessage()
                    + "); choose another <destFile> (sysimg.destFile).", e);
        }
        StatementsWriter.write(merged, target);
        getLog().info("Merged " + inputs.size() + " statements files into " + target + " (" + merged.statements().size() + " statements)");
    }

    private List<Path> find(Path folder, Path exclude) throws MojoFailureException, MojoExecutionException {
        if (!Files.isDirectory(folder)) {
            throw new MojoFailureException("The folder \"" + folder + "\" does not exist; set <directory> (sysimg.mergeDirectory) to the folder "
                    + "that holds the statements files.");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> matcher.matches(f.getFileName()))
                    .map(f -> f.toAbsolutePath().normalize())
                    .filter(f -> !f.equals(exclude))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot search \"" + folder + "\" (" + e.getMessage() + "); check its permissions.", e);
        }
    }
}
