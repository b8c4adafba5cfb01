package io.github.sysimg.launcher;

import io.github.sysimg.core.ArgFile;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.ImageLock;
import io.github.sysimg.core.ImageLockedException;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.core.Setting;
import io.github.sysimg.core.SpringBootJar;
import io.github.sysimg.core.TrainingSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/**
 * The command line: runs a package's tests as the workload, records what they exercise, and builds a start-up
 * image from it. Exit codes as JUnit's ConsoleLauncher: 0 ok, 1 tests failed (image still built), 2 no tests
 * found, -1 bad usage or a failure of the tool.
 */
@Command(name = "sysimg-tests", mixinStandardHelpOptions = true, versionProvider = SysimgCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Runs a package's own JUnit tests as the workload, records the classes and methods they exercise into a "
                + "statements file, and builds a JVM start-up image from it: a CDS archive (JDK 17+) or an AOT cache (JDK 24+), "
                + "plus a java @argfile to start with it."},
        subcommands = {BuildCommand.class, VerifyCommand.class, CheckCommand.class, TimeCommand.class, RecordCommand.class, DefaultCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  A built Maven project (mvn package -DskipTests); its tests run in its folder:",
                "    java -jar sysimg-tests.jar --project . --image app.jsa",
                "  The start-up gain on your main (last line: ratio R; below 1 is faster):",
                "    java -jar sysimg-tests.jar time --image app.jsa \\",
                "      --class-path target/app.jar:<other jars> -- com.example.Main",
                "  Any build, with the test class path given (for Maven: mvn",
                "  dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=cp.txt)",
                "    java -jar sysimg-tests.jar --select-package com.example \\",
                "      --class-path target/app.jar:target/test-classes:$(cat cp.txt)",
                "  Tests that read files by relative paths (src/test/resources/...):",
                "    java -jar sysimg-tests.jar ... --working-dir path/to/project",
                "  What the image holds, as a page, and a smaller training set:",
                "    java -jar sysimg-tests.jar --project . --report report --minimize set.txt",
                "  Keep a fresh image without running the tests (a CI cache):",
                "    java -jar sysimg-tests.jar --project . --rebuild-if-stale",
                "  An image from statements files; whether an image still fits:",
                "    java -jar sysimg-tests.jar build --statements sysimg-statements.txt \\",
                "      --image-class-path target/app.jar",
                "    java -jar sysimg-tests.jar check --image sysimg.jsa -cp target/app.jar"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:Successful", " 1:Some tests failed (the image is still built from what ran)",
                " 2:No tests found", " 3:Another run is building the same image (nothing written)", "-1:Bad usage or a failure of the tool (one sentence says which)"})
public final class SysimgCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final int OK = 0;
    static final int TESTS_FAILED = 1;
    static final int NO_TESTS = 2;
    /** Another run is building the same image; this one wrote nothing. */
    static final int IMAGE_LOCKED = 3;
    static final int ERROR = -1;
    /** How the command line names a setting in a message: its options are the settings' keys ({@code --java-home}). */
    static final Setting.Spelling OPTION_NAMES = Setting.Spelling.KEYS;

    @ArgGroup(validate = false, heading = "%nSELECTORS%n", order = 1)
    final RecordOptions.Selectors selectors = new RecordOptions.Selectors();

    @ArgGroup(validate = false, heading = "%nFILTERS%n", order = 2)
    final RecordOptions.Filters filters = new RecordOptions.Filters();

    @Mixin
    final ImageTarget target = new ImageTarget();

    @ArgGroup(validate = false, heading = "%nIMAGE%n", order = 3)
    final RecordOptions.ImageOptions image = new RecordOptions.ImageOptions();

    @ArgGroup(validate = false, heading = "%nRUNTIME CONFIGURATION%n", order = 4)
    final RecordOptions.RuntimeOptions runtime = new RecordOptions.RuntimeOptions();

    @ArgGroup(validate = false, heading = "%nREPORTS%n", order = 5)
    final RecordOptions.ReportOptions reports = new RecordOptions.ReportOptions();

    /** The tool's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sysimg-tests " + ImageMetadata.currentToolVersion()};
        }
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line and returns its exit code, as ConsoleLauncher's {@code run(out, err, args)}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new SysimgCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = e;
            while (cause instanceof UncheckedIOException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ImageLockedException) {
                err.println("sysimg-tests: " + ((ImageLockedException) cause).message(OPTION_NAMES));
                err.flush();
                return IMAGE_LOCKED;
            }
            if (cause instanceof SysimgException) {
                err.println("sysimg-tests: " + ((SysimgException) cause).message(OPTION_NAMES));
            } else {
                err.println("sysimg-tests: internal error: " + cause);
                cause.printStackTrace(err);
            }
            err.flush();
            return ERROR;
        });
        commandLine.setParameterExceptionHandler((e, params) -> {
            err.println("sysimg-tests: " + e.getMessage() + "; see --help.");
            err.flush();
            return ERROR;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        ImageTarget.Chosen chosen = target.choose();
        // Held from the start: a second run into the same image is told at once, not after its tests.
        try (ImageLock lock = ImageLock.acquire(chosen.image())) {
            return new MainJob(this, spec.commandLine().getOut(), spec.commandLine().getErr()).run(chosen);
        }
    }

    /** The line that starts a program with a built image. */
    static void printStart(PrintWriter out, Jdk jdk, ImageBuilder.Result result) {
        out.println("Start your program with the image:");
        new io.github.sysimg.core.project.StartCommands(io.github.sysimg.core.project.BuiltModule.Form.LIBRARY, jdk.javaExecutable(),
                result.image(), result.imageClassPath(), null).start().forEach(line -> out.println("  " + line));
    }

    /** This tool's jar, for commands to copy; its name when it runs from elsewhere. */
    static String ownJar() {
        try {
            Path jar = Path.of(SysimgCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.toString() : "sysimg-tests.jar";
        } catch (Exception e) {
            return "sysimg-tests.jar";
        }
    }

    /** Whether this CLI writes to a terminal (then the test JVM, which shares it, keeps one progress line up to date). */
    static boolean interactiveTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22+ has a console even when redirected; isTerminal() tells.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException olderJdk) {
            return true;
        }
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

}
