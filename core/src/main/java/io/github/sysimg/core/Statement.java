package io.github.sysimg.core;

import io.github.sysimg.protocol.StatementLines;
import java.util.Comparator;
import java.util.Objects;

/**
 * One precompile statement: something the workload exercised, and which test first exercised it.
 *
 * @param kind        what was exercised
 * @param name        the class, method, lambda call site or test it names; never contains a tab or line break
 * @param attribution the unique id of the test that first exercised it, or for {@link StatementKind#TEST} its
 *                    duration and outcome; empty when unknown
 */
public record Statement(StatementKind kind, String name, String attribution) implements Comparable<Statement> {

    private static final Comparator<Statement> ORDER =
            Comparator.comparing(Statement::kind).thenComparing(Statement::name);

    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        attribution = attribution == null ? "" : attribution;
        if (name.isBlank() || containsLineOrFieldBreak(name)) {
            throw new IllegalArgumentException("A statement name must be non-blank and hold no tab or line break: \"" + name + "\"");
        }
        if (containsLineOrFieldBreak(attribution)) {
            throw new IllegalArgumentException("A statement attribution must hold no tab or line break: \"" + attribution + "\"");
        }
    }

    /** A statement with no attribution. */
    public Statement(StatementKind kind, String name) {
        this(kind, name, "");
    }

    private static boolean containsLineOrFieldBreak(String s) {
        return s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }

    /** The statement without its attribution: what identifies it when files are merged. */
    public Statement withoutAttribution() {
        return attribution.isEmpty() ? this : new Statement(kind, name);
    }

    /** For {@link StatementKind#CLASS} and {@link StatementKind#JDK}: the class's internal name ({@code a/b/C}). */
    public String internalClassName() {
        return name.replace('.', '/');
    }

    /** For {@link StatementKind#METHOD}: the binary name of the class that declares the method. */
    public String declaringClass() {
        int hash = name.indexOf('#');
        return hash < 0 ? name : name.substring(0, hash);
    }

    /** The statement as one line of a statements file, without the line break. */
    public String toLine() {
        return StatementLines.statement(kind.keyword(), name, attribution);
    }

    @Override
    public int compareTo(Statement other) {
        return ORDER.compare(this, other);
    }
}
