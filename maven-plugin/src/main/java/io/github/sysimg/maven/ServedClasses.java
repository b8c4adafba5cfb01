package io.github.sysimg.maven;

import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageJars;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.Jdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/** Whether the JVM will serve the image's classes to the program, told before and after the dump. */
final class ServedClasses {
    private final Log log;

    ServedClasses(Log log) {
        this.log = log;
    }

    private Log getLog() {
        return log;
    }

    /** A folder on the image class path is a sibling module that was not packaged: no program has it as a jar. */
    void warnAboutFolders(io.github.sysimg.core.ClassPath imageClassPath) {
        for (Path entry : imageClassPath.entries()) {
            if (Files.isDirectory(entry)) {
                log.warn("Dependency " + entry + " is a folder, not a jar (its module was not packaged in this build); "
                        + "the image is made for a jar of it that a program will not have: build with mvn package or later.");
            }
        }
    }

    /**
     * Whether the JDK would serve none of the image's classes (JDK-8339460): such jars are served only through copies under a
     * plain path beside the image, and under this image's path not even those. Says so, as the reason to skip the image.
     */
    boolean servesNothing(ImageRequest request) {
        Path folder = request.image().getParent();
        if (ImageJars.servesEscapedPaths(request.jdk()) || !ImageJars.needsUrlEscaping(folder)) {
            return false;
        }
        Optional<Path> escaped = request.imageClassPath().entries().stream()
                .filter(e -> ImageJars.needsUrlEscaping(e) || Files.isDirectory(e)).findFirst();
        escaped.ifPresent(entry -> getLog().warn("JDK " + request.jdk().feature() + " never serves archived classes from a jar whose path "
                + "a file: URL must escape (JDK-8339460), like \"" + entry + "\", and the image's folder \"" + folder
                + "\" has such a path too; skipping the image: set <image> (sysimg.image) to a path without spaces or "
                + "non-ASCII characters, or use JDK " + ImageJars.FIRST_FEATURE_SERVING_ESCAPED_PATHS + " or newer."));
        return escaped.isPresent();
    }

    /**
     * Tells, from the JVM's own listing of the image, how many of the library's classes the image serves to a
     * program started with its argfile and class path, and warns when the JVM archived them for no loader.
     */
    void checkServed(Jdk jdk, ImageBuilder.Result result, Set<String> libraryClasses) {
        Optional<ArchivedClasses> archived = ArchivedClasses.list(jdk, result.runOptions(), result.imageClassPath());
        if (archived.isEmpty()) {
            getLog().debug("Could not list the image's classes with -XX:+PrintSharedArchiveAndExit; not checked.");
            return;
        }
        List<String> served = new ArrayList<>();
        List<String> otherLoader = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String name : libraryClasses) {
            String loader = archived.get().loaderByClass().get(name);
            (loader == null ? absent : "app_loader".equals(loader) ? served : otherLoader).add(name);
        }
        if (otherLoader.isEmpty() && absent.isEmpty()) {
            getLog().info("The image serves " + (served.size() == 1 ? "the 1 class" : "all " + served.size() + " classes")
                    + " of the included packages to the application class loader.");
            return;
        }
        if (!otherLoader.isEmpty()) {
            Optional<Path> escaped = result.imageClassPath().entries().stream().filter(ImageJars::needsUrlEscaping).findFirst();
            getLog().warn("The JDK at \"" + jdk.home() + "\" archived " + otherLoader.size() + " of the " + libraryClasses.size()
                    + " classes of the included packages for a class loader that a program started with -cp does not use (e.g. "
                    + otherLoader.get(0) + "), so the image will not serve them" + (escaped.isPresent()
                            ? "; this JDK does that to jars whose path a file: URL must escape (JDK-8339460), like \"" + escaped.get()
                                    + "\": build in a folder whose path has no spaces or non-ASCII characters, or use JDK "
                                    + ImageJars.FIRST_FEATURE_SERVING_ESCAPED_PATHS + " or newer."
                            : "; rerun the dump with -Xlog:cds to see why."));
        }
        if (!absent.isEmpty()) {
            getLog().warn("The JVM left " + absent.size() + " of the " + libraryClasses.size() + " classes of the included packages out of "
                    + "the image (e.g. " + absent.get(0) + "); rerun the dump with -Xlog:cds to see why.");
        }
    }

}
