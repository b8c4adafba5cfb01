package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.Training;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** From merged recordings to the statements file, and from statements to the image. */
final class StatementsPipeline {
    private StatementsPipeline() {
    }

    /**
     * The statements to write: only classes, methods and lambdas of the included packages that the image class
     * path holds (test classes that share the packages fall out here), with the header that describes the run.
     */
    static StatementsFile finish(StatementsFile merged, ClassPath imageClassPath, Jdk jdk, String selectors, List<String> includes) {
        return merged.retainAvailable(imageClassPath, StatementsFile.recordingHeader(jdk, selectors, includes, imageClassPath));
    }

    /** Builds the image and prints what a user needs: its size, the time it took and the line to start with it. */
    static ImageBuilder.Result build(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements, Path image,
                                     Training training) {
        return build(jdk, kind, imageClassPath, statements, image, training, line -> { });
    }

    /** As {@link #build(Jdk, ImageKind, ClassPath, StatementsFile, Path, Training)}; {@code log} also gets each line of the build. */
    static ImageBuilder.Result build(Jdk jdk, ImageKind kind, ClassPath imageClassPath, StatementsFile statements, Path image,
                                     Training training, java.util.function.Consumer<String> log) {
        ImageBuilder.Result result = ImageBuilder.build(jdk, kind, imageClassPath, statements, image, training, line -> {
            System.out.println(line);
            log.accept(line);
        });
        System.out.println("Image build time: " + result.took().toMillis() + " ms");
        System.out.printf("Image: %s (%s, %.1f MB, %s: %d classes of the included packages, %d JDK classes beyond the default list, %d lambdas)%n",
                result.image(), kind.label(), result.bytes() / 1e6,
                result.trained() ? "trained by running the tests again" : "from the statements alone",
                result.classList().includedClasses(), result.classList().jdkClasses(), result.classList().lambdas());
        String why = whyCountsDiffer(statements, result);
        if (!why.isEmpty()) {
            System.out.println("  " + why);
        }
        System.out.println("Start your program with the image:");
        System.out.println("  " + result.javaCommand(jdk, ClassPath.empty(), "<your main class>")
                .replace(" <your main class>", java.io.File.pathSeparator + "<your other jars> <your main class>"));
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
