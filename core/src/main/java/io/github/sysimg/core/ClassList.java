package io.github.sysimg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class list an image is dumped from ({@code -XX:SharedClassListFile}), derived from statements alone.
 *
 * <p>It starts from the JDK's own default class list, which every JVM start-up needs, and adds only what the
 * included code needed: its classes, the JDK classes it used, and its lambdas. The thousands of JDK classes that
 * only JUnit and the tests loaded stay out, because archived classes the program never uses are not free: an
 * AOT-linked image loads every one of them at start-up.
 *
 * @param lines           the class list, in dump order
 * @param includedClasses how many included-package classes it names
 * @param jdkClasses      how many JDK classes it adds to the JDK's default list
 * @param lambdas         how many lambda call sites of included code it names
 * @param missingClasses  the statements' classes that are not on the image class path, which were skipped
 */
public record ClassList(List<String> lines, int includedClasses, int jdkClasses, int lambdas, List<String> missingClasses) {

    /**
     * Builds the class list.
     *
     * @param jdk              the JDK the image is for
     * @param statements       the merged statements
     * @param availableClasses the binary names of the classes on the image class path
     */
    public static ClassList of(Jdk jdk, StatementsFile statements, Collection<String> availableClasses) {
        Set<String> available = availableClasses instanceof Set ? (Set<String>) availableClasses : Set.copyOf(availableClasses);
        Set<String> lines = new LinkedHashSet<>();
        try {
            lines.addAll(jdk.defaultClassListLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int defaultSize = lines.size();
        for (Statement statement : statements.statements(StatementKind.JDK)) {
            // Hidden classes (lambdas, proxies) have no name the JVM can look up; they come as lambda statements.
            if (!statement.name().contains("$$") && !statement.name().contains("/")) {
                lines.add(statement.internalClassName());
            }
        }
        int jdkAdded = lines.size() - defaultSize;
        List<String> missing = new ArrayList<>();
        Set<String> included = new LinkedHashSet<>();
        for (Statement statement : statements.statements(StatementKind.CLASS)) {
            if (available.contains(statement.name())) {
                included.add(statement.name());
                lines.add(statement.internalClassName());
            } else {
                missing.add(statement.name());
            }
        }
        int lambdas = 0;
        for (Statement statement : statements.statements(StatementKind.LAMBDA)) {
            String caller = statement.name().substring(0, statement.name().indexOf(' ')).replace('/', '.');
            if (included.contains(caller) && lines.add("@lambda-proxy " + statement.name())) {
                lambdas++;
            }
        }
        return new ClassList(List.copyOf(lines), included.size(), jdkAdded, lambdas, List.copyOf(missing));
    }
}
