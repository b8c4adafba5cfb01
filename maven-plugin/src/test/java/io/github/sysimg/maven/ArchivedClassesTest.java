package io.github.sysimg.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchivedClassesTest {
    @Test
    void pathsThatAFileUrlEscapesAreTold() {
        assertFalse(ArchivedClasses.escapedInUrl(Path.of("/work/lib/target/lib-1.0.jar")));
        assertTrue(ArchivedClasses.escapedInUrl(Path.of("/work/my lib/target/lib-1.0.jar")));
        assertTrue(ArchivedClasses.escapedInUrl(Path.of("/work/bibliothèque/target/lib-1.0.jar")));
        assertTrue(ArchivedClasses.escapedInUrl(Path.of("/work/100%/lib.jar")));
    }
}
