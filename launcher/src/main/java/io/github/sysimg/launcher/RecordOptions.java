package io.github.sysimg.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The main command's options, by the sections of its help: what runs, what goes into the image, how the tests run, the reports. */
final class RecordOptions {
    private RecordOptions() {
    }

    /** Selectors, named as JUnit's ConsoleLauncher names them. */
    static final class Selectors {
        @Option(names = "--project", paramLabel = "DIR",
                description = "A built Maven module (mvn package -DskipTests), from any folder: Maven evaluates its effective POM "
                        + "and resolves its class paths (help:effective-pom, dependency:build-classpath), and its tests run as Surefire "
                        + "runs them (the tests its includes, excludes and groups select, its argLine, system properties, environment "
                        + "variables, working directory and configuration parameters). The image is for the module's jar (a library, "
                        + "or a jar whose dependencies are inside: java -jar), its jar and runtime dependencies (a jar that names a "
                        + "Main-Class), or Spring Boot's extracted layout in IMAGE.app/; the printed start line says which. "
                        + "Instead of --class-path.")
        Path project;

        @Option(names = {"-cp", "--class-path", "--classpath"}, paramLabel = "PATH",
                description = "The test run's class path: the library's jars or classes, the test classes and the test dependencies. "
                        + "Entries separated by the path separator; this option can be repeated.")
        List<String> classPath = new ArrayList<>();

        @Option(names = {"-p", "--select-package"}, paramLabel = "PKG",
                description = "Select a package for test discovery. This option can be repeated.")
        List<String> packages = new ArrayList<>();

        @Option(names = {"-c", "--select-class"}, paramLabel = "CLASS",
                description = "Select a class for test discovery. This option can be repeated.")
        List<String> classes = new ArrayList<>();

        @Option(names = {"-m", "--select-method"}, paramLabel = "NAME",
                description = "Select a method for test discovery (com.example.FooTest#bar). This option can be repeated.")
        List<String> methods = new ArrayList<>();

        @Option(names = {"--scan-class-path", "--scan-classpath"},
                description = "Scan all entries of --class-path for tests.")
        boolean scanClassPath;

        @Option(names = {"-u", "--select-unique-id"}, paramLabel = "UNIQUE-ID",
                description = "Select a test or container by its JUnit unique id, e.g. one invocation of a parameterized test "
                        + "([engine:junit-jupiter]/[class:com.example.FooTest]/[test-template:bar(int)]/[test-template-invocation:#2]). "
                        + "This option can be repeated.")
        List<String> uniqueIds = new ArrayList<>();

        @Option(names = "--workload-main", paramLabel = "\"CLASS [ARG...]\"",
                description = "Also run this main class, with the arguments that follow it in the same (quoted) value, split at "
                        + "spaces, in the test JVM after the tests (or alone when no test is selected); what it exercises is recorded "
                        + "like the tests'. Its main(String[]) must return, not call System.exit. This option can be repeated.")
        List<String> workloadMains = new ArrayList<>();
    }

    /** Filters, named as JUnit's ConsoleLauncher names them. */
    static final class Filters {
        @Option(names = {"-n", "--include-classname"}, paramLabel = "PATTERN",
                description = "Only run test classes whose fully qualified names match this regular expression. "
                        + "Default: ^(Test.*|.+[.$]Test.*|.*Tests?)$. This option can be repeated.")
        List<String> includeClassNames = new ArrayList<>();

        @Option(names = {"-N", "--exclude-classname"}, paramLabel = "PATTERN",
                description = "Leave out test classes whose fully qualified names match this regular expression. This option can be repeated.")
        List<String> excludeClassNames = new ArrayList<>();

        @Option(names = {"-t", "--include-tag"}, paramLabel = "TAG",
                description = "Only run tests with this tag (or tag expression). This option can be repeated.")
        List<String> includeTags = new ArrayList<>();

        @Option(names = {"-T", "--exclude-tag"}, paramLabel = "TAG",
                description = "Leave out tests with this tag (or tag expression). This option can be repeated.")
        List<String> excludeTags = new ArrayList<>();
    }

    /** Where the statements and the image go, and what the image holds. */
    static final class ImageOptions {
        @Option(names = "--include-package", paramLabel = "PKG",
                description = "A package whose classes go into the image, sub-packages included. Default: the selected packages "
                        + "(or the packages of the selected classes). This option can be repeated.")
        List<String> includePackages = new ArrayList<>();

        @Option(names = "--image-class-path", paramLabel = "PATH",
                description = "The class path the image is made for: the prefix your `java -cp` will start with. Default: the "
                        + "--class-path entries that hold included-package classes and no test classes.")
        String imageClassPath;

        @Option(names = "--statements", paramLabel = "FILE", defaultValue = "sysimg-statements.txt",
                description = "Where to write the statements file. Default: ${DEFAULT-VALUE}.")
        Path statements;

        @Option(names = "--no-training",
                description = "Build the image from the statements alone. By default a training run runs the recorded tests that "
                        + "passed again, with JUnit and without the agent, so the JVM itself records what the library needs "
                        + "at start-up; the image is then dumped from the training run's class list.")
        boolean noTraining;

        @Option(names = "--no-application-start",
                description = "Make a Spring Boot application's AOT cache (JDK 25+) from the training's class list alone. By default "
                        + "the cache is written from the application's own start to a refreshed context (-Dspring.context.exit="
                        + "onRefresh, with its own configuration, in a scratch folder), with what the training loaded preloaded, so "
                        + "it also holds the start's method profiles; the start runs the application's beans, so it needs what they "
                        + "connect to at build time.")
        boolean noApplicationStart;

        @Option(names = "--exclusive-class-limit", paramLabel = "N",
                description = "The image goes without the classes that only one test class loads (found from the training run, "
                        + "which runs the test classes in reverse order) when that test class alone loads N or more of them. "
                        + "Default: 1 for a suite of 50 test classes or more (such a class belongs to one feature of many), "
                        + "200 for a smaller one (only subsystems such as TLS or a script engine). 0: keep them all.")
        Integer exclusiveClassLimit;

        @Option(names = "--training-test-limit", paramLabel = "N",
                description = "The training runs every test that passed when at most N passed; in a larger suite, whose tests mostly "
                        + "repeat each other, it runs those that first exercised a class, method, JDK class or lambda. "
                        + "Default: 1000. 0: always only those.")
        Integer trainingTestLimit;

        @Option(names = "--rebuild-if-stale",
                description = "Keep the image if it is fresh: the same JDK build and image kind, unchanged image jars (and the folders "
                        + "packed into them), and the --statements file it was made from, recorded from the same class path "
                        + "content (library, tests, test dependencies), selectors, filters and options. Otherwise record and rebuild. "
                        + "Says which, and why.")
        boolean rebuildIfStale;
    }

    /** The forked test JVM. */
    static final class RuntimeOptions {
        @Option(names = "--working-dir", paramLabel = "DIR",
                description = "The folder the tests (and the training run) run in, where their relative paths such as "
                        + "src/test/resources/... resolve; Surefire uses the project's base directory. Default: the --project "
                        + "folder, else the current directory.")
        Path workingDir;

        @Option(names = "--jvm-arg", paramLabel = "ARG",
                description = "An option for the forked test JVM (--add-opens ..., -D...). This option can be repeated.")
        List<String> jvmArgs = new ArrayList<>();

        @Option(names = "--config", paramLabel = "KEY=VALUE",
                description = "A JUnit Platform configuration parameter. This option can be repeated.")
        List<String> config = new ArrayList<>();

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "0",
                description = "Stop the test JVM after this many seconds and build the image from what was recorded. Default: no limit.")
        long timeoutSeconds;

        @Option(names = "--keep-sessions", paramLabel = "DIR",
                description = "Keep the forked JVM's raw session files in DIR (for debugging or merging).")
        Path keepSessions;

        @Option(names = "--progress-seconds", paramLabel = "SECONDS", defaultValue = "10",
                description = "How often the test JVM prints a progress line (tests done, elapsed time, current test class); "
                        + "on a terminal it keeps one line up to date every second instead. 0: no progress. Default: ${DEFAULT-VALUE}.")
        long progressSeconds;
    }

    /** What the run explains about itself. */
    static final class ReportOptions {
        @Option(names = "--report", paramLabel = "DIR",
                description = "Write DIR/index.html, one self-contained page: classes and methods exercised per package against "
                        + "the image's jars, what the image holds by origin, the tests ranked by what they first exercised, what "
                        + "was never exercised (and start-up numbers once verify --report DIR has run).")
        Path report;

        @Option(names = "--minimize", paramLabel = "FILE",
                description = "Write the smallest set of tests found that first-exercised at least 99%% of the statements, as an "
                        + "argument file to record with instead of the selectors (sysimg-tests --class-path ... @FILE); prints "
                        + "the share of the suite's test time it needs.")
        Path minimize;
    }
}
