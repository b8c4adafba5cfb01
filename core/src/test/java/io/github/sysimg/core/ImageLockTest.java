package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLockTest {

    @Test
    void theHoldingThreadTakesItAgainAnotherThreadIsRefusedAndTheFileGoesWithTheLastHold(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("app.jsa");
        Path file = dir.resolve("app.jsa.lock");
        try (ImageLock outer = ImageLock.acquire(image)) {
            assertTrue(Files.isRegularFile(file));
            assertEquals("pid " + ProcessHandle.current().pid() + "\n", Files.readString(file));
            try (ImageLock inner = ImageLock.acquire(dir.resolve(".").resolve("app.jsa"))) {
                assertTrue(Files.isRegularFile(file), "the same image, however it is spelled");
            }
            assertTrue(Files.isRegularFile(file), "still held by the outer hold");
            ImageLockedException refused = CompletableFuture.supplyAsync(
                    () -> assertThrows(ImageLockedException.class, () -> ImageLock.acquire(image))).get(10, TimeUnit.SECONDS);
            assertTrue(refused.getMessage().startsWith("Another sysimg-tests run (process " + ProcessHandle.current().pid()
                    + ") is building image \"" + image + "\""), refused.getMessage());
        }
        assertFalse(Files.exists(file), "no lock file left");
        CompletableFuture.runAsync(() -> ImageLock.acquire(image).close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLockFileLeftByAKilledRunIsTakenOver(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("app.aot");
        Files.writeString(dir.resolve("app.aot.lock"), "pid 999999\n");
        try (ImageLock lock = ImageLock.acquire(image)) {
            assertEquals("pid " + ProcessHandle.current().pid() + "\n", Files.readString(dir.resolve("app.aot.lock")));
        }
        assertFalse(Files.exists(dir.resolve("app.aot.lock")));
    }
}
