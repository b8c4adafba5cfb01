package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Chooses the image class path when the user gives none. */
final class ImageClassPaths {
    private ImageClassPaths() {
    }

    /**
     * The class path entries that hold recorded classes of the included packages and none of the test classes, in
     * class path order: the library's own jars, never the tests, JUnit or the tool.
     */
    static ClassPath defaultFor(ClassPath classPath, Set<String> recordedClasses, Collection<String> testClasses) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : classPath.entries()) {
            Set<String> names = ClassPath.classNames(entry);
            if (!Collections.disjoint(names, recordedClasses) && Collections.disjoint(names, testClasses)) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            throw new SysimgException("No --class-path entry holds the recorded classes of the included packages apart from test classes; "
                    + "give the library's jars with --image-class-path.");
        }
        return ClassPath.of(entries);
    }
}
