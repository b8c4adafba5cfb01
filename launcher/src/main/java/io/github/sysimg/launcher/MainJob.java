package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.Setting;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.core.TrainingSettings;
import io.github.sysimg.core.project.BuiltModule;
import io.github.sysimg.core.project.StartCommands;
import io.github.sysimg.protocol.RunnerProtocol.Request;
import io.github.sysimg.protocol.RunnerProtocol.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The main job of the command line, as JUnit's ConsoleLauncher hands its options to an executor: runs the tests
 * with the recording agent, writes the statements, builds the image and says how to start with it.
 */
final class MainJob {
    private static final int OK = SysimgCommand.OK;
    private static final int TESTS_FAILED = SysimgCommand.TESTS_FAILED;
    private static final int NO_TESTS = SysimgCommand.NO_TESTS;

    private final RecordOptions.Selectors selectors;
    private final RecordOptions.Filters filters;
    private final RecordOptions.ImageOptions image;
    private final RecordOptions.RuntimeOptions runtime;
    private final RecordOptions.ReportOptions reports;
    /** The Maven module of --project, or null. */
    private BuiltModule module;
    /** With --project and no selectors: the tests Surefire runs, from the module's test classes. */
    private boolean surefireTests;
    /** The environment variables the tests run with, besides this process's: the build's. */
    private Map<String, String> environment = Map.of();

    private final PrintWriter out;
    private final PrintWriter err;

    MainJob(SysimgCommand command, PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.selectors = command.selectors;
        this.filters = command.filters;
        this.image = command.image;
        this.runtime = command.runtime;
        this.reports = command.reports;
    }

    /**
     * What a run records from, checked before the tests run.
     *
     * @param request the runner's request: selectors, filters, configuration
     * @param inputs  the hash of everything the statements depend on
     */
    private record Setup(Path workingDir, ClassPath classPath, List<String> includes, ClassPath givenImageClassPath,
                         Map<String, List<String>> request, TrainingSettings training, String inputs) {
    }

    /** Runs the job for the chosen image; the command line's exit code. */
    int run(ImageTarget.Chosen chosen) {
        EmbeddedJars embedded = new EmbeddedJars();
        Setup setup = setUp(chosen, embedded);
        if (image.rebuildIfStale && isFresh(chosen, setup.inputs())) {
            return OK;
        }
        if (selectsTests()) {
            PlatformAlignment.requireTestEngine(setup.classPath());
        }
        Path workDir = createWorkDir();
        try {
            WorkloadRun.Outcome outcome = WorkloadRun.run(chosen.jdk(), setup.classPath(), runtime.jvmArgs, setup.includes(), setup.request(),
                    workDir, runtime.timeoutSeconds, embedded, setup.workingDir(), environment, out);
            if (!reportRun(outcome)) {
                return NO_TESTS;
            }
            StatementsFile merged = merge(outcome, setup.includes());
            ImageRequest request = imageRequest(chosen, setup, merged, outcome, embedded);
            StatementsFile statements = ImagePipeline.writeStatements(request, merged, describeSelectors(),
                    Map.of(RunInputs.HEADER_INPUTS, setup.inputs()));
            if (reports.minimize != null) {
                writeMinimalSet(statements, setup.includes());
            }
            out.println("Statements: " + image.statements + " (" + statements.names(StatementKind.CLASS).size() + " classes, "
                    + statements.names(StatementKind.METHOD).size() + " methods, " + statements.names(StatementKind.JDK).size()
                    + " JDK classes, " + statements.names(StatementKind.LAMBDA).size() + " lambdas, "
                    + statements.names(StatementKind.TEST).size() + " tests)");
            List<String> runFacts = runFacts(outcome, setup.workingDir());
            ImageBuilder.Result result = ImagePipeline.buildImage(request, statements, line -> {
                out.println(line);
                if (line.contains("training: ran ")) {
                    runFacts.add("The training" + line.substring(line.indexOf("training: ran ") + "training".length()) + ".");
                }
            });
            printNextSteps(chosen, result);
            if (reports.report != null) {
                out.println("Report: " + io.github.sysimg.launcher.report.Reports.write(reports.report, statements, request.imageClassPath(),
                        setup.includes(), io.github.sysimg.launcher.report.ImageFacts.of(result), runFacts));
            }
            return exitCode(outcome, setup.workingDir());
        } finally {
            io.github.sysimg.core.AtomicFiles.deleteTree(workDir);
        }
    }

    /** Reads the options into what the run records from; refuses what is wrong with them before any test runs. */
    private Setup setUp(ImageTarget.Chosen chosen, EmbeddedJars embedded) {
        if (selectors.project != null) {
            useProject(MavenProject.read(selectors.project), chosen);
        }
        Path workingDir = workingDirectory();
        ClassPath classPath = ClassPath.parse(selectors.classPath).requireExisting(Setting.CLASS_PATH);
        if (classPath.isEmpty()) {
            throw new SysimgException("No class path given; pass the suite's jars and test classes with --class-path.");
        }
        if (!selectsTests() && selectors.workloadMains.isEmpty()) {
            throw new SysimgException("No tests selected; give --select-package, --select-class, --select-method, --select-unique-id, "
                    + "--scan-class-path or --workload-main.");
        }
        ClassPath givenImageClassPath = image.imageClassPath == null ? null
                : ClassPath.parse(List.of(image.imageClassPath)).requireExisting(Setting.IMAGE_CLASS_PATH);
        List<String> includes = includedPackages();
        if (givenImageClassPath != null) {
            requireIncludedClasses(givenImageClassPath, includes);
        }
        Map<String, List<String>> request = runnerRequest(classPath);
        // Checked with --no-training too: a wrong value is refused whatever the other options.
        TrainingSettings trainingSettings = new TrainingSettings(embedded.runner(), runtime.timeoutSeconds, image.exclusiveClassLimit,
                image.trainingTestLimit,
                runtime.jvmArgs, configurationParameters(runtime.config), workingDir, environment, !image.noApplicationStart);
        TrainingSettings training = image.noTraining ? null : trainingSettings;
        // Names how the image is made from the training: an image made another way counts as stale.
        String trainingInputs = image.noTraining ? "none" : "class-list replay, exclusive-class-limit "
                + (image.exclusiveClassLimit == null ? "by suite size" : image.exclusiveClassLimit)
                + ", training-test-limit " + trainingSettings.trainingTestLimit() + (image.noApplicationStart ? ", no application start" : "");
        List<String> runOptions = new ArrayList<>(runtime.jvmArgs);
        new java.util.TreeMap<>(environment).forEach((k, v) -> runOptions.add("env " + k + "=" + v));
        String inputs = RunInputs.hash(chosen.jdk(), chosen.kind(), classPath, request, includes, runOptions, image.imageClassPath,
                trainingInputs);
        // How the run shows its progress changes nothing it records: it stays out of the inputs' hash.
        request.put(Request.PROGRESS_SECONDS, List.of(Long.toString(Math.max(0, runtime.progressSeconds))));
        if (runtime.progressSeconds > 0 && SysimgCommand.interactiveTerminal()) {
            request.put(Request.PROGRESS_TERMINAL, List.of("true"));
        }
        return new Setup(workingDir, classPath, includes, givenImageClassPath, request, training, inputs);
    }

    /** The runner's request: the selectors, filters and configuration parameters, by the runner's names. */
    private Map<String, List<String>> runnerRequest(ClassPath classPath) {
        Map<String, List<String>> request = new LinkedHashMap<>();
        request.put(Request.SELECT_PACKAGE, selectors.packages);
        request.put(Request.SELECT_CLASS, selectors.classes);
        request.put(Request.SELECT_METHOD, selectors.methods);
        if (selectors.scanClassPath) {
            request.put(Request.SCAN_CLASS_PATH, classPath.entries().stream().map(Path::toString).toList());
        } else if (surefireTests) {
            request.put(Request.SCAN_CLASS_PATH, List.of(module.testClasses().toString()));
        }
        if (!filters.includeClassNames.isEmpty()) {
            request.put(Request.INCLUDE_CLASSNAME, filters.includeClassNames);
        }
        request.put(Request.EXCLUDE_CLASSNAME, filters.excludeClassNames);
        request.put(Request.INCLUDE_TAG, filters.includeTags);
        request.put(Request.EXCLUDE_TAG, filters.excludeTags);
        request.put(Request.CONFIG, runtime.config);
        request.put(Request.SELECT_UNIQUE_ID, selectors.uniqueIds);
        request.put(Request.WORKLOAD_MAIN, workloadMains());
        return request;
    }

    /** Whether the image is fresh for these inputs (then it says so and how to start with it); else it says why not. */
    private boolean isFresh(ImageTarget.Chosen chosen, String inputs) {
        Path imagePath = chosen.image();
        if (!Files.isRegularFile(imagePath)) {
            return false;
        }
        List<String> reasons = RunInputs.staleness(imagePath, chosen.jdk(), chosen.kind(), image.statements, inputs);
        if (reasons.isEmpty()) {
            out.println("Image " + imagePath + " is fresh (same JDK build, same image jars, and the same tests, class path and "
                    + "options as when " + image.statements + " was recorded); kept it. Start with:");
            startCommands(chosen, imagePath.toAbsolutePath(), ImageMetadata.readFor(imagePath).classPath()).start()
                    .forEach(line -> out.println("  " + line));
            return true;
        }
        out.println("Image " + imagePath + " is stale, rebuilding: " + String.join(" ", reasons));
        return false;
    }

    /**
     * Says how the test run went; false when it found no tests and has nothing else to record from.
     *
     * @throws SysimgException when JUnit could not start the tests
     */
    private boolean reportRun(WorkloadRun.Outcome outcome) {
        if (outcome.finished() && outcome.results().getProperty(Result.ERROR) != null) {
            throw new SysimgException("JUnit could not start the tests (" + outcome.results().getProperty(Result.ERROR)
                    + "); check the JUnit jars given with --class-path.");
        }
        if (outcome.finished() && outcome.count(Result.FOUND) > 0) {
            // JUnit's count, as its ConsoleLauncher's summary gives it: template invocations and dynamic tests included.
            out.println(outcome.count(Result.FOUND) + " tests found in " + outcome.testClasses().size() + " classes");
        }
        out.println("Workload time: " + outcome.millis() + " ms");
        if (runtime.keepSessions != null) {
            keepSessions(outcome.sessionFiles(), runtime.keepSessions);
        }
        if (outcome.finished() && outcome.count(Result.FOUND) == 0 && !selectors.workloadMains.isEmpty() && selectsTests()) {
            err.println("sysimg-tests: warning: no tests found for " + describeSelectors()
                    + "; the image is built from the --workload-main runs alone.");
        }
        if (outcome.finished() && outcome.count(Result.FOUND) == 0 && selectors.workloadMains.isEmpty()) {
            err.println("sysimg-tests: No tests found for " + describeSelectors()
                    + " on the given class path; check the selectors and --class-path.");
            return false;
        }
        if (!outcome.finished()) {
            err.println("sysimg-tests: warning: " + (outcome.timedOut()
                    ? "the test run was stopped after the --timeout of " + runtime.timeoutSeconds + " s"
                    : "the test JVM ended with exit code " + outcome.exitCode() + " before the run finished (a test called System.exit, or the JVM crashed or was killed)")
                    + "; the image is built from what was recorded so far.");
        }
        return true;
    }

    /** The test JVM's session files, merged; refuses a run that recorded nothing. */
    private StatementsFile merge(WorkloadRun.Outcome outcome, List<String> includes) {
        List<StatementsFile> sessions = new ArrayList<>();
        for (Path session : outcome.sessionFiles()) {
            sessions.add(StatementsReader.read(session));
        }
        if (sessions.isEmpty() || sessions.stream().allMatch(s -> s.statements().isEmpty())) {
            throw new SysimgException("The test JVM recorded nothing (exit code " + outcome.exitCode()
                    + "); check that the tests ran and that --include-package " + String.join(",", includes)
                    + " names the library's packages.");
        }
        for (StatementsFile session : sessions) {
            if (!session.isComplete()) {
                err.println("sysimg-tests: warning: the recording was cut short (the test JVM did not shut down normally); "
                        + session.statements().size() + " statements recorded before were kept.");
            }
        }
        return StatementsFile.merge(sessions, Map.of());
    }

    /**
     * The image to make from what the tests recorded: for the given image class path, or for the class path entries
     * that hold recorded library classes; refuses one that holds none of them.
     */
    private ImageRequest imageRequest(ImageTarget.Chosen chosen, Setup setup, StatementsFile merged, WorkloadRun.Outcome outcome,
                                      EmbeddedJars embedded) {
        // A run cut short wrote no list of test classes: the tests named in the recording's attributions stand in for it.
        Set<String> testClasses = new LinkedHashSet<>(outcome.testClasses());
        testClasses.addAll(RunInputs.testClassesNamedIn(merged));
        Set<String> recorded = new java.util.TreeSet<>(merged.names(StatementKind.CLASS));
        recorded.removeAll(testClasses);
        if (recorded.isEmpty()) {
            String includes = String.join(",", setup.includes());
            throw new SysimgException(outcome.finished()
                    ? "The tests loaded no class of the included packages " + includes
                            + " apart from test classes; name the library's packages with --include-package."
                    : "The test JVM ended (exit code " + outcome.exitCode() + ") before the tests loaded any class of the included packages "
                            + includes + "; fix the test run and run again.");
        }
        ClassPath imageClassPath = setup.givenImageClassPath() != null
                ? setup.givenImageClassPath()
                : ImageClassPaths.defaultFor(setup.classPath(), recorded, testClasses);
        RunInputs.requireRecordedClasses(imageClassPath, recorded);
        // the launcher the tests ran with: the training runs them with it again
        List<Path> testClassPath = new ArrayList<>(setup.classPath().entries());
        if (setup.training() != null) {
            PlatformAlignment.decide(setup.classPath(), embedded).launcherJar().ifPresent(testClassPath::add);
        }
        return new ImageRequest(chosen.jdk(), chosen.kind(), imageClassPath, ClassPath.of(testClassPath), chosen.image(), image.statements,
                setup.includes(), setup.training());
    }

    /** What the report says about the run besides the statements. */
    private List<String> runFacts(WorkloadRun.Outcome outcome, Path workingDir) {
        List<String> runFacts = new ArrayList<>();
        if (outcome.finished() && outcome.count(Result.FOUND) > 0) {
            runFacts.add("The tests: " + outcome.count(Result.FOUND) + " found in " + outcome.testClasses().size() + " classes, "
                    + outcome.count(Result.SUCCEEDED) + " successful, " + outcome.count(Result.FAILED) + " failed, " + outcome.count(Result.ABORTED)
                    + " aborted, " + outcome.count(Result.SKIPPED) + " skipped.");
        }
        if (outcome.count(Result.MISSING_RELATIVE_FILE) > 0) {
            runFacts.add(outcome.count(Result.MISSING_RELATIVE_FILE) + " tests failed on a missing file at a relative path ("
                    + outcome.results().getProperty(Result.MISSING_RELATIVE_FILE_EXAMPLE) + ") in " + workingDir + "; see --working-dir.");
        }
        return runFacts;
    }


    /** How to start a program with the image, and how to measure what it gains. */
    private void printNextSteps(ImageTarget.Chosen chosen, ImageBuilder.Result result) {
        StartCommands commands = startCommands(chosen, result.image(), result.imageClassPath());
        if (module != null) {
            // the same argfile as the Maven plugin writes for this module
            byte[] argFile = commands.argFileText(result.runOptions()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            io.github.sysimg.core.AtomicFiles.write(result.argFile(), o -> o.write(argFile));
        }
        out.println("Start the " + commands.form() + " with the image:");
        commands.start().forEach(line -> out.println("  " + line));
        out.println("Measure the start-up gain (prints 'ratio R', with the image over without):");
        commands.time(SysimgCommand.ownJar()).forEach(line -> out.println("  " + line));
    }

    /** The commands for the image: the module's program with --project, else a library's, with what to fill in. */
    private StartCommands startCommands(ImageTarget.Chosen chosen, Path imagePath, ClassPath imageClassPath) {
        return module == null
                ? new StartCommands(BuiltModule.Form.LIBRARY, chosen.jdk().javaExecutable(), imagePath, imageClassPath, null)
                : new StartCommands(module.form(), chosen.jdk().javaExecutable(), imagePath, imageClassPath, module.mainClass());
    }

    /** The exit code of a run whose image was built, with the warnings that go with it. */
    private int exitCode(WorkloadRun.Outcome outcome, Path workingDir) {
        if (outcome.finished() && outcome.count(Result.WORKLOAD_MAIN_FAILED) > 0) {
            err.println("sysimg-tests: warning: " + outcome.count(Result.WORKLOAD_MAIN_FAILED)
                    + " --workload-main runs failed (see above); the image was built from what ran.");
            return TESTS_FAILED;
        }
        long failed = outcome.count(Result.FAILED) + outcome.count(Result.ABORTED);
        if (outcome.count(Result.MISSING_RELATIVE_FILE) > 0) {
            err.println("sysimg-tests: hint: " + outcome.count(Result.MISSING_RELATIVE_FILE) + " tests failed on a missing file at a "
                    + "relative path (" + outcome.results().getProperty(Result.MISSING_RELATIVE_FILE_EXAMPLE) + ") in " + workingDir
                    + "; give the folder they expect (the project's base directory, where Surefire runs them) with --working-dir"
                    + (selectors.project == null ? " or --project" : "") + ".");
        }
        if (outcome.finished() && failed > 0) {
            err.println("sysimg-tests: warning: " + outcome.count(Result.FAILED) + " tests failed"
                    + (outcome.count(Result.ABORTED) > 0 ? " and " + outcome.count(Result.ABORTED) + " were aborted" : "")
                    + "; the image was built from what ran.");
            return TESTS_FAILED;
        }
        return outcome.finished() ? OK : TESTS_FAILED;
    }


    /**
     * Fills what is not given from the built Maven module: the test run as Surefire runs it (class path, the tests its
     * includes and excludes select, groups, argLine, system properties, environment, working directory, configuration
     * parameters), the image class path and the included packages, as the Maven plugin decides them.
     */
    private void useProject(BuiltModule module, ImageTarget.Chosen chosen) {
        if (!selectors.classPath.isEmpty()) {
            throw new SysimgException("--project and --class-path do not go together: --project resolves the class path with Maven; "
                    + "leave out one of them.");
        }
        this.module = module;
        BuiltModule.Form form = module.form();
        Path moduleClasses = module.jar();
        Path extracted = null;
        if (form == BuiltModule.Form.SPRING_BOOT && image.imageClassPath == null) {
            // Spring Boot's executable jar nests its classes and jars, which no image can hold: the image is for the layout
            // Spring documents for CDS and AOT caches, extracted beside the image as its own file.
            Path imageFile = chosen.image().toAbsolutePath().normalize();
            extracted = SpringBootJar.extract(chosen.jdk(), module.jar(), imageFile.resolveSibling(imageFile.getFileName() + ".app"),
                    "or extract it yourself and give the extracted jar with --image-class-path");
            out.println("Maven project " + module.baseDir() + ": " + module.jar().getFileName() + " is a Spring Boot executable "
                    + "jar, extracted into " + extracted.getParent() + " (java -Djarmode=tools): the image is for " + extracted.getFileName()
                    + " and its runtime jars in lib/");
            // The tests run with the extracted jar in target/classes' place, so that each of the application's classes and
            // resources is found once.
            moduleClasses = extracted;
        }
        selectors.classPath.add(module.testRunClassPath(moduleClasses).toPathString());
        if (image.imageClassPath == null) {
            image.imageClassPath = module.imageClassPath(extracted).toPathString();
        }
        var tests = module.tests();
        if (!selectsTests() && selectors.workloadMains.isEmpty()) {
            surefireTests = true;
            if (filters.includeClassNames.isEmpty()) {
                filters.includeClassNames.addAll(tests.includeClassNamePatterns());
            }
            filters.excludeClassNames.addAll(tests.excludeClassNamePatterns());
            filters.includeTags.addAll(tests.groups());
            filters.excludeTags.addAll(tests.excludedGroups());
        }
        if (image.includePackages.isEmpty()) {
            image.includePackages.addAll(module.includedPackages());
        }
        List<String> jvmArgs = new ArrayList<>(tests.jvmArgs());
        jvmArgs.addAll(runtime.jvmArgs);
        runtime.jvmArgs = jvmArgs;
        List<String> config = new ArrayList<>();
        tests.configuration().forEach((k, v) -> config.add(k + "=" + v));
        config.addAll(runtime.config);
        runtime.config = config;
        environment = tests.environment();
        if (runtime.workingDir == null) {
            runtime.workingDir = tests.workingDirectory();
        }
        tests.notHonoured().forEach(line -> err.println("sysimg-tests: warning: " + line));
        out.println("Maven project " + module.baseDir() + ": " + form + " " + module.baseDir().relativize(module.jar()) + ", "
                + module.testDependencies().size() + " test dependencies" + (surefireTests ? ", the tests Surefire runs (includes "
                + String.join(", ", tests.includes()) + (tests.excludes().isEmpty() ? "" : "; excludes " + String.join(", ", tests.excludes()))
                + (tests.groups().isEmpty() ? "" : "; groups " + String.join(", ", tests.groups()))
                + (tests.excludedGroups().isEmpty() ? "" : "; excluded groups " + String.join(", ", tests.excludedGroups())) + ")" : "")
                + ", included package " + String.join(", ", image.includePackages) + (tests.jvmArgs().isEmpty() && environment.isEmpty() ? ""
                : ", with the build's " + tests.jvmArgs().size() + " JVM options and " + environment.size() + " environment variables"));
    }

    /** The folder the tests run in: --working-dir, else the current directory, as an existing absolute path. */
    private Path workingDirectory() {
        Path dir = runtime.workingDir == null ? Path.of("") : runtime.workingDir;
        if (!Files.isDirectory(dir)) {
            throw new SysimgException("--working-dir \"" + runtime.workingDir + "\" is not a folder; give the folder the tests expect to run "
                    + "in (the project's base directory).");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The {@code --config KEY=VALUE} parameters, read as the test JVM reads them. */
    private static Map<String, String> configurationParameters(List<String> entries) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                parameters.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return parameters;
    }

    private List<String> includedPackages() {
        Set<String> includes = new LinkedHashSet<>(image.includePackages);
        if (includes.isEmpty()) {
            includes.addAll(selectors.packages);
            for (String c : selectors.classes) {
                includes.add(packageOf(c));
            }
            for (String m : selectors.methods) {
                includes.add(packageOf(m.contains("#") ? m.substring(0, m.indexOf('#')) : m));
            }
            for (String uid : selectors.uniqueIds) {
                includes.add(io.github.sysimg.launcher.report.Attribution.packageOf(uid));
            }
            for (String main : workloadMains()) {
                includes.add(packageOf(main.split(" ")[0]));
            }
            includes.remove("");
        }
        if (includes.isEmpty()) {
            throw new SysimgException("No package to put into the image; name the library's packages with --include-package.");
        }
        io.github.sysimg.core.JavaNames.requirePackageNames(includes);
        return List.copyOf(includes);
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private String describeSelectors() {
        List<String> parts = new ArrayList<>();
        selectors.packages.forEach(p -> parts.add("--select-package " + p));
        selectors.classes.forEach(c -> parts.add("--select-class " + c));
        selectors.methods.forEach(m -> parts.add("--select-method " + m));
        selectors.uniqueIds.forEach(u -> parts.add("--select-unique-id " + u));
        workloadMains().forEach(m -> parts.add("--workload-main " + m));
        if (selectors.scanClassPath) {
            parts.add("--scan-class-path");
        }
        filters.includeClassNames.forEach(n -> parts.add("--include-classname " + n));
        filters.excludeClassNames.forEach(n -> parts.add("--exclude-classname " + n));
        filters.includeTags.forEach(t -> parts.add("--include-tag " + t));
        filters.excludeTags.forEach(t -> parts.add("--exclude-tag " + t));
        return String.join(" ", parts);
    }

    private boolean selectsTests() {
        return !selectors.packages.isEmpty() || !selectors.classes.isEmpty() || !selectors.methods.isEmpty()
                || !selectors.uniqueIds.isEmpty() || selectors.scanClassPath || surefireTests;
    }

    /** The --workload-main values, blanks collapsed; refuses one that does not start with a class name. */
    private List<String> workloadMains() {
        List<String> mains = new ArrayList<>();
        for (String value : selectors.workloadMains) {
            String main = String.join(" ", value.strip().split("\\s+"));
            if (!io.github.sysimg.core.JavaNames.isQualifiedName(main.split(" ")[0])) {
                throw new SysimgException("--workload-main \"" + value + "\" does not start with a class name; give the main class and "
                        + "its arguments as one value, e.g. --workload-main \"com.example.Main arg1 arg2\".");
            }
            mains.add(main);
        }
        return mains;
    }


    private void writeMinimalSet(StatementsFile statements, List<String> includes) {
        Minimizer.Result set = Minimizer.minimize(statements,
                Minimizer.DEFAULT_COVERAGE);
        List<String[]> options = new ArrayList<>();
        includes.forEach(p -> options.add(new String[] {"--include-package", p}));
        filters.includeClassNames.forEach(n -> options.add(new String[] {"--include-classname", n}));
        filters.excludeClassNames.forEach(n -> options.add(new String[] {"--exclude-classname", n}));
        String text = Minimizer.argFile(set, image.statements + " (" + describeSelectors() + ")", options);
        try {
            Path parent = reports.minimize.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(reports.minimize, text, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SysimgException("Cannot write the minimal set \"" + reports.minimize + "\" (" + e.getMessage()
                    + "); check the path given with --minimize.", e);
        }
        out.printf(java.util.Locale.ROOT, "Minimal training set: %d of %d tests first exercised %.1f%% of the statements "
                        + "(%.1f%% of the classes and methods) and need %.1f%% of the suite's test time (%.1f of %.1f s): %s%n",
                set.kept().size(), set.tests(), 100 * set.coverage(), 100 * set.classAndMethodCoverage(), 100 * set.timeShare(),
                set.keptMillis() / 1000.0, set.totalMillis() / 1000.0, reports.minimize);
        out.println("  record with it in place of the selectors: sysimg-tests --class-path ... @" + reports.minimize);
    }

    /** Refuses, before the tests run, an image class path that holds no class of the included packages. */
    private static void requireIncludedClasses(ClassPath imageClassPath, List<String> includes) {
        for (Path entry : imageClassPath.expandedEntries()) {
            for (String name : ClassPath.classNames(entry)) {
                if (ClassPath.inPackages(name, includes)) {
                    return;
                }
            }
        }
        throw new SysimgException("The --image-class-path \"" + imageClassPath + "\" holds no class of the included packages "
                + String.join(",", includes) + "; give the library's jars with --image-class-path (or fix --include-package).");
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("sysimg-run-");
        } catch (IOException e) {
            throw new SysimgException("Cannot create a temporary folder (" + e.getMessage() + "); set -Djava.io.tmpdir to a writable folder.", e);
        }
    }

    private void keepSessions(List<Path> sessions, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Path session : sessions) {
                Files.copy(session, folder.resolve(session.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SysimgException("Cannot copy the session files into \"" + folder + "\" (" + e.getMessage() + ").", e);
        }
    }

}
