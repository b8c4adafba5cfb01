package io.github.sysimg.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module's test run as its build defines it: what Surefire's {@code test} execution does with the tests, read from
 * its effective configuration by {@link SurefireConfiguration}. The recording and the training both run the tests
 * this way, so that a test passes in them as it passed in the build.
 *
 * @param argLine               the JVM arguments of Surefire's {@code argLine}, late {@code @{...}} references replaced
 * @param systemProperties      {@code systemPropertyVariables} and {@code systemProperties}, set in the test JVM
 * @param environment           {@code environmentVariables}, added to the test JVM's environment
 * @param workingDirectory      the folder the tests run in: Surefire's {@code workingDirectory}, by default the base directory
 * @param includes              Surefire's test class patterns ({@code **}{@code /*Test.java}, {@code %regex[...]})
 * @param excludes              the patterns of test classes left out
 * @param groups                JUnit tag expressions a test must match ({@code groups}); empty: every test
 * @param excludedGroups        JUnit tag expressions of the tests left out ({@code excludedGroups})
 * @param configuration         JUnit Platform configuration parameters ({@code <properties><configurationParameters>})
 * @param additionalClassPath   {@code additionalClasspathElements}, appended to the test class path
 * @param dependencyExcludes    {@code classpathDependencyExcludes}: {@code groupId:artifactId} of the dependencies taken off it
 * @param notHonoured           one line for each setting the tool cannot honour
 * @param configuredArgLine     Surefire's {@code <argLine>} as the build configures it, before late replacement; null
 *                              when the build configures none (then the {@code argLine} property is the argLine)
 */
public record SurefireRun(List<String> argLine, Map<String, String> systemProperties, Map<String, String> environment,
                          Path workingDirectory, List<String> includes, List<String> excludes, List<String> groups,
                          List<String> excludedGroups, Map<String, String> configuration, List<Path> additionalClassPath,
                          List<String> dependencyExcludes, List<String> notHonoured, String configuredArgLine) {

    /** Surefire's default includes (3.0+). */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");
    /** Surefire's default excludes: nested classes, which JUnit runs through their enclosing class. */
    public static final List<String> DEFAULT_EXCLUDES = List.of("**/*$*");

    public SurefireRun {
        argLine = List.copyOf(argLine);
        systemProperties = Map.copyOf(systemProperties);
        environment = Map.copyOf(environment);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        groups = List.copyOf(groups);
        excludedGroups = List.copyOf(excludedGroups);
        configuration = Map.copyOf(configuration);
        additionalClassPath = List.copyOf(additionalClassPath);
        dependencyExcludes = List.copyOf(dependencyExcludes);
        notHonoured = List.copyOf(notHonoured);
    }

    /** Surefire's defaults, in a base directory: no options, every class its default patterns match. */
    public static SurefireRun defaults(Path baseDir) {
        return new SurefireRun(List.of(), Map.of(), Map.of(), baseDir, DEFAULT_INCLUDES, DEFAULT_EXCLUDES, List.of(), List.of(), Map.of(),
                List.of(), List.of(), List.of(), null);
    }

    /**
     * Whether the configured {@code <argLine>} leaves out the {@code argLine} property, where {@code prepare-agent} puts
     * the agent: the tests then run without it.
     */
    public boolean argLineDropsTheProperty() {
        return configuredArgLine != null && !configuredArgLine.contains("@{argLine}") && !configuredArgLine.contains("${argLine}");
    }

    /** The test JVM's options: the argLine's, then a {@code -D} for each system property (sorted, so the run is repeatable). */
    public List<String> jvmArgs() {
        List<String> args = new ArrayList<>(argLine);
        systemProperties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> args.add("-D" + e.getKey() + "=" + e.getValue()));
        return args;
    }

    /** The includes as regular expressions over fully qualified class names, as JUnit's class name filter takes them. */
    public List<String> includeClassNamePatterns() {
        return includes.stream().map(SurefireRun::classNamePattern).toList();
    }

    /** The excludes as regular expressions over fully qualified class names. */
    public List<String> excludeClassNamePatterns() {
        return excludes.stream().map(SurefireRun::classNamePattern).toList();
    }

    /**
     * A Surefire pattern as a regular expression over a fully qualified class name: a path pattern
     * ({@code com/example/**}{@code /*IT.java}, file extension optional, {@code #method} ignored) or {@code %regex[...]}
     * over the class file's path.
     */
    static String classNamePattern(String pattern) {
        String p = pattern.strip();
        int hash = p.indexOf('#');
        if (p.startsWith("%regex[") && p.endsWith("]")) {
            String regex = p.substring("%regex[".length(), p.length() - 1);
            int h = regex.indexOf('#');
            regex = h >= 0 ? regex.substring(0, h) : regex;
            // over paths such as com/example/FooTest.class; the class name has dots and no extension
            regex = regex.replace("\\.class", "").replace(".class", "").replace("/", "[.]");
            return "^" + stripAnchors(regex) + "$";
        }
        if (hash >= 0) {
            p = p.substring(0, hash);
        }
        p = p.replace('\\', '/');
        for (String extension : List.of(".java", ".class")) {
            if (p.endsWith(extension)) {
                p = p.substring(0, p.length() - extension.length());
            }
        }
        if (!p.contains("/")) {
            // a bare class name pattern (-Dtest=FooTest, <include>FooTest</include>) matches in any package
            p = "**/" + p;
        }
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                boolean slash = i + 2 < p.length() && p.charAt(i + 2) == '/';
                regex.append(slash ? "(?:.*[.])?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else if (c == '?') {
                regex.append("[^.]");
            } else if (c == '/') {
                regex.append("[.]");
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                regex.append(c);
            } else {
                regex.append('\\').append(c);
            }
        }
        return regex.append('$').toString();
    }

    private static String stripAnchors(String regex) {
        String r = regex;
        if (r.startsWith("^")) {
            r = r.substring(1);
        }
        if (r.endsWith("$")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
