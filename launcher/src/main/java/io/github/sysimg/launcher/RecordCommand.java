package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.JavaNames;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.core.StatementsWriter;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.protocol.AgentOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code record}: the statements of any run of a program, as PackageCompiler's {@code --trace-compile=FILE} records
 * them from any Julia session. It runs the user's java command with the recording agent attached
 * ({@code statements=FILE}) and writes FILE in canonical form; nothing else is written.
 */
@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a java command with the recording agent and write the statements it exercised, for build --statements.",
                "Usage: record --include-package PKG --statements FILE -- java [OPTIONS] MAINCLASS [ARGS...]"})
final class RecordCommand implements Callable<Integer> {
    @Option(names = "--include-package", paramLabel = "PKG", required = true,
            description = "A package to record, sub-packages included. This option can be repeated.")
    List<String> includePackages = new ArrayList<>();

    @Option(names = "--statements", paramLabel = "FILE", required = true,
            description = "The statements file to write; merge it with others through build --statements tests.txt FILE.")
    Path statements;

    /** The java command after {@code --}, and whatever else picocli did not match, which is refused. */
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private static final String USAGE = "-- java [OPTIONS] MAINCLASS [ARGS]";

    @Override
    public Integer call() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int dashes = args.indexOf("--");
        if (dashes < 0) {
            throw new SysimgException("record needs the java command to run after --; give it as record --include-package PKG "
                    + "--statements FILE " + USAGE + ".");
        }
        List<String> command = List.copyOf(args.subList(dashes + 1, args.size()));
        List<String> stray = unmatched.subList(0, Math.max(0, unmatched.size() - command.size()));
        if (!stray.isEmpty()) {
            throw new SysimgException("Unknown option or argument \"" + stray.get(0) + "\" before --; see record --help.");
        }
        if (command.isEmpty() || !ProgramCommand.isJava(command.get(0))) {
            throw new SysimgException((command.isEmpty() ? "No command after --" : "\"" + command.get(0) + "\" after -- is not a java command")
                    + "; record runs a JVM with its agent, give it as " + USAGE + ".");
        }
        JavaNames.requirePackageNames(includePackages);
        Path target = statements.toAbsolutePath().normalize();
        if (!AgentOptions.canCarry(target.toString())) {
            throw new SysimgException("--statements \"" + statements + "\" has a comma, which the agent's options cannot carry; "
                    + "choose a path without one.");
        }
        if (Files.isDirectory(target)) {
            throw new SysimgException("--statements \"" + statements + "\" is a folder; give the path of the statements file to write.");
        }

        List<String> javaCommand = new ArrayList<>();
        javaCommand.add(command.get(0));
        // Right after the executable: every option after it, and the main class, stay the user's.
        javaCommand.add(AgentOptions.statementsFile(target.toString(), includePackages).javaagent(new EmbeddedJars().agent().toString()));
        javaCommand.addAll(command.subList(1, command.size()));
        int exit;
        long pid;
        Process process;
        try {
            process = new ProcessBuilder(javaCommand).inheritIO().start();
        } catch (IOException e) {
            throw new SysimgException("Cannot start \"" + command.get(0) + "\" (" + e.getMessage() + "); give the java of a JDK 17 or newer.", e);
        }
        pid = process.pid();
        // SIGTERM, not a kill: the JVM's shutdown hooks run and the agent writes FILE whole.
        Thread stop = new Thread(process::destroy, "sysimg-stop-program");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new SysimgException("The recording was interrupted.", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops the program
            }
        }
        return finish(command, target, pid, exit);
    }

    private int finish(List<String> command, Path target, long pid, int exit) {
        Path journal = target.resolveSibling(target.getFileName() + "." + pid + ".partial");
        boolean cutShort = Files.isRegularFile(journal);
        StatementsFile recorded;
        if (cutShort) {
            recorded = StatementsReader.read(journal);
        } else if (Files.isRegularFile(target) && Long.toString(pid).equals((recorded = StatementsReader.read(target)).header().get("pid"))) {
            // the file this JVM wrote at its exit
        } else {
            throw new SysimgException("The java command ended with exit code " + exit + " and recorded nothing into \"" + statements
                    + "\"; check that it starts a JVM of JDK 17 or newer (its own output is above).");
        }
        String imageClassPath = recorded.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH);
        if (imageClassPath == null) {
            imageClassPath = classPathEntriesHolding(recorded.names(StatementKind.CLASS), command);
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put(StatementsFile.HEADER_JDK, recorded.header().getOrDefault(StatementsFile.HEADER_JDK, ""));
        header.put(StatementsFile.HEADER_SELECTORS, "-- " + String.join(" ", command));
        header.put(StatementsFile.HEADER_TIME, SysimgCommand.now());
        header.put(StatementsFile.HEADER_INCLUDES, String.join(",", includePackages));
        StatementsFile result;
        if (imageClassPath.isEmpty()) {
            result = recorded.normalized();
        } else {
            header.put(StatementsFile.HEADER_IMAGE_CLASS_PATH, imageClassPath);
            result = recorded.retainAvailable(ClassPath.parse(List.of(imageClassPath)), header);
        }
        StatementsWriter.write(result, target);
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            spec.commandLine().getErr().println("sysimg-tests: warning: cannot delete the agent's journal \"" + journal + "\" (" + e.getMessage() + ").");
        }
        if (result.names(StatementKind.CLASS).isEmpty()) {
            throw new SysimgException("The java command (exit code " + exit + ") loaded no class of the included packages "
                    + String.join(",", includePackages) + " from its class path; name the program's library packages with --include-package.");
        }
        spec.commandLine().getOut().println("Statements: " + statements + " (" + result.names(StatementKind.CLASS).size() + " classes, "
                + result.names(StatementKind.METHOD).size() + " methods, " + result.names(StatementKind.JDK).size() + " JDK classes, "
                + result.names(StatementKind.LAMBDA).size() + " lambdas)");
        spec.commandLine().getOut().println("Build an image from it (with other statements files, too): sysimg-tests build --statements " + statements);
        if (cutShort) {
            spec.commandLine().getErr().println("sysimg-tests: warning: the JVM ended with exit code " + exit + " without running its shutdown hooks "
                    + "(killed or crashed); " + statements + " holds the " + result.statements().size() + " statements recorded before.");
            return SysimgCommand.TESTS_FAILED;
        }
        if (exit != 0) {
            spec.commandLine().getErr().println("sysimg-tests: warning: the program ended with exit code " + exit + "; " + statements
                    + " holds what it recorded up to then.");
            return SysimgCommand.TESTS_FAILED;
        }
        return SysimgCommand.OK;
    }

    /**
     * For a JVM that ended before its agent named the image class path: the entries of the command's class path that
     * hold recorded classes, in class path order.
     */
    private static String classPathEntriesHolding(java.util.Set<String> classes, List<String> command) {
        String classPath = null;
        for (int i = 1; i < command.size(); i++) {
            String option = command.get(i);
            if ((option.equals("-cp") || option.equals("-classpath") || option.equals("--class-path") || option.equals("-jar"))
                    && i + 1 < command.size()) {
                classPath = command.get(++i);
                if (option.equals("-jar")) {
                    break;
                }
            } else if (option.startsWith("--class-path=")) {
                classPath = option.substring("--class-path=".length());
            } else if (!option.startsWith("-")) {
                break;
            }
        }
        if (classPath == null) {
            return "";
        }
        List<Path> entries = new ArrayList<>();
        for (Path entry : ClassPath.parse(List.of(classPath)).entries()) {
            if (!java.util.Collections.disjoint(ClassPath.classNames(entry), classes)) {
                entries.add(entry.toAbsolutePath().normalize());
            }
        }
        return ClassPath.of(entries).toPathString();
    }
}
