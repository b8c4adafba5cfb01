package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    static AtomicFiles.Content failingAfter(String partial, Exception failure) {
        return out -> {
            out.write(partial.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (failure instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failure;
        };
    }

    @Test
    void failingContentLeavesThePreviousTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("image.jsa");
        Files.writeString(target, "the previous image");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AtomicFiles.write(target, failingAfter("half of the new im", new IOException("disk full"))));

        assertEquals("disk full", e.getCause().getMessage());
        assertEquals("the previous image", Files.readString(target));
        assertEquals(List.of("image.jsa"), filesInDir());
    }

    @Test
    void failingContentLeavesNoTargetWhenThereWasNone() throws IOException {
        Path target = dir.resolve("image.jsa");

        assertThrows(UncheckedIOException.class,
                () -> AtomicFiles.write(target, failingAfter("half", new IOException("disk full"))));

        assertFalse(Files.exists(target));
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void contentFailingWithARuntimeExceptionAlsoLeavesNoTrace() throws IOException {
        Path target = dir.resolve("statements.txt");
        Files.writeString(target, "old");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AtomicFiles.write(target, failingAfter("new", new IllegalStateException("bug"))));

        assertEquals("bug", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("statements.txt"), filesInDir());
    }

    @Test
    void writeReplacesTheTargetWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("image.jsa");
        Files.writeString(target, "old content, longer than the new one");

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of("image.jsa"), filesInDir());
    }

    @Test
    void writeCreatesAMissingTarget() throws IOException {
        Path target = dir.resolve("new.txt");

        AtomicFiles.write(target, out -> out.write(new byte[] {1, 2, 3}));

        assertEquals(3, Files.size(target));
        assertEquals(List.of("new.txt"), filesInDir());
    }

    @Test
    void finishedFileIsReadableByOthers() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("image.jsa");

        AtomicFiles.write(target, out -> out.write(1));

        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void writeIntoAMissingFolderFailsWithoutCreatingIt() {
        Path target = dir.resolve("missing").resolve("image.jsa");

        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> out.write(1)));

        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void temporarySiblingIsInTheTargetsFolder() throws IOException {
        Path target = dir.resolve("image.jsa");

        Path temp = AtomicFiles.temporarySibling(target);
        try {
            assertEquals(dir.toAbsolutePath(), temp.getParent());
            assertTrue(Files.exists(temp));
            assertFalse(temp.equals(target));
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
