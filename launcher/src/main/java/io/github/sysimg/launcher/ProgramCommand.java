package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program a user names after {@code --} to {@code verify} or {@code time}: a main class and its arguments, run
 * with {@code --class-path} (default: the image's), or a whole {@code java [OPTIONS] MAIN [ARGS]} command, whose
 * {@code java} may name the JDK to run with.
 */
final class ProgramCommand {
    private ProgramCommand() {
    }

    static boolean isJava(String first) {
        return first.equals("java") || first.endsWith("/java") || first.endsWith("\\java.exe");
    }

    /** The JDK the command's {@code java} names ({@code /jdk/bin/java ...}), or null. */
    static Path javaHomeOf(List<String> command) {
        String first = command.get(0);
        if (!isJava(first) || first.equals("java")) {
            return null;
        }
        // the JDK of the java the user named, not the one running this tool: their options differ by JDK
        Path java;
        try {
            java = Path.of(first).toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw new SysimgException("\"" + first + "\" does not exist; give the java of a JDK 17 or newer, or its folder with --java-home.", e);
        }
        return java.getParent() == null ? null : java.getParent().getParent();
    }

    /** The JVM's arguments after {@code java}, without the image's options. */
    static List<String> javaArgs(List<String> command, String classPath, ClassPath imageClassPath) {
        List<String> javaArgs = new ArrayList<>();
        if (!isJava(command.get(0))) {
            javaArgs.add("-cp");
            javaArgs.add((classPath != null ? ClassPath.parse(List.of(classPath)) : imageClassPath).toPathString());
            javaArgs.addAll(command);
            return javaArgs;
        }
        List<String> options = command.subList(1, command.size());
        if (classPath != null && !namesClassPath(options)) {
            javaArgs.add("-cp");
            javaArgs.add(ClassPath.parse(List.of(classPath)).toPathString());
        }
        javaArgs.addAll(options);
        return javaArgs;
    }

    /** Whether a java command's options (up to its main class or jar) set the class path themselves. */
    private static boolean namesClassPath(List<String> options) {
        for (String option : options) {
            if (option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path") || option.startsWith("--class-path=")
                    || option.equals("-jar") || option.startsWith("-Djava.class.path=")) {
                return true;
            }
            if (!option.startsWith("-") && !option.startsWith("@")) {
                return false;
            }
        }
        return false;
    }
}
