package io.github.sysimg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArchivedClassesTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** A program that writes a line and then never ends, as a JVM stuck at exit would. */
    public static final class NeverEnds {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("started");
            System.out.flush();
            new CountDownLatch(1).await();
        }
    }

    private static List<String> neverEnds() throws Exception {
        String classes = Path.of(NeverEnds.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        return List.of(JAVA, "-cp", classes, NeverEnds.class.getName());
    }

    private static List<ProcessHandle> neverEndingChildren() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains(NeverEnds.class.getName())).toList();
    }

    @AfterEach
    void endLeftovers() {
        neverEndingChildren().forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aListingThatNeverEndsGivesNothingAfterTheTimeoutAndIsEnded() throws Exception {
        List<String> command = neverEnds();
        // The guard is far above the 1 s timeout given: only a listing that ignores its timeout reaches it.
        Optional<String> output = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ArchivedClasses.output(command, Duration.ofSeconds(1)));
        assertEquals(Optional.empty(), output, "no listing from a JVM that did not end");
        assertEquals(List.of(), neverEndingChildren(), "the JVM that did not end is ended");
    }

    @Test
    void aListingThatEndsGivesItsOutputAndErrors() {
        Optional<String> output = ArchivedClasses.output(List.of(JAVA, "-version"), ArchivedClasses.TIMEOUT);
        assertTrue(output.orElse("").contains("version"), "java -version writes to stderr: " + output);
    }

    @Test
    void aListingThatFailsGivesNothing() {
        assertFalse(ArchivedClasses.output(List.of(JAVA, "-XX:+NoSuchOption"), ArchivedClasses.TIMEOUT).isPresent());
    }

    @Test
    void theJvmsListingGivesEachClassItsLoader() {
        String listing = String.join("\n",
                "Shared Dictionary",
                "    0: org.acme.units.Converter app",
                "    1: java.lang.Object boot",
                "    2: org.acme.units.Converter unregistered");
        assertEquals("app", ArchivedClasses.parse(listing).orElseThrow().loaderByClass().get("org.acme.units.Converter"));
        assertEquals("boot", ArchivedClasses.parse(listing).orElseThrow().loaderByClass().get("java.lang.Object"));
        assertFalse(ArchivedClasses.parse("no archive").isPresent());
    }
}
