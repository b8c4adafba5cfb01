package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Hashes;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.launcher.report.Attribution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * What a recording depends on, for {@code --rebuild-if-stale}: the statements would come out the same when the
 * JDK, every class path entry's content (library, tests, test dependencies), the selectors, filters,
 * configuration, JVM options, included packages and image options are the same. Their hash goes into the
 * statements header as {@code @inputs}; the image's metadata ties the image to that statements text.
 */
final class RunInputs {
    /** The statements header that holds the hash of a recording's inputs. */
    static final String HEADER_INPUTS = "inputs";

    private RunInputs() {
    }

    /** The hash of everything the statements of a run depend on. */
    static String hash(Jdk jdk, ImageKind kind, ClassPath classPath, Map<String, List<String>> request, List<String> includes,
                       List<String> jvmArgs, String imageClassPath, String training) {
        StringBuilder text = new StringBuilder();
        text.append("tool ").append(ImageMetadata.currentToolVersion()).append('\n');
        text.append("jdk ").append(jdk.describe()).append('\n');
        text.append("kind ").append(kind.option()).append('\n');
        text.append("training ").append(training).append('\n');
        text.append("image-class-path ").append(imageClassPath == null ? "" : ClassPath.parse(List.of(imageClassPath))).append('\n');
        text.append("includes ").append(includes).append('\n');
        text.append("jvm-args ").append(jvmArgs).append('\n');
        new java.util.TreeMap<>(request).forEach((key, values) -> text.append(key).append(' ').append(values).append('\n'));
        for (Path entry : classPath.entries()) {
            text.append("class-path ").append(entry).append(' ').append(contentHash(entry)).append('\n');
        }
        return Hashes.sha256(text.toString());
    }

    private static String contentHash(Path entry) {
        try {
            return Hashes.contentHash(entry);
        } catch (UncheckedIOException e) {
            throw new SysimgException("Cannot read class path entry \"" + entry + "\" (" + e.getCause().getMessage() + "); check its permissions.", e);
        }
    }

    /**
     * Why the image at {@code image} would not be what a new run makes; empty when it is fresh: the same JDK
     * build and image kind, unchanged image jars (and the directories or jars they were made from), the
     * statements file it was made from still in place, recorded from the same inputs.
     */
    static List<String> staleness(Path image, Jdk jdk, ImageKind kind, Path statementsFile, String inputs) {
        List<String> reasons = new ArrayList<>();
        ImageMetadata metadata;
        try {
            metadata = ImageMetadata.readFor(image);
        } catch (SysimgException e) {
            return List.of(e.getMessage());
        }
        reasons.addAll(metadata.check(image, jdk, null));
        if (metadata.kind() != kind) {
            reasons.add("the image is a " + metadata.kind().label() + ", but a " + kind.label() + " was asked for (--image-kind "
                    + (kind == ImageKind.AOT_CACHE ? "aot" : "cds") + (kind.incremental() ? " --incremental" : "") + ").");
        }
        if (!Files.isRegularFile(statementsFile)) {
            reasons.add("the statements file " + statementsFile + " is gone, so the tests' inputs cannot be compared.");
            return reasons;
        }
        String text;
        try {
            text = Files.readString(statementsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            reasons.add("the statements file " + statementsFile + " cannot be read (" + e.getMessage() + ").");
            return reasons;
        }
        if (!Hashes.sha256(text).equals(metadata.statementsSha256())) {
            reasons.add("the statements file " + statementsFile + " is not the one the image was made from.");
        } else if (!text.contains("\n@" + HEADER_INPUTS + " " + inputs + "\n")) {
            reasons.add("the tests, their class path or the options changed since " + statementsFile + " was recorded.");
        }
        return reasons;
    }

    /** The test classes that a recording's attributions and test statements name ({@code [class:com.example.FooTest]}). */
    static Set<String> testClassesNamedIn(StatementsFile statements) {
        Set<String> classes = new TreeSet<>();
        for (Statement s : statements.statements()) {
            String text = s.kind() == StatementKind.TEST ? s.name() : s.attribution();
            Matcher m = Attribution.TEST_CLASS.matcher(text);
            while (m.find()) {
                classes.add(m.group(1));
            }
        }
        return classes;
    }

    /** Refuses an image class path that holds none of the library classes the tests loaded. */
    static void requireRecordedClasses(ClassPath imageClassPath, Set<String> recorded) {
        for (Path entry : imageClassPath.expandedEntries()) {
            for (String name : ClassPath.classNames(entry)) {
                if (recorded.contains(name)) {
                    return;
                }
            }
        }
        throw new SysimgException("The image class path \"" + imageClassPath + "\" holds none of the " + recorded.size()
                + " classes the tests loaded from the included packages (e.g. " + recorded.iterator().next()
                + "); give the jars that hold them with --image-class-path.");
    }
}
