package io.github.sysimg.protocol;

/**
 * What the tool and the JVMs it forks say to each other besides the agent's options: the keys of the workload's
 * request and result files ({@code key=value} a line), and the lines the training prints for the tool to read. The
 * runner compiles against these constants only (javac copies a constant's value into the class that uses it), so
 * it needs no protocol jar at run time.
 */
public final class RunnerProtocol {
    private RunnerProtocol() {
    }

    /** The keys of the workload's request file, which the runner reads before the tests run. */
    public static final class Request {
        public static final String SELECT_PACKAGE = "select-package";
        public static final String SELECT_CLASS = "select-class";
        public static final String SELECT_METHOD = "select-method";
        public static final String SELECT_UNIQUE_ID = "select-unique-id";
        /** A class path root to scan for test classes. */
        public static final String SCAN_CLASS_PATH = "scan-class-path";
        public static final String INCLUDE_CLASSNAME = "include-classname";
        public static final String EXCLUDE_CLASSNAME = "exclude-classname";
        public static final String INCLUDE_TAG = "include-tag";
        public static final String EXCLUDE_TAG = "exclude-tag";
        /** A JUnit configuration parameter, {@code key=value}. */
        public static final String CONFIG = "config";
        /** A main class and its arguments to run after the tests. */
        public static final String WORKLOAD_MAIN = "workload-main";
        public static final String PROGRESS_SECONDS = "progress-seconds";
        public static final String PROGRESS_TERMINAL = "progress-terminal";

        private Request() {
        }
    }

    /** The keys of the workload's result file, which the runner writes when the tests are done. */
    public static final class Result {
        public static final String FOUND = "found";
        public static final String SUCCEEDED = "succeeded";
        public static final String FAILED = "failed";
        public static final String ABORTED = "aborted";
        public static final String SKIPPED = "skipped";
        public static final String MILLIS = "millis";
        public static final String WORKLOAD_MAIN_FAILED = "workload-main-failed";
        /** One line a test class that ran. */
        public static final String TEST_CLASS = "test-class";
        /** How many tests failed on a file missing at a relative path, and the first such path. */
        public static final String MISSING_RELATIVE_FILE = "missing-relative-file";
        public static final String MISSING_RELATIVE_FILE_EXAMPLE = "missing-relative-file.example";
        /** Why JUnit could not start the tests. */
        public static final String ERROR = "error";

        private Result() {
        }
    }

    /** The lines a training JVM prints for the tool. */
    public static final class Training {
        /** Before each test, with markers on: its unique id. */
        public static final String MARKER = "[sysimg-test] ";
        /** After a test that failed, with markers on: its unique id. */
        public static final String THREW = "[sysimg-threw] ";
        /** The summary line's start; the log after it belongs to no test. */
        public static final String SUMMARY = "[sysimg] training: ran ";
        /** A test that failed in the training, and why. */
        public static final String FAILED = "[sysimg] training: failed ";

        private Training() {
        }
    }
}
