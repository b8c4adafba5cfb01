package io.github.sysimg.core.classlist;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The policy of a trained image: what the training JVM loaded (its class list, filtered to the JDK and the image
 * class path by {@link TrainingLines#kept}) that the library needs, plus the included classes that only tests the
 * training could not run used. A JDK class of the training stays when the JDK's default class list has it, when
 * the agent saw included code load or use it (the statements' JDK classes), or when a dependency's class that the
 * training loaded names it ({@link DependencyReferences}); the JDK classes that the tests, their
 * tooling or the training itself loaded go, and so do the default list's classes that the training did not load:
 * every class an image holds costs each start-up some time (an AOT-linked image loads them all, and every archive
 * is relocated as a whole).
 */
final class Trained {
    private Trained() {
    }

    /**
     * @param fromStatements the class list from the statements alone
     * @param training       the library's lines of the training's class list
     * @param linkage        JDK classes (internal names) and method handle shapes that linking an application's own
     *                       call sites needs (see {@link TrainingLines#linkage}): kept whether the training loaded them
     * @param dependencyJdk  JDK classes (internal names) that the dependencies' trained classes name (see
     *                       {@link DependencyReferences})
     * @param available      the binary names of the classes on the image class path
     */
    static ClassList classList(ClassList fromStatements, Jdk jdk, ImageKind kind, List<String> training, List<String> linkage,
                               Set<String> dependencyJdk, Set<String> available) {
        Set<String> defaults = Set.copyOf(ClassList.defaultLines(jdk));
        Set<String> library = new HashSet<>(defaults);
        library.addAll(fromStatements.lines());
        library.addAll(linkage);
        library.addAll(dependencyJdk);
        List<ClassListLine> trainedLines = new ArrayList<>();
        for (String line : training) {
            add(trainedLines, line);
        }
        for (String line : linkage) {
            add(trainedLines, line);
        }
        Set<String> trainedClasses = new HashSet<>();
        for (ClassListLine line : trainedLines) {
            if (line.isClass()) {
                trainedClasses.add(line.owner());
            }
        }
        Set<String> kept = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (ClassListLine line : fromStatements.parsedLines()) {
            // The JDK's default class list comes from a run of common work (string concatenation, formatting,
            // streams) that any program may do. Both kinds keep its method handle shapes (on JDK 17 the dump
            // regenerates the holder classes from them: fewer LambdaForms spun at start-up) and none of its classes
            // that the training did not load. A CDS archive keeps the rest in the default list's order, an
            // AOT-linked image in the training's.
            boolean keep = line.kind() == ClassListLine.Kind.LAMBDA_FORM_INVOKER
                    || kind != ImageKind.AOT_CACHE && line.isClass() && trainedClasses.contains(line.owner());
            if (defaults.contains(line.text()) && keep && seen.add(line.text())) {
                all.add(line.text());
            }
        }
        for (ClassListLine line : trainedLines) {
            switch (line.kind()) {
                case CLASS -> {
                    if (available.contains(line.ownerBinaryName()) || library.contains(line.owner())) {
                        kept.add(line.owner());
                        if (seen.add(line.text())) {
                            all.add(line.text());
                        }
                    }
                }
                case LAMBDA_PROXY -> {
                    // A class's lambdas go with it, each line as often as the training wrote it: the JVM archives one
                    // proxy class a line and hands each out once, so two call sites of one shape (FindOps' findFirst
                    // and findAny) need the line twice, or the second spins its proxy at every start-up.
                    if (kept.contains(line.owner())) {
                        all.add(line.text());
                    }
                }
                case CONSTANT_POOL -> {
                    // a class's linked constant pool entries go with it
                    if (kept.contains(line.owner()) && seen.add(line.text())) {
                        all.add(line.text());
                    }
                }
                default -> {
                    if (seen.add(line.text())) {
                        all.add(line.text());
                    }
                }
            }
        }
        // included classes that only tests the training could not run used
        for (ClassListLine line : fromStatements.parsedLines()) {
            if (line.isClass() && available.contains(line.ownerBinaryName()) && seen.add(line.text())) {
                all.add(line.text());
            }
        }
        int included = 0;
        int jdkAdded = 0;
        int lambdaSites = 0;
        for (String text : all) {
            ClassListLine line = ClassListLine.parse(text);
            if (line.kind() == ClassListLine.Kind.LAMBDA_PROXY) {
                lambdaSites++;
            } else if (line.isClass()) {
                if (available.contains(line.ownerBinaryName())) {
                    included++;
                } else if (!defaults.contains(line.text())) {
                    jdkAdded++;
                }
            }
        }
        return new ClassList(List.copyOf(all), included, jdkAdded, lambdaSites, fromStatements.missingClasses());
    }

    private static void add(List<ClassListLine> lines, String text) {
        ClassListLine line = ClassListLine.parse(text);
        if (line != null) {
            lines.add(line);
        }
    }
}
