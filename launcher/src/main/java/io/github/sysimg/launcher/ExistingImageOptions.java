package io.github.sysimg.launcher;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** An image that exists, the class path a program starts with it and the JDK that runs it: what check, verify and time share. */
final class ExistingImageOptions {
    @Option(names = "--image", paramLabel = "FILE", required = true, description = "The image.")
    Path image;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "The class path the program starts with. Default (verify, time): the image's class path.")
    String classPath;

    @Option(names = "--java-home", paramLabel = "DIR",
            description = "The JDK that runs the program. Default: the JDK of the java that starts the command given to verify or "
                    + "time, if one is named, else the one running this tool.")
    Path javaHome;

    /** The image with its metadata, and the JDK that runs {@code command} (a main class, or a whole java command). */
    ExistingImage open(List<String> command) {
        return ExistingImage.open(image, javaHome != null || command.isEmpty() ? javaHome : ProgramCommand.javaHomeOf(command));
    }
}
