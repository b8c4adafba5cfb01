package io.github.sysimg.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the training run runs the recorded tests again, as a front end sets it up; {@link #training} makes the run
 * for an image class path.
 *
 * @param runnerJar           the jar holding the training's bootstrap and replay
 * @param timeoutSeconds      how long the training JVM may run; 0 or less: {@link #DEFAULT_TIMEOUT_SECONDS}
 * @param exclusiveClassLimit see {@link Training#exclusiveClassLimit}; 0 keeps every test, null: by the suite's size
 *                            (a negative value, {@link Training#DEFAULT_EXCLUSIVE_CLASS_LIMIT} among them, is a
 *                            user's mistake: the sentinel is the training's own spelling of null)
 * @param trainingTestLimit   see {@link Training#trainingTestLimit}; null: {@link Training#DEFAULT_TRAINING_TEST_LIMIT}
 * @param jvmArgs             the options the tests ran with
 * @param configuration       the JUnit Platform configuration parameters the tests ran with
 * @param workingDirectory    the folder the tests ran in; null: this process's
 * @param environment         the environment variables the tests ran with, besides this process's
 * @param applicationStart    whether an application that has a start the tool can run to its end (see
 *                            {@link ApplicationStart}) gets its image written from that start as well
 */
public record TrainingSettings(Path runnerJar, long timeoutSeconds, Integer exclusiveClassLimit, Integer trainingTestLimit,
                               List<String> jvmArgs, Map<String, String> configuration, Path workingDirectory,
                               Map<String, String> environment, boolean applicationStart) {

    /** A replay runs faster than the recorded test run; this only stops a hanging one. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 900;

    /** @throws SysimgException when a limit is negative */
    public TrainingSettings {
        if (exclusiveClassLimit == null) {
            exclusiveClassLimit = Training.DEFAULT_EXCLUSIVE_CLASS_LIMIT;
        } else if (exclusiveClassLimit < 0) {
            int limit = exclusiveClassLimit;
            throw new SysimgException(Setting.EXCLUSIVE_CLASS_LIMIT, s -> s.of(Setting.EXCLUSIVE_CLASS_LIMIT, Integer.toString(limit))
                    + " is negative; give a number of classes, or 0 to keep every test in the training run.");
        }
        if (trainingTestLimit == null) {
            trainingTestLimit = Training.DEFAULT_TRAINING_TEST_LIMIT;
        } else if (trainingTestLimit < 0) {
            int limit = trainingTestLimit;
            throw new SysimgException(Setting.TRAINING_TEST_LIMIT, s -> s.of(Setting.TRAINING_TEST_LIMIT, Integer.toString(limit))
                    + " is negative; give a number of tests, or 0 to train only the tests that first exercised something.");
        }
        timeoutSeconds = timeoutSeconds > 0 ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
        jvmArgs = List.copyOf(jvmArgs);
        configuration = Map.copyOf(configuration);
        environment = Map.copyOf(environment);
    }

    /** Settings without extra environment variables. */
    public TrainingSettings(Path runnerJar, long timeoutSeconds, Integer exclusiveClassLimit, Integer trainingTestLimit,
                            List<String> jvmArgs, Map<String, String> configuration, Path workingDirectory) {
        this(runnerJar, timeoutSeconds, exclusiveClassLimit, trainingTestLimit, jvmArgs, configuration, workingDirectory, Map.of(), true);
    }

    /**
     * The training of an image made for {@code imageClassPath}: the library comes from the image's jars, the rest of
     * the test class path (tests, their dependencies, JUnit) is appended to the class loader's search path.
     *
     * @param testClassPath the class path the tests ran with (library, tests, their dependencies) and a
     *                      junit-platform-launcher of the suite's platform version if the tests brought none
     */
    public Training training(ClassPath testClassPath, ClassPath imageClassPath) {
        List<Path> loader = new ArrayList<>();
        List<Path> leading = new ArrayList<>();
        boolean beforeImage = true;
        for (Path entry : testClassPath.entries()) {
            if (imageClassPath.entries().contains(entry)) {
                beforeImage = false;
            } else if (Files.exists(entry)) {
                loader.add(entry);
                if (beforeImage) {
                    leading.add(entry);
                }
            }
        }
        // a test class path that holds none of the image's entries gives no order to keep
        return new Training(ClassPath.of(loader), runnerJar, timeoutSeconds, exclusiveClassLimit, trainingTestLimit, jvmArgs, configuration,
                workingDirectory, environment, beforeImage ? ClassPath.empty() : ClassPath.of(leading), applicationStart);
    }
}
