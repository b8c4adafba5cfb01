package io.github.sysimg.core;

import io.github.sysimg.core.classlist.ClassListLine;
import io.github.sysimg.core.classlist.TrainingFootprint;
import io.github.sysimg.core.classlist.TrainingLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A training run: the recorded tests run again in a JVM of the image's JDK, with the suite's JUnit Platform (see
 * {@code JUnitTraining}; by reflection where no launcher is at hand) and without the agent, with the library on the
 * class path and everything else (tests, their dependencies, JUnit, the runner) appended to the class loader's
 * search path at run time (see {@code TrainingBootstrap}): none of it is archived. What the JVM itself records of
 * that run is what the library needs at start-up: its class list ({@code -XX:DumpLoadedClassList}), with the constant pool entries it
 * linked on JDK 24+ ({@code @cp} lines), from which the image is dumped. Not the training's own AOT cache
 * ({@code -XX:AOTCacheOutput}): its method profiles make the JIT compile, at every start-up, the methods the tests
 * ran hot, which an application that does not run them pays for (see bench/README.md), and a cache cannot go
 * without classes afterwards.
 *
 * <p>Unlike {@link ImageBuilder}'s image from statements alone, a training run runs the library's code (as the
 * tests did); the statements still decide what runs: which classes are loaded, which tests run.
 *
 * @param loaderClassPath the tests, their dependencies and a junit-platform-launcher of the suite's platform version:
 *                        everything the training needs beyond the image class path
 * @param runnerJar       the jar holding {@code io.github.sysimg.runner.TrainingBootstrap} and {@code JUnitTraining}
 * @param timeoutSeconds  how long the training JVM may run
 * @param exclusiveClassLimit a test class that alone loads this many classes or more is left out of the training
 *                        ({@link #DEFAULT_EXCLUSIVE_CLASS_LIMIT}: by the suite's size, see {@link #exclusiveClassLimit(int)})
 *                        (see {@link TrainingFootprint}); 0 keeps every test
 * @param trainingTestLimit every test that passed trains when at most this many passed; more, and only the tests
 *                        that first exercised something do (see {@link #trainingTests})
 * @param jvmArgs         the options the tests ran with ({@code --add-opens}, {@code -D}); Java agents are left out, as
 *                        the classes an agent transforms are not archived
 * @param configuration   the JUnit Platform configuration parameters the tests ran with
 * @param workingDirectory the folder the tests ran in (relative paths in tests resolve against it); null: this process's
 * @param environment     the environment variables the tests ran with, besides this process's
 * @param leadingClassPath the entries of {@code loaderClassPath} that came before the image's jars when the tests ran
 *                        (Surefire puts the test classes first): they come first in the training too, so a resource
 *                        that both hold ({@code application.properties}) is the tests' one, as it was
 * @param applicationStart see {@link TrainingSettings#applicationStart}
 */
public record Training(ClassPath loaderClassPath, Path runnerJar, long timeoutSeconds, int exclusiveClassLimit,
                       int trainingTestLimit, List<String> jvmArgs, Map<String, String> configuration, Path workingDirectory,
                       Map<String, String> environment, ClassPath leadingClassPath, boolean applicationStart) {
    /**
     * The default of {@link #exclusiveClassLimit}: chosen by the suite's size (see {@link #exclusiveClassLimit(int)}).
     */
    public static final int DEFAULT_EXCLUSIVE_CLASS_LIMIT = -1;

    /** A suite of this many test classes or more gets the limit {@link #LARGE_SUITE_EXCLUSIVE_CLASS_LIMIT} by default. */
    public static final int LARGE_SUITE_TEST_CLASSES = 50;
    /** The default limit for a large suite: every class only one test class loads stays out. */
    public static final int LARGE_SUITE_EXCLUSIVE_CLASS_LIMIT = 1;
    /** The default limit for a smaller suite: only the subsystems that one test class alone loads stay out. */
    public static final int SMALL_SUITE_EXCLUSIVE_CLASS_LIMIT = 200;

    /**
     * The limit for a training of {@code testClasses} test classes. Every class an image holds costs every start-up
     * some time (an AOT cache loads all of its classes, and every archive is relocated as a whole), and pays off
     * only when a program uses it. A class that only one test class of a suite loads belongs to one feature: in a
     * large suite, one of many that a program rarely all uses, so such classes stay out; in a small suite one test
     * class is often a whole feature that most programs use, so only subsystems of hundreds of classes that one test
     * class alone reaches (TLS behind a URL lookup, a script engine) stay out.
     */
    int exclusiveClassLimit(int testClasses) {
        if (exclusiveClassLimit != DEFAULT_EXCLUSIVE_CLASS_LIMIT) {
            return exclusiveClassLimit;
        }
        return testClasses >= LARGE_SUITE_TEST_CLASSES ? LARGE_SUITE_EXCLUSIVE_CLASS_LIMIT : SMALL_SUITE_EXCLUSIVE_CLASS_LIMIT;
    }

    public Training {
        jvmArgs = List.copyOf(jvmArgs);
        configuration = Map.copyOf(configuration);
        environment = Map.copyOf(environment);
    }

    public Training(ClassPath loaderClassPath, Path runnerJar, long timeoutSeconds) {
        this(loaderClassPath, runnerJar, timeoutSeconds, DEFAULT_EXCLUSIVE_CLASS_LIMIT, DEFAULT_TRAINING_TEST_LIMIT, List.of(), Map.of(), null, Map.of(),
                ClassPath.empty(), true);
    }

    /**
     * The default of {@link #trainingTestLimit}. A second run of a suite of up to a thousand tests costs little
     * beside the recorded run, and each of its tests tends to do its own work (an application's tests each build a
     * context, a request, a command line), much of it in dependencies whose classes the statements do not name; a
     * suite of many thousands mostly repeats itself, and the tests that first exercised something cover it.
     */
    public static final int DEFAULT_TRAINING_TEST_LIMIT = 1000;

    /**
     * The tests the training runs: every one of {@code passed} when there are at most {@link #trainingTestLimit} of
     * them, else those that first exercised something the statements hold (see {@link #firstToExercise}).
     */
    List<String> trainingTests(StatementsFile statements, List<String> passed) {
        return passed.size() <= trainingTestLimit ? passed : firstToExercise(statements, passed);
    }

    /**
     * Tests that threw in the training and first loaded at least this many of the JDK classes an image would keep
     * make the training run again without them.
     */
    static final int RERUN_CLASS_LIMIT = 20;

    static final String BOOTSTRAP = "io.github.sysimg.runner.TrainingBootstrap";
    static final String WORKLOAD = "io.github.sysimg.runner.JUnitTraining";
    static final String LINKAGE_EXERCISE = "io.github.sysimg.runner.LinkageExercise";

    /**
     * What the training JVM produced: class list lines (the JDK's and the image class path's classes, their
     * lambdas and linked constant pool entries) and the classes (binary names) that the image should go without,
     * those that only test classes left out of the training loaded.
     */
    record Output(List<String> classList, List<String> linkage, Set<String> leftOut, String log) {
    }

    /**
     * Runs the training JVM, which writes its class list ({@code -XX:DumpLoadedClassList}). Unless
     * {@link #exclusiveClassLimit} is 0, it replays the tests in reverse order and logs its class loads; a test class
     * that alone loads {@code exclusiveClassLimit} classes or more is then left out (see {@link TrainingFootprint}):
     * the class list goes without its classes. When the tests that threw in the replay first-loaded
     * {@link #RERUN_CLASS_LIMIT} classes or more, the training runs again without them.
     */
    Output run(Jdk jdk, ClassPath imageJars, StatementsFile statements, Set<String> imageClasses, Consumer<String> log)
            throws IOException, InterruptedException, TrainingFailed {
        Path work = Files.createTempDirectory("sysimg-training");
        try {
            Path bootstrapJar = work.resolve("sysimg-training-bootstrap.jar");
            writeBootstrapJar(bootstrapJar);
            List<String> passed = new ArrayList<>();
            for (Statement s : statements.statements(StatementKind.TEST)) {
                if (!s.attribution().contains("FAILED") && !s.attribution().contains("ABORTED")) {
                    passed.add(s.name());
                }
            }
            List<String> testIds = trainingTests(statements, passed);
            Set<String> testClasses = new HashSet<>();
            for (String id : testIds) {
                testClasses.add(TrainingFootprint.testClass(id));
            }
            int limit = exclusiveClassLimit(testClasses.size());
            boolean footprint = limit > 0 && testClasses.size() > 1;
            if (footprint) {
                // The order of a replay changes nothing the JVM records but which test loads a class first.
                Collections.reverse(testIds);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            Path tests = work.resolve("tests.txt");
            Files.write(tests, testIds, StandardCharsets.UTF_8);
            Path config = work.resolve("configuration.txt");
            List<String> configLines = new ArrayList<>();
            configuration.forEach((key, value) -> configLines.add(key + "=" + value));
            Files.write(config, configLines, StandardCharsets.UTF_8);
            Path classListFile = work.resolve("classlist.txt");
            Path output = work.resolve("training.log");
            log.accept("Training run: running " + (testIds.size() == passed.size() ? "the " + passed.size() + " recorded tests that passed"
                    : "the " + testIds.size() + " of the " + passed.size() + " tests that passed which first exercised a class, method or lambda"
                    + " (more than the training test limit, " + trainingTestLimit + ", passed)")
                    + " again, with JUnit and without the agent, on " + jdk.describe());
            List<String> record = List.of("-XX:DumpLoadedClassList=" + classListFile);
            String text = train(command(jdk, record, footprint, imageJars, bootstrapJar, tests, config), deadline, output);
            List<String> lines = footprint ? text.lines().toList() : List.of();
            List<Map.Entry<String, List<String>>> heavy = !footprint ? List.of() : TrainingFootprint.atLeast(
                    TrainingFootprint.exclusiveClasses(TrainingFootprint.firstTestClasses(statements), lines), limit);
            Set<String> leftOutClasses = new HashSet<>();
            List<String> described = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : heavy) {
                leftOutClasses.addAll(e.getValue());
                if (described.size() < 3) {
                    described.add(e.getKey() + " (" + e.getValue().size() + ")");
                }
            }
            String what = "Training run: left out " + leftOutClasses.size() + " classes that only one test class loads, those of "
                    + heavy.size() + " of the " + testClasses.size() + " test classes trained (" + String.join(", ", described)
                    + (heavy.size() > 3 ? ", ..." : "") + "; exclusive class limit " + limit + (limit == exclusiveClassLimit ? ""
                    : testClasses.size() >= LARGE_SUITE_TEST_CLASSES ? ", the default from " + LARGE_SUITE_TEST_CLASSES + " test classes"
                    : ", the default below " + LARGE_SUITE_TEST_CLASSES + " test classes") + ")";
            // A test that fails in the training trains its failure (Mockito trying to attach an agent loads the
            // compiler API), while tests that failed under JUnit never run again. What it loaded first may be needed
            // by the tests after it as well, so it is not pruned from the list: the training runs again without it,
            // if it loaded first enough of the JDK classes that the image would keep: a failure path is worth less
            // than a feature, yet not a second run of a suite for a handful of classes.
            Set<String> threw = footprint ? TrainingFootprint.threw(lines) : Set.of();
            Set<String> libraryJdkClasses = libraryJdkClasses(jdk, statements);
            long kept = TrainingFootprint.firstLoadsDuring(lines, threw).stream().filter(libraryJdkClasses::contains).count();
            if (kept < RERUN_CLASS_LIMIT) {
                threw = Set.of();
            }
            if (!threw.isEmpty()) {
                List<String> rest = new ArrayList<>();
                for (String id : testIds) {
                    if (!threw.contains(id)) {
                        rest.add(id);
                    }
                }
                log.accept((heavy.isEmpty() ? "Training run: left out" : what + "; and") + " " + threw.size()
                        + " tests that threw in the replay (they loaded " + kept + " JDK classes first); replaying "
                        + rest.size() + " tests again");
                Files.write(tests, rest, StandardCharsets.UTF_8);
                text = train(command(jdk, record, false, imageJars, bootstrapJar, tests, config), deadline, output);
            } else if (!heavy.isEmpty()) {
                log.accept(what + "; the image goes without them");
            }
            logTrainingLines(text, log);
            List<String> linkage = linkage(jdk, work, deadline, log);
            return new Output(filterClassList(Files.readAllLines(classListFile, StandardCharsets.UTF_8), imageClasses),
                    linkage, Set.copyOf(leftOutClasses), text);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A training with more failures than this is trained on failures, not on the tests' work. */
    static final int FAILURES_HANDFUL = 5;
    /** How many failed tests the log names one by one. */
    static final int FAILURES_NAMED = 20;

    /**
     * Passes the training JVM's own lines on, naming the tests that failed in it (they passed when recorded: the
     * training ran them otherwise than the test run did) and warning of them.
     */
    static void logTrainingLines(String text, Consumer<String> log) {
        int failures = 0;
        for (String line : text.lines().filter(l -> l.startsWith("[sysimg]")).toList()) {
            if (line.startsWith(FAILED) && ++failures > FAILURES_NAMED) {
                continue;
            }
            log.accept(line);
        }
        if (failures > FAILURES_NAMED) {
            log.accept(FAILED + "... and " + (failures - FAILURES_NAMED) + " more");
        }
        if (failures > 0) {
            log.accept("Warning: " + failures + (failures == 1 ? " test that" : " tests that") + " passed when recorded failed in the "
                    + "training run (named above)" + (failures > FAILURES_HANDFUL
                    ? ": the image is trained on their failures, not on their work; run the tests as the build runs them (its argLine, "
                    + "system properties, environment variables, working directory) or look at what they share between tests."
                    : "; the image holds what their failure paths loaded."));
        }
    }

    /** The start of the training JVM's line that names a failed test (see {@code JUnitTraining}). */
    static final String FAILED = io.github.sysimg.protocol.RunnerProtocol.Training.FAILED;

    /**
     * The class list lines of the JDK classes that linking an application's own lambdas and string concatenations
     * loads, and their method handle shapes: what {@code LinkageExercise} loads in a JVM of its own. Every program
     * started with an image links its own call sites at run time (its classes are never in the image); the
     * training rarely does for it (a library built for Java 8 concatenates with {@code StringBuilder}, and its
     * lambdas are linked ahead of time), so without these classes every application loads them from the runtime
     * image at each start. The run takes a few hundred milliseconds; when it fails, the image goes without its
     * classes.
     */
    private List<String> linkage(Jdk jdk, Path work, long deadline, Consumer<String> log) throws IOException, InterruptedException {
        Path classListFile = work.resolve("linkage-classlist.txt");
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.addAll(jvmOptions(jdk));
        command.add("-XX:DumpLoadedClassList=" + classListFile);
        command.add("-cp");
        command.add(runnerJar.toString());
        command.add(LINKAGE_EXERCISE);
        try {
            train(command, deadline, work.resolve("linkage.log"));
        } catch (TrainingFailed e) {
            // the image stands without these classes; the application then loads them from the runtime image
            log.accept("Warning: the call site linkage run failed (" + e.getMessage() + "); the image goes without its classes.");
            return List.of();
        }
        return TrainingLines.linkage(Files.readAllLines(classListFile, StandardCharsets.UTF_8), ClassPath.classNames(runnerJar));
    }

    /**
     * The tests that first exercised something the statements hold (a class, method, JDK class or lambda), in the
     * recorded order: every statement's code runs again, and a suite of thousands of tests that each repeat
     * what an earlier one did costs the training little. All of {@code passed} when the statements name no test
     * (a file from elsewhere).
     */
    static List<String> firstToExercise(StatementsFile statements, List<String> passed) {
        Set<String> first = new HashSet<>();
        for (StatementKind kind : List.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA)) {
            for (Statement s : statements.statements(kind)) {
                if (s.attribution().startsWith("[")) {
                    first.add(s.attribution().strip());
                }
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String id : passed) {
            if (first.contains(id)) {
                chosen.add(id);
            }
        }
        return chosen.isEmpty() ? passed : chosen;
    }

    /** The JDK classes (binary names) an image keeps from a training: the default class list's and the statements'. */
    private static Set<String> libraryJdkClasses(Jdk jdk, StatementsFile statements) throws IOException {
        Set<String> names = new HashSet<>(statements.names(StatementKind.JDK));
        for (String text : jdk.defaultClassListLines()) {
            ClassListLine line = ClassListLine.parse(text);
            if (line != null && line.isClass()) {
                names.add(line.ownerBinaryName());
            }
        }
        return names;
    }

    /**
     * The command of a training JVM.
     *
     * @param record  the options that make the JVM record what it did
     * @param markers whether the replay marks each test and the JVM logs its class loads, for {@link TrainingFootprint}
     */
    private List<String> command(Jdk jdk, List<String> record, boolean markers, ClassPath imageJars, Path bootstrapJar, Path tests,
                                 Path config) {
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        for (String option : jvmArgs) {
            if (!option.startsWith("-javaagent:") && !option.startsWith("-agentlib:") && !option.startsWith("-agentpath:")) {
                command.add(option);
            }
        }
        command.addAll(jvmOptions(jdk));
        command.addAll(record);
        if (markers) {
            command.add("-Xlog:class+load=info:stdout");
            command.add("-Dsysimg.replay.markers=true");
        }
        command.add("-cp");
        command.add(leadingClassPath.isEmpty() ? trainingClassPath(imageJars, bootstrapJar)
                : leadingClassPath.toPathString() + java.io.File.pathSeparator + trainingClassPath(imageJars, bootstrapJar));
        command.add(BOOTSTRAP);
        List<Path> appended = new ArrayList<>(loaderClassPath.entries());
        appended.removeAll(leadingClassPath.entries());
        appended.add(runnerJar);
        command.add(ClassPath.of(appended).toPathString());
        command.add(WORKLOAD);
        command.add(tests.toString());
        command.add(config.toString());
        return command;
    }

    private static List<String> jvmOptions(Jdk jdk) {
        List<String> options = new ArrayList<>();
        if (jdk.feature() >= 21) {
            // Mockito's inline mock maker attaches an agent at run time; tests that mock must pass in the training as
            // they did under JUnit (Spring's @MockitoBean slices build their contexts that way). The explicit option
            // only quiets the JDK's warning; the agent machinery's classes stay out of the image (TrainingLines).
            options.add("-XX:+EnableDynamicAgentLoading");
        }
        if (jdk.feature() >= 23) {
            // The bootstrap's use of sun.misc.Unsafe would print a warning; the code that prints it (stack walks,
            // annotation proxies, formatting) would go into the image and load at every start-up.
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /**
     * The bootstrap goes last on the class path: an AOT cache records a boot class path append as required at run
     * time, but only validates class path entries up to the last one it archived classes from.
     */
    private static String trainingClassPath(ClassPath imageJars, Path bootstrapJar) {
        return imageJars.toPathString() + java.io.File.pathSeparator + bootstrapJar;
    }

    /** Runs a training JVM until the deadline; its output text, if it exits normally. */
    private String train(List<String> command, long deadline, Path output)
            throws IOException, InterruptedException, TrainingFailed {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory == null ? null : workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!ChildJvm.endsWithin(process, deadline - System.nanoTime(), "sysimg-stop-training")) {
            throw new TrainingFailed("the training run did not end within " + timeoutSeconds + " s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new TrainingFailed("the training JVM exited with code " + process.exitValue() + ": " + lastLines(text));
        }
        return text;
    }

    /** The training failed; the caller falls back to the image from statements alone. */
    static final class TrainingFailed extends Exception {
        private static final long serialVersionUID = 1L;

        TrainingFailed(String message) {
            super(message);
        }
    }

    /** The library's lines of a training run's class list (see {@link TrainingLines#kept}). */
    List<String> filterClassList(List<String> lines, Set<String> imageClasses) {
        Set<String> foreign = new HashSet<>();
        for (Path entry : loaderClassPath.append(ClassPath.of(List.of(runnerJar))).entries()) {
            try {
                foreign.addAll(ClassPath.classNames(entry));
            } catch (UncheckedIOException e) {
                // an entry that is not a jar holds no classes
            }
        }
        foreign.add(BOOTSTRAP);
        return TrainingLines.kept(lines, imageClasses, foreign);
    }

    /**
     * The bootstrap class rewritten to class file version 49: the JVM archives no class that old, so the
     * training's own main class never ends up in the image.
     */
    private void writeBootstrapJar(Path jar) throws IOException {
        UnarchivedClass.write(runnerJar, BOOTSTRAP, Map.of(), jar);
    }

    /** What says why a training JVM failed: its uncaught exception if it printed one, else its last lines. */
    private static String lastLines(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.contains("[class,load]")).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("Exception in thread ") || lines.get(i).startsWith("Caused by: ")) {
                return lines.get(i).strip();
            }
        }
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
