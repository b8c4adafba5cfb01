package io.github.sysimg.core.classlist;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;

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
 * The policy of an image from the statements alone: the JDK's own default class list, which every JVM start-up
 * needs, and only what the included code needed: its classes, the JDK classes it used, and its lambdas. The
 * thousands of JDK classes that only JUnit and the tests loaded stay out, because archived classes the program
 * never uses are not free: an AOT-linked image loads every one of them at start-up, and every archive is relocated
 * as a whole at each start.
 */
final class FromStatements {
    private FromStatements() {
    }

    static ClassList classList(Jdk jdk, ImageKind kind, StatementsFile statements, Collection<String> availableClasses,
                               Function<String, byte[]> classFiles) {
        Set<String> available = availableClasses instanceof Set ? (Set<String>) availableClasses : Set.copyOf(availableClasses);
        Set<String> lines = new LinkedHashSet<>(ClassList.defaultLines(jdk));
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
            ClassListLine proxy = ClassListLine.lambdaProxy(statement.name());
            String caller = proxy.ownerBinaryName();
            if (included.contains(caller) && lines.add(proxy.text())) {
                lambdas++;
                String[] fields = statement.name().split(" ");
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
}
