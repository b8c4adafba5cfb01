package io.github.sysimg.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing files so that the target path holds either the old content or the whole new one, never a part: an
 * interrupted build (Ctrl-C, a killed CI job) must not leave a half-written image where a JVM would pick it up.
 */
public final class AtomicFiles {

    /** Writes content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** A fresh temporary path beside {@code target}, in the same folder so that the final rename is atomic. */
    public static Path temporarySibling(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        temp.toFile().deleteOnExit();
        return temp;
    }

    /** Moves a finished temporary file onto {@code target}, atomically where the file system allows it. */
    public static void commit(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private to their owner; the finished file gets the usual rw-r--r--. */
    static void makeReadable(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    /** Writes {@code content} to {@code target} atomically; on failure the target is untouched. */
    public static void write(Path target, Content content) {
        Path temp = null;
        try {
            temp = temporarySibling(target);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            makeReadable(temp);
            commit(temp, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is also marked delete-on-exit
                }
            }
        }
    }

    /** Deletes a temporary folder with all it holds; what cannot be deleted stays. Nothing when {@code folder} is null or absent. */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary files only
                }
            });
        } catch (IOException ignored) {
            // temporary files only
        }
    }
}
