package io.github.sysimg.core.project;

import io.github.sysimg.core.ArgFile;
import io.github.sysimg.core.ClassPath;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commands a front end prints once a module's image is built, the same from both: how to start the program with
 * the image and how to time it. Where the module tells the program (a main class, a class path, an executable jar)
 * they paste as they are; a library's name what the user must fill in, on a line of their own.
 *
 * @param form          the program's form
 * @param java          the java executable of the image's JDK
 * @param image         the image
 * @param imageClassPath the class path the image is made for (for a Spring Boot jar: the extracted application jar)
 * @param mainClass     the main class, or null for a library
 */
public record StartCommands(BuiltModule.Form form, Path java, Path image, ClassPath imageClassPath, String mainClass) {

    /** Spring Boot's switch that ends the application once its context is refreshed: a start that the timing can end. */
    public static final String SPRING_EXIT_ON_REFRESH = "-Dspring.context.exit=onRefresh";

    /** What a timed application must do, which the tool cannot know: end once started. */
    static final String SERVER_NOTE = "(the program must end for the timing: a server needs the option of its own that makes it exit once "
            + "started, before -jar or the main class)";

    /**
     * The argfile's text: the image's options, with the class path when the program starts with {@code -cp} (the whole
     * class path of an application; a library's jar, which the user's own {@code -cp} then replaces).
     */
    public String argFileText(List<String> runOptions) {
        return form.startsWithJar() ? ArgFile.text(runOptions, image) : ArgFile.text(runOptions, image, imageClassPath);
    }

    /** The lines that say how to start the program with the image. */
    public List<String> start() {
        String args = "@" + quote(ArgFile.of(image).toString());
        String java = quote(this.java.toString());
        List<String> lines = new ArrayList<>();
        switch (form) {
            case SPRING_BOOT, SELF_CONTAINED -> lines.add(java + " " + args + " -jar " + quote(jar().toString()));
            case APPLICATION -> lines.add(java + " " + args + " " + mainClass);
            case LIBRARY -> {
                lines.add(java + " " + args + " -cp " + quote(imageClassPath.toPathString() + File.pathSeparator) + "OTHER_JARS MAIN_CLASS");
                lines.add("(a library: put your program's own jars in OTHER_JARS and its main class in MAIN_CLASS; the class path must "
                        + "start with " + imageClassPath.toPathString() + ")");
            }
        }
        return lines;
    }

    /** The lines of the {@code time} command that measures the program's start-up with the image against without. */
    public List<String> time(String ownJar) {
        String prefix = "java -jar " + quote(ownJar) + " time --image " + quote(image.toString());
        String java = quote(this.java.toString());
        List<String> lines = new ArrayList<>();
        switch (form) {
            case SPRING_BOOT -> lines.add(prefix + " -- " + java + " " + SPRING_EXIT_ON_REFRESH + " -jar " + quote(jar().toString()));
            case SELF_CONTAINED -> {
                lines.add(prefix + " -- " + java + " -jar " + quote(jar().toString()));
                lines.add(SERVER_NOTE);
            }
            case APPLICATION -> {
                lines.add(prefix + " --class-path " + quote(imageClassPath.toPathString()) + " -- " + mainClass);
                lines.add(SERVER_NOTE);
            }
            case LIBRARY -> {
                lines.add(prefix + " --class-path " + quote(imageClassPath.toPathString() + File.pathSeparator) + "OTHER_JARS -- MAIN_CLASS");
                lines.add("(fill in OTHER_JARS and MAIN_CLASS as above)");
            }
        }
        return lines;
    }

    private Path jar() {
        return imageClassPath.entries().get(0);
    }

    /** Quoted for a POSIX shell when it holds anything but plain path characters. */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:=@+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
