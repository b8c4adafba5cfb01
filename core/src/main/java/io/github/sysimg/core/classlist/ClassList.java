package io.github.sysimg.core.classlist;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The class list an image is dumped from ({@code -XX:SharedClassListFile}). What goes into it is decided in this
 * package, by three policies: {@link FromStatements} (the statements alone), {@link Trained} (what a training run
 * of the tests loaded, with {@link TrainingLines} keeping the library's part of it and {@link TrainingFootprint}
 * naming what only one test class needs) and the linkage run's additions ({@link TrainingLines#linkage}).
 *
 * @param lines           the class list, in dump order
 * @param includedClasses how many classes of the image class path it names (the included packages' for a library; an
 *                        application's dependencies too)
 * @param jdkClasses      how many JDK classes it adds to the JDK's default list
 * @param lambdas         how many lambda call sites of included code it names
 * @param missingClasses  the statements' classes that are not on the image class path, which were skipped
 */
public record ClassList(List<String> lines, int includedClasses, int jdkClasses, int lambdas, List<String> missingClasses) {

    /**
     * The class list of an image from the statements alone (see {@link FromStatements}).
     *
     * @param jdk              the JDK the image is for
     * @param kind             the image kind: an AOT cache also lists the constant pool entries of lambda call sites
     * @param statements       the merged statements
     * @param availableClasses the binary names of the classes on the image class path
     * @param classFiles       the bytes of a class of the image class path by binary name, or null if absent
     */
    public static ClassList of(Jdk jdk, ImageKind kind, StatementsFile statements, Collection<String> availableClasses,
                               Function<String, byte[]> classFiles) {
        return FromStatements.classList(jdk, kind, statements, availableClasses, classFiles);
    }

    /**
     * The class list of a trained image (see {@link Trained}), this list being the one from the statements.
     *
     * @param training         the library's lines of the training's class list (see {@link TrainingLines#kept})
     * @param linkage          the linkage run's lines (see {@link TrainingLines#linkage})
     * @param dependencyJdk    the JDK classes that the dependencies' trained classes name (see {@link DependencyReferences})
     * @param availableClasses the binary names of the classes on the image class path
     */
    public ClassList trained(Jdk jdk, ImageKind kind, List<String> training, List<String> linkage, Set<String> dependencyJdk,
                             Set<String> availableClasses) {
        return Trained.classList(this, jdk, kind, training, linkage, dependencyJdk, availableClasses);
    }

    /** The parsed lines. */
    public List<ClassListLine> parsedLines() {
        List<ClassListLine> parsed = new ArrayList<>(lines.size());
        for (String line : lines) {
            ClassListLine l = ClassListLine.parse(line);
            if (l != null) {
                parsed.add(l);
            }
        }
        return parsed;
    }

    /**
     * This class list without the given classes (binary names) and their lambdas and constant pool entries.
     *
     * @param included the binary names of the included classes, to keep the counts true
     */
    public ClassList without(Jdk jdk, Set<String> classes, Set<String> included) {
        if (classes.isEmpty()) {
            return this;
        }
        Set<String> defaults = defaultClasses(jdk);
        List<String> kept = new ArrayList<>();
        int includedLeft = includedClasses;
        int jdkLeft = jdkClasses;
        int lambdasLeft = lambdas;
        for (ClassListLine line : parsedLines()) {
            String owner = line.ownerBinaryName();
            if (owner == null || !classes.contains(owner)) {
                kept.add(line.text());
            } else if (line.kind() == ClassListLine.Kind.LAMBDA_PROXY) {
                lambdasLeft--;
            } else if (line.isClass() && included.contains(owner)) {
                includedLeft--;
            } else if (line.isClass() && !defaults.contains(line.owner())) {
                // only the JDK classes beyond the default list were counted
                jdkLeft--;
            }
        }
        return new ClassList(List.copyOf(kept), includedLeft, jdkLeft, lambdasLeft, missingClasses);
    }

    /** The classes (internal names) of the JDK's default class list. */
    static Set<String> defaultClasses(Jdk jdk) {
        return Set.copyOf(defaultLines(jdk));
    }

    /** The JDK's default class list, as its lines. */
    static List<String> defaultLines(Jdk jdk) {
        try {
            return jdk.defaultClassListLines();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
