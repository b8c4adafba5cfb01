package io.github.sysimg.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * From recordings to an image, for every front end: read the statements files, keep the statements of the
 * included classes that the image class path holds, write them with a header that describes the run, train, build
 * and say what was made. Front ends map their options onto an {@link ImageRequest} and print what {@code log}
 * gets.
 */
public final class ImagePipeline {

    private ImagePipeline() {
    }

    /**
     * Reads statements files; {@code warn} gets each line a file skipped, each file cut short and one line when
     * files were recorded on another JDK than {@code jdk}.
     *
     * @param name how a file is named in the warnings
     * @param jdk  the JDK that builds the image, or null when none does
     */
    public static List<StatementsFile> read(List<Path> files, Function<Path, String> name, Jdk jdk, Consumer<String> warn) {
        List<StatementsFile> read = new ArrayList<>();
        Map<String, StatementsFile> byName = new LinkedHashMap<>();
        for (Path file : files) {
            StatementsFile statements = StatementsReader.read(file);
            statements.warnings().forEach(warn);
            if (!statements.isComplete()) {
                warn.accept("Statements file " + file + " was cut short (its JVM was killed before it finished); using what it holds.");
            }
            read.add(statements);
            byName.put(name.apply(file), statements);
        }
        if (jdk != null) {
            StatementsFile.recordedOnOtherJdk(byName, jdk).ifPresent(warn);
        }
        return read;
    }

    /**
     * Writes the statements of {@code merged} that the image can hold (classes, methods and lambdas of the included
     * packages that the image class path holds: test classes that share the packages fall out here) to the
     * request's statements file, with the header that describes the run, and returns them.
     *
     * @param selectors   what ran, for the header
     * @param moreHeader  further header lines, after the recording's own
     */
    public static StatementsFile writeStatements(ImageRequest request, StatementsFile merged, String selectors, Map<String, String> moreHeader) {
        Map<String, String> header = StatementsFile.recordingHeader(request.jdk(), selectors, request.includes(), request.imageClassPath());
        header.putAll(moreHeader);
        StatementsFile statements = merged.retainAvailable(request.imageClassPath(), header);
        StatementsWriter.write(statements, request.statementsFile());
        return statements;
    }

    /**
     * Builds the image, with a training run when the request has one; {@code log} gets each line of the build, then
     * what was made: the build time, the image's size and counts, and why they differ from the statements'.
     */
    public static ImageBuilder.Result buildImage(ImageRequest request, StatementsFile statements, Consumer<String> log) {
        Training training = request.training() == null ? null : request.training().training(request.testClassPath(), request.imageClassPath());
        ImageBuilder.Result result = ImageBuilder.build(request.jdk(), request.kind(), request.imageClassPath(), statements,
                request.image(), training, log);
        log.accept("Image build time: " + result.took().toMillis() + " ms");
        log.accept(String.format(Locale.ROOT, "Image: %s (%s, %.1f MB, %s: %d classes of the image class path, %d JDK classes beyond the "
                        + "default list, %d lambdas)", result.image(), result.kind().label(), result.bytes() / 1e6,
                result.fromApplicationStart() ? "trained by running the tests again, then the application's start with what they loaded"
                        : result.trained() ? "trained by running the tests again" : "from the statements alone",
                result.classList().includedClasses(), result.classList().jdkClasses(), result.classList().lambdas()));
        String why = whyCountsDiffer(statements, result);
        if (!why.isEmpty()) {
            log.accept("  " + why);
        }
        return result;
    }

    /**
     * Why the image's counts are not the statements': the statements name each class, JDK class and lambda call
     * site of the library once, the image holds what the JVM's class list holds. Empty when they agree.
     */
    static String whyCountsDiffer(StatementsFile statements, ImageBuilder.Result result) {
        int classes = statements.names(StatementKind.CLASS).size();
        int jdk = statements.names(StatementKind.JDK).size();
        int lambdas = statements.names(StatementKind.LAMBDA).size();
        List<String> reasons = new ArrayList<>();
        if (result.classList().includedClasses() != classes) {
            reasons.add(result.classList().includedClasses() + " classes against the statements' " + classes + ": the image holds the "
                    + "included classes the " + (result.trained() ? "training" : "class list") + " loaded (with what they link, or "
                    + "without those only left-out tests needed)");
        }
        if (result.classList().jdkClasses() != jdk) {
            reasons.add(result.classList().jdkClasses() + " JDK classes against " + jdk + ": the image counts those beyond the JDK's "
                    + "default class list" + (result.trained() ? " that the training and the linkage run loaded" : "")
                    + ", the statements every one library code loaded or used");
        }
        if (result.classList().lambdas() != lambdas) {
            reasons.add(result.classList().lambdas() + " lambdas against " + lambdas + ": the statements name each of the library's "
                    + "lambda call sites once, the image keeps each lambda line as often as the " + (result.trained() ? "training" : "class list")
                    + " wrote it and adds the JDK's own");
        }
        return reasons.isEmpty() ? "" : "Why the image's counts differ from the statements': " + String.join("; ", reasons) + ".";
    }
}
