package io.github.sysimg.launcher.report;

import io.github.sysimg.core.classlist.ClassListLine;
import io.github.sysimg.core.ImageBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * What a built image holds, by origin.
 *
 * @param image            the image file
 * @param kind             the kind's label: "CDS archive", "AOT cache" or "CDS top layer"
 * @param bytes            its size
 * @param trained          whether a training run replayed the tests for it
 * @param includedClasses  classes of the included packages
 * @param jdkBeyondDefault JDK classes beyond the JDK's default class list
 * @param lambdas          lambda call sites of included code
 * @param otherClasses     the rest of its class list: the JDK's default class list (and what a training run added)
 * @param classList        the class list the image was dumped from, line by line
 */
public record ImageFacts(Path image, String kind, long bytes, boolean trained, int includedClasses, int jdkBeyondDefault,
                         int lambdas, int otherClasses, List<String> classList) {

    /** The facts of a build. */
    public static ImageFacts of(ImageBuilder.Result result) {
        int plain = ClassListLine.countClasses(result.classList().lines());
        int included = result.classList().includedClasses();
        int jdk = result.classList().jdkClasses();
        return new ImageFacts(result.image(), result.kind().label(), result.bytes(),
                result.trained(), included, jdk, result.classList().lambdas(), Math.max(0, plain - included - jdk),
                result.classList().lines());
    }

    /** The size in megabytes (10^6 bytes), as the CLI prints it. */
    public double megabytes() {
        return bytes / 1e6;
    }
}
