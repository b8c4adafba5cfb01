package io.github.sysimg.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What to make an image from and where: the settings that the command line's options and the Maven plugin's
 * parameters map onto, for {@link ImagePipeline}.
 *
 * @param jdk            the JDK the image is for; it runs the dump and the training
 * @param kind           the kind of image
 * @param imageClassPath the class path the image is made for: the prefix of the class path programs start with
 * @param testClassPath  the class path the tests ran with, and a junit-platform-launcher of the suite's platform
 *                       version if the tests brought none: what the training runs them with
 * @param image          where the image goes
 * @param statementsFile where the statements go; null when they are not written (an image from existing files)
 * @param includes       the packages whose classes go into the image, sub-packages included
 * @param training       how the training run runs the tests again; null for an image from the statements alone
 */
public record ImageRequest(Jdk jdk, ImageKind kind, ClassPath imageClassPath, ClassPath testClassPath, Path image, Path statementsFile,
                           List<String> includes, TrainingSettings training) {

    public ImageRequest {
        includes = List.copyOf(includes);
    }

    /** The image file by the kind's default name in {@code folder} when none is given: {@code sysimg.jsa}, {@code sysimg.aot}. */
    public static Path defaultImage(Path folder, ImageKind kind) {
        return folder.resolve("sysimg." + kind.extension());
    }
}
