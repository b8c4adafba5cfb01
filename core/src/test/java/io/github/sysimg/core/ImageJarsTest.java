package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageJarsTest {
    @Test
    void pathsThatAFileUrlEscapesAreTold() {
        assertFalse(ImageJars.needsUrlEscaping(Path.of("/work/lib/target/lib-1.0.jar")));
        assertTrue(ImageJars.needsUrlEscaping(Path.of("/work/my lib/target/lib-1.0.jar")));
        assertTrue(ImageJars.needsUrlEscaping(Path.of("/work/bibliothèque/target/lib-1.0.jar")));
        assertTrue(ImageJars.needsUrlEscaping(Path.of("/work/100%/lib.jar")));
    }
}
