package io.github.sysimg.launcher;

import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image given to {@code check} or {@code verify}, with its metadata and the JDK that would run with it.
 *
 * @param image    the image file
 * @param jdk      the JDK given with {@code --java-home}, or the one running this tool
 * @param metadata what the image is bound to
 */
record ExistingImage(Path image, Jdk jdk, ImageMetadata metadata) {

    static ExistingImage open(Path image, Path javaHome) {
        if (!Files.isRegularFile(image)) {
            throw new SysimgException("Image \"" + image + "\" does not exist; build it first or fix the path given with --image.");
        }
        Jdk jdk = javaHome == null ? Jdk.current() : Jdk.at(javaHome);
        return new ExistingImage(image, jdk, ImageMetadata.readFor(image));
    }
}
