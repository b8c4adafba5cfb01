package io.github.sysimg.core.classlist;

import io.github.sysimg.protocol.IncludedPackages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;

/**
 * The JDK classes that the image class path's code outside the included packages names directly. The agent watches
 * only the included packages, so the statements name the JDK classes the library itself needs, and none of those its
 * dependencies need: for an application, whose image class path is mostly dependencies (a framework, a web server, a
 * database driver), the JDK classes that start it up. A JDK class that the training loaded and that such a class
 * names in its constant pool is taken as needed by it, and so is a JDK class that the training loaded and such a JDK
 * class names, and so on (a public JDK class's implementation: a stream's pipeline stages, a parser's internals); the
 * JDK classes that only the tests, their tooling or JUnit loaded are named by no class of the image class path.
 */
public final class DependencyReferences {
    private static final int CONSTANT_CLASS = 7;

    private DependencyReferences() {
    }

    /**
     * @param training   the library's lines of the training's class list (see {@link TrainingLines#kept})
     * @param available  the binary names of the classes on the image class path
     * @param includes   the included packages, whose JDK classes the statements name; empty: every class counts as
     *                   included, and none is looked at
     * @param classFiles the bytes of a class of the image class path by binary name, or null if absent
     * @param jdkClassFiles the bytes of a JDK class by internal name, or null if absent
     * @return internal names of classes not on the image class path (the JDK's) that the training's classes of the
     *         image class path outside the included packages name, directly or through JDK classes the training loaded
     */
    public static Set<String> jdkClasses(List<String> training, Set<String> available, List<String> includes,
                                         Function<String, byte[]> classFiles, Function<String, byte[]> jdkClassFiles) {
        Set<String> named = new HashSet<>();
        if (includes.isEmpty()) {
            return named;
        }
        IncludedPackages included = IncludedPackages.of(includes);
        Set<String> trainedJdk = new HashSet<>();
        for (String text : training) {
            ClassListLine line = ClassListLine.parse(text);
            if (line == null || !line.isClass() || line.hasSource()) {
                continue;
            }
            String binary = line.ownerBinaryName();
            if (!available.contains(binary)) {
                trainedJdk.add(line.owner());
            } else if (!included.containsInternal(line.owner())) {
                byte[] bytes = classFiles.apply(binary);
                if (bytes != null) {
                    for (String name : classNames(bytes)) {
                        if (!available.contains(name.replace('/', '.'))) {
                            named.add(name);
                        }
                    }
                }
            }
        }
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
        for (String name : named) {
            if (trainedJdk.contains(name)) {
                pending.add(name);
            }
        }
        while (!pending.isEmpty()) {
            byte[] bytes = jdkClassFiles.apply(pending.poll());
            if (bytes != null) {
                for (String name : classNames(bytes)) {
                    if (trainedJdk.contains(name) && named.add(name)) {
                        pending.add(name);
                    }
                }
            }
        }
        return named;
    }

    /** The classes a class file's constant pool names (internal names; arrays as their element class). */
    static Set<String> classNames(byte[] classFile) {
        Set<String> names = new HashSet<>();
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException e) {
            // a class file newer than this ASM reads: its references stay unknown
            return names;
        }
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0 && classFile[offset - 1] == CONSTANT_CLASS) {
                String name = reader.readUTF8(offset, buffer);
                if (name.startsWith("[")) {
                    int element = name.lastIndexOf('[') + 1;
                    if (name.charAt(element) != 'L') {
                        continue;
                    }
                    name = name.substring(element + 1, name.length() - 1);
                }
                names.add(name);
            }
        }
        return names;
    }
}
