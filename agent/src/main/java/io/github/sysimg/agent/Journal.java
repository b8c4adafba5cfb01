package io.github.sysimg.agent;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * This JVM's record. Every statement is written through to the operating system as soon as it is known, so a
 * JVM that is killed, or a test that calls {@code System.exit}, loses nothing recorded before.
 *
 * <p>With {@code output=DIR} it is a session file in DIR, which the launcher merges. With {@code statements=FILE}
 * it is {@code FILE.PID.partial} until the JVM exits, and then becomes FILE with one rename: FILE is only ever a
 * whole statements file, and a JVM killed before its shutdown hooks ran leaves the partial journal instead.
 */
final class Journal {
    /** The suffix of the journal beside a statements file. */
    static final String PARTIAL_SUFFIX = ".partial";

    private final Path file;
    private final Path target;
    private final FileOutputStream out;
    private boolean closed;
    private boolean failed;

    private Journal(Path file, Path target) throws IOException {
        this.file = file;
        this.target = target;
        this.out = new FileOutputStream(file.toFile(), true);
    }

    /** A session file in {@code folder}, named by this process and the time. */
    static Journal session(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new Journal(folder.resolve("session-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + ".statements"), null);
    }

    /** The journal of the statements file {@code target}, which {@link #publish} moves there. */
    static Journal statements(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("statements=" + target + " is a folder; give the path of a file");
        }
        Files.createDirectories(absolute.getParent());
        Path journal = absolute.resolveSibling(absolute.getFileName() + "." + ProcessHandle.current().pid() + PARTIAL_SUFFIX);
        Files.deleteIfExists(journal);
        return new Journal(journal, absolute);
    }

    Path file() {
        return file;
    }

    /** Whether this journal becomes a statements file at exit (not a session file for the launcher). */
    boolean publishes() {
        return target != null;
    }

    synchronized void write(String line) {
        if (closed) {
            return;
        }
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            closed = true;
            failed = true;
            System.err.println("[sysimg] cannot write " + file + " (" + e.getMessage() + "); recording stopped.");
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                failed = true;
            }
        }
    }

    /**
     * Closes the journal and, for {@code statements=FILE}, renames it onto FILE: a reader sees the previous FILE or
     * this whole one. A journal that could not be written whole stays where it is, as a partial result.
     */
    synchronized void publish() {
        close();
        if (target == null || failed) {
            return;
        }
        try {
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.err.println("[sysimg] cannot write " + target + " (" + e + "); the statements are in " + file + ".");
        }
    }
}
