package io.github.sysimg.core.classlist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which lines of a training JVM's class list are the library's, and which lines of the linkage run's class list go
 * into every trained image.
 */
public final class TrainingLines {
    private TrainingLines() {
    }

    /**
     * Keeps the JDK's and the image class path's classes of a training run's class list, and the lambdas,
     * constant pool entries and method handle shapes they need; drops the tests, their dependencies and the
     * training's own classes.
     *
     * @param lines        the training JVM's class list
     * @param imageClasses the binary names of the classes on the image class path
     * @param foreign      the binary names of the classes of everything else the training loaded (tests, their
     *                     dependencies, JUnit, the runner)
     */
    public static List<String> kept(List<String> lines, Set<String> imageClasses, Set<String> foreign) {
        Set<String> kept = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (String text : lines) {
            ClassListLine line = ClassListLine.parse(text);
            if (line == null) {
                continue;
            }
            switch (line.kind()) {
                // JDK 24+ @cp: the constant pool entries the training linked (lambda call sites among them), which
                // an AOT-linked image links ahead of time
                case LAMBDA_PROXY, CONSTANT_POOL -> {
                    if (kept.contains(line.owner())) {
                        result.add(line.text());
                    }
                }
                case LAMBDA_FORM_INVOKER -> result.add(line.text());
                case CLASS -> {
                    String binary = line.ownerBinaryName();
                    // A test dependency may hold a copy of an image jar (the library's own dependency): its classes
                    // were loaded from the image class path, which comes first.
                    if (!line.hasSource() && (imageClasses.contains(binary)
                            || !foreign.contains(binary) && !binary.contains("$$") && !isAgentMachinery(line.owner()))) {
                        kept.add(line.owner());
                        result.add(line.owner());
                    }
                }
                default -> {
                    // other directives belong to no class the image keeps
                }
            }
        }
        return result;
    }

    /** The JDK packages that attach and run a Java agent, as mocking libraries do in tests; a program at start-up does not. */
    private static final List<String> AGENT_MACHINERY = List.of("java/lang/instrument/", "sun/instrument/", "com/sun/tools/attach/",
            "sun/tools/attach/");

    static boolean isAgentMachinery(String internalName) {
        for (String prefix : AGENT_MACHINERY) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The linkage run's lines that every trained image keeps: the JDK classes that linking call sites loaded, and
     * their method handle shapes; its lambdas and constant pool entries are its own call sites'.
     *
     * @param lines         the linkage run's class list
     * @param runnerClasses the binary names of the runner's classes, the linkage run's own
     */
    public static List<String> linkage(List<String> lines, Set<String> runnerClasses) {
        List<String> result = new ArrayList<>();
        for (String text : lines) {
            ClassListLine line = ClassListLine.parse(text);
            if (line == null) {
                continue;
            }
            if (line.kind() == ClassListLine.Kind.LAMBDA_FORM_INVOKER) {
                result.add(line.text());
            } else if (line.isClass() && !line.hasSource() && !runnerClasses.contains(line.ownerBinaryName())) {
                result.add(line.owner());
            }
        }
        return result;
    }
}
