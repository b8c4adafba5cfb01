package io.github.sysimg.maven;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementsFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements an image is made from: only the classes, methods and lambdas that the image class path holds.
 * Test classes share the library's packages but live in {@code target/test-classes}, not in the jar, so they fall
 * out here. The same rule as the CLI's {@code StatementsPipeline.finish}.
 */
final class ImageStatements {
    private ImageStatements() {
    }

    /** The statements of {@code merged} that the image class path can serve, under {@code header}. */
    static StatementsFile finish(StatementsFile merged, ClassPath imageClassPath, Map<String, String> header) {
        Set<String> available = new HashSet<>();
        for (Path entry : imageClassPath.entries()) {
            available.addAll(ClassPath.classNames(entry));
        }
        List<Statement> kept = new ArrayList<>();
        for (Statement s : merged.statements()) {
            boolean keep;
            switch (s.kind()) {
                case CLASS:
                    keep = available.contains(s.name());
                    break;
                case METHOD:
                    keep = available.contains(s.declaringClass());
                    break;
                case LAMBDA:
                    keep = available.contains(s.name().substring(0, s.name().indexOf(' ')).replace('/', '.'));
                    break;
                default:
                    keep = true;
            }
            if (keep) {
                kept.add(s);
            }
        }
        return StatementsFile.merge(List.of(new StatementsFile(merged.header(), kept, merged.isComplete(), merged.warnings())), header);
    }
}
