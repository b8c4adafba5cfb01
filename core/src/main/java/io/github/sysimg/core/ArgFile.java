package io.github.sysimg.core;

import java.nio.file.Path;
import java.util.List;

/** The java {@code @argfile} that goes with an image: the JVM options that start a program with it. */
public final class ArgFile {

    private ArgFile() {
    }

    /** The argfile of an image: {@code sysimg.jsa} gets {@code sysimg.jsa.args}. */
    public static Path of(Path image) {
        return image.resolveSibling(image.getFileName() + ".args");
    }

    /** The text of the argfile of {@code image}: exactly the JVM options ({@code runOptions}) that start a program with it. */
    public static String text(List<String> runOptions, Path image) {
        StringBuilder text = new StringBuilder();
        text.append("# JVM options to start with the image ").append(image.getFileName())
                .append("; the class path must start with the image's class path, in the same order.\n");
        for (String option : runOptions) {
            text.append(quote(option)).append('\n');
        }
        return text.toString();
    }

    /**
     * The text of an argfile that also carries the whole class path of the program, for a tool that knows it (the
     * Maven plugin): {@code java @FILE.args MAIN} then starts with the image's class path first, in its order.
     */
    public static String text(List<String> runOptions, Path image, ClassPath runClassPath) {
        return text(runOptions, image).replace("; the class path must start with the image's class path, in the same order.",
                "; it sets the class path too (a later -cp replaces it and must start with the same jars, in the same order).")
                + "-cp\n" + quote(runClassPath.toPathString()) + '\n';
    }

    private static String quote(String option) {
        // A java @argfile splits on white space, starts a comment at '#' and takes ' and " as quotes: any of these
        // in a path must be inside double quotes, where a backslash escapes.
        return option.matches("[^\\s#'\"\\\\]+") ? option : '"' + option.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
