package io.github.sysimg.agent;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This JVM's session file. Every statement is written through to the operating system as soon as it is known,
 * so a test JVM that is killed, or a test that calls {@code System.exit}, loses nothing recorded before.
 */
final class Journal {
    private final Path file;
    private final FileOutputStream out;
    private boolean closed;

    Journal(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.file = folder.resolve("session-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis() + ".statements");
        this.out = new FileOutputStream(file.toFile(), true);
    }

    Path file() {
        return file;
    }

    synchronized void write(String line) {
        if (closed) {
            return;
        }
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            closed = true;
            System.err.println("[sysimg] cannot write " + file + " (" + e.getMessage() + "); recording stopped.");
        }
    }

    synchronized void close() {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // nothing more to write
            }
        }
    }
}
