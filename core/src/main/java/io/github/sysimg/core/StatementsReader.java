package io.github.sysimg.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads statements files. A line it cannot parse is skipped with a warning naming {@code file:line}; a file of a
 * newer format version is refused, since its statements may mean something this version does not know.
 */
public final class StatementsReader {

    private StatementsReader() {
    }

    /** Reads one file. */
    public static StatementsFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SysimgException("Statements file \"" + file + "\" does not exist; give the path of a file written by sysimg-tests.");
        } catch (IOException e) {
            throw new SysimgException("Statements file \"" + file + "\" cannot be read (" + e.getMessage() + "); check its permissions.", e);
        }
        return read(file.toString(), text);
    }

    /**
     * Parses statements text.
     *
     * @param source the name to use in warnings and errors, usually the file's path
     */
    public static StatementsFile read(String source, String text) {
        Map<String, String> header = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean complete = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("@")) {
                    int space = trimmed.indexOf(' ');
                    String key = space < 0 ? trimmed.substring(1) : trimmed.substring(1, space);
                    String value = space < 0 ? "" : trimmed.substring(space + 1).strip();
                    if (StatementsFile.END.equals(key)) {
                        complete = true;
                    } else if (StatementsFile.HEADER_FORMAT.equals(key)) {
                        checkFormat(source, lineNumber, value);
                        header.put(key, value);
                    } else if (!key.isEmpty()) {
                        header.putIfAbsent(key, value);
                    } else {
                        warnings.add(source + ":" + lineNumber + ": header line \"" + line + "\" has no key; skipped");
                    }
                    continue;
                }
                Optional<Statement> statement = parse(line);
                if (statement.isPresent()) {
                    statements.add(statement.get());
                } else {
                    warnings.add(source + ":" + lineNumber + ": cannot parse \"" + abbreviate(line) + "\"; skipped");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        return new StatementsFile(header, statements, complete, warnings);
    }

    private static void checkFormat(String source, int lineNumber, String value) {
        int version;
        try {
            version = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new SysimgException(source + ":" + lineNumber + ": format version \"" + value
                    + "\" is not a number; the file is damaged, record it again.");
        }
        if (version > StatementsFile.FORMAT_VERSION) {
            throw new SysimgException(source + " is in statements format " + version + ", but this sysimg-tests reads format "
                    + StatementsFile.FORMAT_VERSION + " and older; use a newer sysimg-tests or record the statements again.");
        }
    }

    /** Parses one statement line, or returns empty if it is not one. */
    public static Optional<Statement> parse(String line) {
        String body = line;
        String attribution = "";
        int tab = line.indexOf('\t');
        if (tab >= 0) {
            body = line.substring(0, tab);
            attribution = line.substring(tab + 1).strip();
            if (attribution.indexOf('\t') >= 0) {
                return Optional.empty();
            }
        }
        body = body.strip();
        int space = body.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        Optional<StatementKind> kind = StatementKind.ofKeyword(body.substring(0, space));
        String name = body.substring(space + 1).strip();
        if (kind.isEmpty() || name.isEmpty() || !wellFormed(kind.get(), name)) {
            return Optional.empty();
        }
        return Optional.of(new Statement(kind.get(), name, attribution));
    }

    private static boolean wellFormed(StatementKind kind, String name) {
        switch (kind) {
            case CLASS:
            case JDK:
                return isBinaryClassName(name);
            case METHOD: {
                int hash = name.indexOf('#');
                int paren = name.indexOf('(', hash + 1);
                return hash > 0 && paren > hash + 1 && name.indexOf(')', paren) > paren
                        && isBinaryClassName(name.substring(0, hash));
            }
            case LAMBDA:
                // caller, name, type, sam type, kind, owner, impl name, impl type, instantiated type
                return name.split(" ").length == 9 && name.split(" ")[4].startsWith("REF_");
            case TEST:
                return name.startsWith("[");
            default:
                return false;
        }
    }

    private static boolean isBinaryClassName(String name) {
        // A package's annotations live in its package-info class, which frameworks load (Spring, JAXB, Jackson)
        if (name.endsWith(".package-info")) {
            name = name.substring(0, name.length() - "-info".length());
        }
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isJavaIdentifierPart(c) || c == '.') || Character.isIdentifierIgnorable(c)) {
                return false;
            }
        }
        return Character.isJavaIdentifierStart(name.charAt(0));
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
