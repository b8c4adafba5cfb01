package io.github.sysimg.core;

import io.github.sysimg.protocol.StatementLines;
import java.util.Locale;
import java.util.Optional;

/**
 * What a statement says the workload exercised. The order of the constants is the order in which a statements
 * file lists them.
 */
public enum StatementKind {
    /** A class of an included package that the workload loaded: {@code class com.example.Foo}. */
    CLASS(StatementLines.CLASS),
    /** A method or constructor of an included class that ran at least once: {@code method com.example.Foo#bar(Ljava/lang/String;)V}. */
    METHOD(StatementLines.METHOD),
    /** A JDK class that the included code needed (loaded by it, or used directly by a method of it that ran). */
    JDK(StatementLines.JDK_CLASS),
    /** A lambda whose call site in included code ran, in the JVM class list's {@code @lambda-proxy} form, minus that prefix. */
    LAMBDA(StatementLines.LAMBDA),
    /** A test of the workload that ran: its unique id, with its duration in milliseconds and outcome as attribution. */
    TEST(StatementLines.TEST);

    private final String keyword;

    StatementKind(String keyword) {
        this.keyword = keyword;
    }

    /** The word that starts a statement of this kind in a statements file. */
    public String keyword() {
        return keyword;
    }

    /** The kind whose keyword is {@code word}, if any. */
    public static Optional<StatementKind> ofKeyword(String word) {
        for (StatementKind kind : values()) {
            if (kind.keyword.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
