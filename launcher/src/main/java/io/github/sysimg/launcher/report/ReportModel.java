package io.github.sysimg.launcher.report;

import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers a report shows, computed from a statements file and the image class path's classes.
 *
 * @param header             the statements file's header (JDK, selectors, time, ...)
 * @param includes           the included packages
 * @param packages           per package of the image class path's included classes, sorted by name
 * @param classStatements    {@code class} statements
 * @param methodStatements   {@code method} statements
 * @param jdkStatements      {@code jdk} statements
 * @param lambdaStatements   {@code lambda} statements
 * @param tests              {@code test} statements that are tests (not workload mains)
 * @param suiteMillis        the sum of the tests' durations
 * @param units              who first exercised what, most first
 * @param notOnImageClassPath class and method statements whose class the image class path does not hold
 * @param image              what the image holds, or null when unknown
 * @param startup            start-up numbers from {@code verify}, or null
 * @param generated          when the report was made
 */
public record ReportModel(Map<String, String> header, List<String> includes, List<PackageStats> packages, int classStatements,
                          int methodStatements, int jdkStatements, int lambdaStatements, int tests, long suiteMillis,
                          List<Attribution.Unit> units, int notOnImageClassPath, ImageFacts image, Startup startup,
                          String generated) {

    /**
     * One package.
     *
     * @param name               the package
     * @param classes            its classes on the image class path
     * @param exercisedClasses   those the workload loaded
     * @param methods            their methods and constructors with code
     * @param exercisedMethods   those that ran
     * @param unexercisedClasses the classes never loaded, sorted
     * @param unexercisedMethods the methods never run of the classes that were loaded, sorted
     */
    public record PackageStats(String name, int classes, int exercisedClasses, int methods, int exercisedMethods,
                               List<String> unexercisedClasses, List<String> unexercisedMethods) {
    }

    /** Computes the model. */
    public static ReportModel of(StatementsFile statements, ImageInventory inventory, List<String> includes, ImageFacts image,
                                 Startup startup, String generated) {
        Set<String> classes = statements.names(StatementKind.CLASS);
        Set<String> methods = statements.names(StatementKind.METHOD);
        Map<String, List<ImageInventory.ClassEntry>> byPackage = new TreeMap<>();
        for (ImageInventory.ClassEntry entry : inventory.classes().values()) {
            byPackage.computeIfAbsent(entry.packageName(), p -> new ArrayList<>()).add(entry);
        }
        List<PackageStats> packages = new ArrayList<>();
        int knownClasses = 0;
        int knownMethods = 0;
        for (Map.Entry<String, List<ImageInventory.ClassEntry>> pkg : byPackage.entrySet()) {
            int exercisedClasses = 0;
            int methodCount = 0;
            int exercisedMethods = 0;
            List<String> unexercisedClasses = new ArrayList<>();
            List<String> unexercisedMethods = new ArrayList<>();
            for (ImageInventory.ClassEntry c : pkg.getValue()) {
                boolean loaded = classes.contains(c.name());
                if (loaded) {
                    exercisedClasses++;
                } else {
                    unexercisedClasses.add(c.name());
                }
                for (String m : c.methods()) {
                    methodCount++;
                    if (methods.contains(m)) {
                        exercisedMethods++;
                    } else if (loaded) {
                        unexercisedMethods.add(m);
                    }
                }
            }
            knownClasses += exercisedClasses;
            knownMethods += exercisedMethods;
            packages.add(new PackageStats(pkg.getKey(), pkg.getValue().size(), exercisedClasses, methodCount, exercisedMethods,
                    List.copyOf(unexercisedClasses), List.copyOf(unexercisedMethods)));
        }
        List<Attribution.Unit> units = Attribution.units(statements);
        int tests = 0;
        long millis = 0;
        for (Attribution.Unit u : units) {
            if (u.kind() == Attribution.Kind.TEST) {
                tests++;
                millis += Math.max(0, u.millis());
            }
        }
        return new ReportModel(Map.copyOf(statements.header()), List.copyOf(includes), List.copyOf(packages), classes.size(),
                methods.size(), statements.names(StatementKind.JDK).size(), statements.names(StatementKind.LAMBDA).size(), tests,
                millis, List.copyOf(units), classes.size() + methods.size() - knownClasses - knownMethods, image, startup,
                generated);
    }

    /** Classes of the included packages on the image class path. */
    public int totalClasses() {
        return packages.stream().mapToInt(PackageStats::classes).sum();
    }

    /** Of those, the ones the workload loaded. */
    public int exercisedClasses() {
        return packages.stream().mapToInt(PackageStats::exercisedClasses).sum();
    }

    /** Methods and constructors with code of those classes. */
    public int totalMethods() {
        return packages.stream().mapToInt(PackageStats::methods).sum();
    }

    /** Of those, the ones that ran. */
    public int exercisedMethods() {
        return packages.stream().mapToInt(PackageStats::exercisedMethods).sum();
    }

    /** This model with other start-up numbers. */
    public ReportModel withStartup(Startup numbers) {
        return new ReportModel(header, includes, packages, classStatements, methodStatements, jdkStatements, lambdaStatements, tests,
                suiteMillis, units, notOnImageClassPath, image, numbers, generated);
    }
}
