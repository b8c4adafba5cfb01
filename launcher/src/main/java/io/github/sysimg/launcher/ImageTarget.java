package io.github.sysimg.launcher;

import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.Jdk;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The image a command makes: where it goes, its kind and the JDK it is for; the options the main command and build share. */
final class ImageTarget {
    @Option(names = "--image", paramLabel = "FILE",
            description = "Where to write the image; FILE.args (the java @argfile) and FILE.meta go beside it. "
                    + "Default: sysimg.jsa (JDK 17-23) or sysimg.aot (JDK 24+).")
    Path image;

    @Option(names = "--image-kind", paramLabel = "KIND",
            description = "cds (a CDS archive) or aot (an AOT-linked cache, JDK 24+). Default: aot on JDK 24+, else cds.")
    String imageKind;

    @Option(names = "--incremental",
            description = "Build a CDS top layer over the JDK's default archive (JDK 17 to 23) instead of a full image: a few MB "
                    + "instead of some 15, and when the JVM refuses it (a class path in another order) the JDK's default archive "
                    + "stays in use, where a refused full image leaves the program slower than no image at all.")
    boolean incremental;

    @Option(names = "--java-home", paramLabel = "DIR",
            description = "The JDK the image is for, which builds it (and runs the tests); the image is for that exact JDK. "
                    + "Default: the JDK running this tool.")
    Path javaHome;

    /** The JDK, the kind and the path of the image, as given or by default. */
    record Chosen(Jdk jdk, ImageKind kind, Path image) {
    }

    /** The image to make, checked before any work is done: a test run of many minutes must not end in an error known at the start. */
    Chosen choose() {
        Jdk jdk = javaHome == null ? Jdk.current() : Jdk.at(javaHome);
        ImageKind kind = ImageKind.chosen(imageKind, incremental, jdk);
        Path path = image != null ? image : ImageRequest.defaultImage(Path.of(""), kind);
        ImageBuilder.checkTarget(jdk, kind, path);
        return new Chosen(jdk, kind, path);
    }
}
