package io.github.sysimg.core;

import io.github.sysimg.protocol.StatementLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes statements files atomically: a reader never sees a half-written file. Statements are written in the
 * file's order; {@link StatementsFile#normalized()} or {@link StatementsFile#merge} give the canonical one.
 */
public final class StatementsWriter {

    private StatementsWriter() {
    }

    /** The text of a statements file: header, statements in the file's order, {@code @end}. */
    public static String toText(StatementsFile file) {
        StringBuilder text = new StringBuilder(64 * (file.statements().size() + 8));
        text.append("# sysimg-tests statements: what a workload exercised, one statement a line.\n");
        text.append("# <kind> <name>[<TAB><first test that exercised it>]; kinds: class, method, jdk, lambda, test.\n");
        text.append(StatementLines.header(StatementsFile.HEADER_FORMAT, Integer.toString(StatementsFile.FORMAT_VERSION))).append('\n');
        for (Map.Entry<String, String> entry : file.header().entrySet()) {
            if (!StatementsFile.HEADER_FORMAT.equals(entry.getKey())) {
                text.append(StatementLines.header(entry.getKey(), entry.getValue())).append('\n');
            }
        }
        for (Statement statement : file.statements()) {
            text.append(statement.toLine()).append('\n');
        }
        if (file.isComplete()) {
            text.append(StatementLines.end()).append('\n');
        }
        return text.toString();
    }

    /** Writes {@code file} to {@code target} through a temporary file in the same folder and an atomic rename. */
    public static void write(StatementsFile file, Path target) {
        try {
            AtomicFiles.write(target, out -> {
                try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    writer.write(toText(file));
                }
            });
        } catch (UncheckedIOException e) {
            throw new SysimgException(Setting.STATEMENTS, s -> "Cannot write statements file \"" + target + "\" ("
                    + e.getCause().getMessage() + "); choose a writable location with " + s.of(Setting.STATEMENTS) + ".", e);
        }
    }
}
