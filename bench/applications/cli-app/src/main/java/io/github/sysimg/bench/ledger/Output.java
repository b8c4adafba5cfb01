package io.github.sysimg.bench.ledger;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes: a file when given, else the command's standard output. */
final class Output {
    private Output() {
    }

    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    static void write(Path file, PrintWriter standardOut, Body body) {
        try {
            if (file == null) {
                body.writeTo(standardOut);
                standardOut.flush();
            } else {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    body.writeTo(out);
                }
            }
        } catch (IOException e) {
            throw new LedgerException("cannot write " + (file == null ? "the output" : file) + ": " + e.getMessage(), e);
        }
    }
}
