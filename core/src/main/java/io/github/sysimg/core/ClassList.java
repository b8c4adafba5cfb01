package io.github.sysimg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
        return of(jdk, ImageKind.CDS_ARCHIVE, statements, availableClasses, name -> null);
    }

    /**
     * Builds the class list for an image kind.
     *
     * @param jdk              the JDK the image is for
     * @param kind             the image kind: an AOT cache also lists the constant pool entries of lambda call sites
     * @param statements       the merged statements
     * @param availableClasses the binary names of the classes on the image class path
     * @param classFiles       the bytes of a class of the image class path by binary name, or null if absent
     */
    public static ClassList of(Jdk jdk, ImageKind kind, StatementsFile statements, Collection<String> availableClasses,
                               Function<String, byte[]> classFiles) {
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
        Map<String, Set<String>> sitesByCaller = new TreeMap<>();
        for (Statement statement : statements.statements(StatementKind.LAMBDA)) {
            String[] fields = statement.name().split(" ");
            String caller = fields[0].replace('/', '.');
            if (included.contains(caller) && lines.add("@lambda-proxy " + statement.name())) {
                lambdas++;
                sitesByCaller.computeIfAbsent(caller, c -> new TreeSet<>()).add(fields[1] + ' ' + fields[2]);
            }
        }
        if (kind == ImageKind.AOT_CACHE) {
            // An AOT-linked cache takes lambdas from resolved invokedynamic entries, not from @lambda-proxy lines.
            for (Map.Entry<String, Set<String>> caller : sitesByCaller.entrySet()) {
                byte[] bytes = classFiles.apply(caller.getKey());
                String line = bytes == null ? null : ConstantPoolLinks.line(caller.getKey().replace('.', '/'), bytes, caller.getValue());
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        return new ClassList(List.copyOf(lines), included.size(), jdkAdded, lambdas, List.copyOf(missing));
    }

    /** This class list with {@code extra} lines appended, those not already in it. */
    public ClassList with(List<String> extra) {
        Set<String> all = new LinkedHashSet<>(lines);
        all.addAll(extra);
        return new ClassList(List.copyOf(all), includedClasses, jdkClasses, lambdas, missingClasses);
    }

    /**
     * This class list without the given classes (binary names) and their lambdas.
     *
     * @param included the binary names of the included classes, to keep the counts true
     */
    public ClassList without(Set<String> classes, Set<String> included) {
        if (classes.isEmpty()) {
            return this;
        }
        List<String> kept = new ArrayList<>();
        int includedLeft = includedClasses;
        int jdkLeft = jdkClasses;
        int lambdasLeft = lambdas;
        for (String line : lines) {
            boolean lambda = line.startsWith("@lambda-proxy ");
            String name = (lambda ? line.split(" ")[1] : line.startsWith("@") ? "" : line).replace('/', '.');
            if (!classes.contains(name)) {
                kept.add(line);
            } else if (lambda) {
                lambdasLeft--;
            } else if (included.contains(name)) {
                includedLeft--;
            } else {
                jdkLeft--;
            }
        }
        return new ClassList(List.copyOf(kept), includedLeft, jdkLeft, lambdasLeft, missingClasses);
    }
}
