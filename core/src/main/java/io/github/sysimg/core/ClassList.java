package io.github.sysimg.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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

    /**
     * The class list of a trained image: what the training JVM loaded (its class list, filtered to the JDK and the
     * image class path) that the library needs, plus the included classes that only tests the training could not
     * replay used. A JDK class of the training stays when the JDK's default class list has it or when the agent saw
     * included code load or use it (this list's JDK classes); the JDK classes that the tests, their tooling or the
     * replay itself loaded go, and so do the default list's classes that the training did not load: every class an
     * image holds costs each start-up some time (an AOT-linked image loads them all).
     *
     * @param kind             the image kind
     * @param training         the training's class list lines (see {@code Training.filterClassList})
     * @param linkage          JDK classes (internal names) and method handle shapes that linking an application's own
     *                         call sites needs (see {@code Training.linkage}): kept whether the training loaded them or not
     * @param availableClasses the binary names of the classes on the image class path
     */
    public ClassList trained(Jdk jdk, ImageKind kind, List<String> training, List<String> linkage, Set<String> availableClasses) {
        Set<String> library;
        try {
            library = new HashSet<>(jdk.defaultClassListLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> defaults = Set.copyOf(library);
        library.addAll(lines);
        library.addAll(linkage);
        List<String> trainedLines = new ArrayList<>(training);
        trainedLines.addAll(linkage);
        Set<String> kept = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        Set<String> trainedClasses = new HashSet<>();
        for (String line : trainedLines) {
            if (!line.startsWith("@")) {
                trainedClasses.add(line);
            }
        }
        for (String line : lines) {
            // The JDK's default class list comes from a run of common work (string concatenation, formatting,
            // streams) that any program may do. Both kinds keep its method handle shapes (on JDK 17 the dump
            // regenerates the holder classes from them: fewer LambdaForms spun at start-up) and none of its classes
            // that the training did not load: an AOT-linked image loads every class at start-up, and even a CDS
            // archive, which loads classes on demand, starts slower for each class it holds (bench/README.md).
            // A CDS archive keeps the rest in the default list's order, an AOT-linked image in the training's.
            if (defaults.contains(line) && (line.startsWith("@lambda-form-invoker ")
                    || kind != ImageKind.AOT_CACHE && trainedClasses.contains(line)) && seen.add(line)) {
                all.add(line);
            }
        }
        for (String line : trainedLines) {
            if (!line.startsWith("@")) {
                if (availableClasses.contains(line.replace('/', '.')) || library.contains(line)) {
                    kept.add(line);
                    if (seen.add(line)) {
                        all.add(line);
                    }
                }
            } else if (line.startsWith("@lambda-proxy ")) {
                // A class's lambdas go with it, each line as often as the training wrote it: the JVM archives one
                // proxy class a line and hands each out once, so two call sites of one shape (FindOps' findFirst
                // and findAny) need the line twice, or the second spins its proxy at every start-up.
                if (kept.contains(line.split(" ")[1])) {
                    all.add(line);
                }
            } else if (line.startsWith("@cp ")) {
                // a class's linked constant pool entries go with it
                if (kept.contains(line.split(" ")[1]) && seen.add(line)) {
                    all.add(line);
                }
            } else if (seen.add(line)) {
                all.add(line);
            }
        }
        for (String line : lines) {
            if (!line.startsWith("@") && availableClasses.contains(line.replace('/', '.')) && seen.add(line)) {
                all.add(line);
            }
        }
        int included = 0;
        int jdkAdded = 0;
        int lambdaSites = 0;
        for (String line : all) {
            if (line.startsWith("@lambda-proxy ")) {
                lambdaSites++;
            } else if (!line.startsWith("@")) {
                if (availableClasses.contains(line.replace('/', '.'))) {
                    included++;
                } else if (!defaults.contains(line)) {
                    jdkAdded++;
                }
            }
        }
        return new ClassList(List.copyOf(all), included, jdkAdded, lambdaSites, missingClasses);
    }

    /**
     * This class list without the given classes (binary names) and their lambdas.
     *
     * @param included the binary names of the included classes, to keep the counts true
     */
    public ClassList without(Jdk jdk, Set<String> classes, Set<String> included) {
        if (classes.isEmpty()) {
            return this;
        }
        Set<String> defaults;
        try {
            defaults = Set.copyOf(jdk.defaultClassListLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> kept = new ArrayList<>();
        int includedLeft = includedClasses;
        int jdkLeft = jdkClasses;
        int lambdasLeft = lambdas;
        for (String line : lines) {
            boolean lambda = line.startsWith("@lambda-proxy ");
            String name = (lambda || line.startsWith("@cp ") ? line.split(" ")[1] : line.startsWith("@") ? "" : line).replace('/', '.');
            if (!classes.contains(name)) {
                kept.add(line);
            } else if (line.startsWith("@cp ")) {
                continue;
            } else if (lambda) {
                lambdasLeft--;
            } else if (included.contains(name)) {
                includedLeft--;
            } else if (!defaults.contains(line)) {
                // only the JDK classes beyond the default list were counted
                jdkLeft--;
            }
        }
        return new ClassList(List.copyOf(kept), includedLeft, jdkLeft, lambdasLeft, missingClasses);
    }
}
