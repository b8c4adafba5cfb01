package io.github.sysimg.launcher;

import io.github.sysimg.core.classlist.ClassListLine;
import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.DefaultArchive;
import io.github.sysimg.core.ImageLock;
import io.github.sysimg.core.ImageLockedException;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import io.github.sysimg.protocol.RunnerProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code default}: replace a JDK's default CDS archive, which every {@code java} of that JDK uses without a flag, by
 * one trained on a workflow ({@code javac}, {@code jshell}, a main), and put the JDK's own back.
 */
@Command(name = "default", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replace a JDK's default CDS archive (lib/server/classes.jsa, used by every java of that JDK without a flag) by one",
                "trained on a workload, and put the JDK's own back byte for byte."},
        subcommands = {DefaultCommand.Install.class, DefaultCommand.Restore.class, DefaultCommand.Status.class})
final class DefaultCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new SysimgException("default needs a sub-command: install, restore or status (see default --help).");
    }

    /** One install or restore at a time per JDK: the lock file goes beside the default archive and is removed after. */
    static ImageLock lock(Jdk jdk) {
        try {
            return ImageLock.acquire(jdk.defaultArchive());
        } catch (ImageLockedException e) {
            java.util.regex.Matcher process = java.util.regex.Pattern.compile(" \\(process \\d+\\)").matcher(e.getMessage());
            throw new ImageLockedException("Another sysimg-tests run" + (process.find() ? process.group() : "")
                    + " is changing the default archive of the JDK at \"" + jdk.home()
                    + "\", and this run leaves it alone; wait for that run to end and try again.");
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Run the workload on the JDK, dump a default archive of the JDK's classes it loaded (plus the JDK's default list),",
                    "keep a backup of the JDK's own the first time, and install it atomically.",
                    "Usage: default install --java-home DIR [--workload-command \"TOOL ARGS\"] [--workload-main \"CLASS ARGS\" --class-path CP] "
                            + "[--class-path CP --select-package PKG] [-- TOOL ARGS...]",
                    "TOOL is one of the JDK's own commands (javac, jshell, java ...), run from DIR/bin."})
    static final class Install implements Callable<Integer> {
        @Option(names = "--java-home", paramLabel = "DIR", required = true, description = "The JDK whose default archive is replaced.")
        Path javaHome;

        @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
                description = "The class path of --workload-main, or of the tests that --select-package and --select-class select. "
                        + "Only the JDK's classes go into the archive. Repeatable or path-separated.")
        List<String> classPath = new ArrayList<>();

        @Option(names = {"-p", "--select-package"}, paramLabel = "PKG",
                description = "Run the tests of this package on --class-path with JUnit as a workload, as the main command selects them. "
                        + "Repeatable.")
        List<String> packages = new ArrayList<>();

        @Option(names = {"-c", "--select-class"}, paramLabel = "CLASS",
                description = "Run the tests of this class on --class-path with JUnit as a workload. Repeatable.")
        List<String> classes = new ArrayList<>();

        @Option(names = "--workload-main", paramLabel = "\"CLASS [ARG...]\"",
                description = "Run this main class (arguments in the same quoted value, split at spaces) on the JDK as a workload. Repeatable.")
        List<String> workloadMains = new ArrayList<>();

        @Option(names = "--workload-command", paramLabel = "\"TOOL [ARG...]\"",
                description = "Run this command of the JDK (javac, jshell, java ...; arguments in the same quoted value, split at spaces) as a "
                        + "workload, as after --. Repeatable: one archive for several tools.")
        List<String> workloadCommands = new ArrayList<>();

        @Option(names = "--jvm-arg", paramLabel = "ARG", description = "An option for the JVM of each workload. Repeatable.")
        List<String> jvmArgs = new ArrayList<>();

        @Parameters(paramLabel = "TOOL", arity = "0..*",
                description = "After --: one of the JDK's commands and its arguments, run as a workload (javac Hello.java).")
        List<String> command = new ArrayList<>();

        @Override
        public Integer call() {
            Jdk jdk = Jdk.at(javaHome);
            DefaultArchive archive = DefaultArchive.of(jdk);
            boolean tests = !packages.isEmpty() || !classes.isEmpty();
            if (workloadMains.isEmpty() && command.isEmpty() && workloadCommands.isEmpty() && !tests) {
                throw new SysimgException("default install needs a workload: give one of the JDK's commands after --, such as "
                        + "default install --java-home " + javaHome + " -- javac Hello.java, --workload-command \"TOOL ARGS\", --workload-main "
                        + "\"CLASS ARGS\", or tests with --class-path and --select-package.");
            }
            if (!classPath.isEmpty() && workloadMains.isEmpty() && !tests) {
                throw new SysimgException("--class-path is the class path of --workload-main or of the selected tests, and none is given; "
                        + "give --workload-main \"CLASS ARGS\" or --select-package PKG.");
            }
            if (tests && classPath.isEmpty()) {
                throw new SysimgException("--select-package and --select-class select tests on --class-path, and none is given; give the "
                        + "tests' class path with --class-path.");
            }
            // Refused before the workload runs, not after.
            archive.checkInstallable();
            try (ImageLock lock = lock(jdk)) {
                return install(jdk, archive);
            }
        }

        private Integer install(Jdk jdk, DefaultArchive archive) {
            List<List<String>> lists = new ArrayList<>();
            List<String> described = new ArrayList<>();
            Path work;
            try {
                work = Files.createTempDirectory("sysimg-default");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                int n = 0;
                for (String main : workloadMains) {
                    List<String> words = Arrays.stream(main.strip().split(" +")).filter(w -> !w.isEmpty()).toList();
                    if (words.isEmpty()) {
                        throw new SysimgException("--workload-main \"" + main + "\" names no class; give \"CLASS ARGS\".");
                    }
                    Path list = work.resolve("workload" + n++ + ".classlist");
                    List<String> run = new ArrayList<>(List.of(jdk.javaExecutable().toString(), "-XX:DumpLoadedClassList=" + list));
                    run.addAll(jvmArgs);
                    if (!classPath.isEmpty()) {
                        run.addAll(List.of("-cp", ClassPath.parse(classPath).requireExisting(io.github.sysimg.core.Setting.CLASS_PATH).toPathString()));
                    }
                    run.addAll(words);
                    lists.add(runWorkload(run, list, "--workload-main \"" + main + "\""));
                    described.add(String.join(" ", words));
                }
                if (!packages.isEmpty() || !classes.isEmpty()) {
                    Path list = work.resolve("workload" + n++ + ".classlist");
                    lists.add(runWorkload(testsCommand(jdk, list, work), list, describeTests()));
                    described.add(describeTests());
                }
                List<List<String>> tools = new ArrayList<>();
                for (String tool : workloadCommands) {
                    List<String> words = Arrays.stream(tool.strip().split(" +")).filter(w -> !w.isEmpty()).toList();
                    if (words.isEmpty()) {
                        throw new SysimgException("--workload-command \"" + tool + "\" names no command; give \"TOOL ARGS\", such as \"javac Hello.java\".");
                    }
                    tools.add(words);
                }
                if (!command.isEmpty()) {
                    tools.add(command);
                }
                for (List<String> tool : tools) {
                    Path list = work.resolve("workload" + n++ + ".classlist");
                    lists.add(runWorkload(toolCommand(jdk, tool, list), list, String.join(" ", tool)));
                    described.add(String.join(" ", tool));
                }
                List<String> classList = archive.classList(lists);
                System.out.println("Dumping the default archive" + (archive.present().size() > 1 ? "s " : " ")
                        + archive.present().stream().map(DefaultArchive.Variant::file).toList() + " from "
                        + ClassListLine.countClasses(classList) + " JDK classes (the JDK's default list and what the workload loaded)");
                boolean first = archive.backups().isEmpty();
                Properties installed = archive.install(classList, String.join("; ", described));
                System.out.println("Installed in " + archive.folder() + " (" + installed.getProperty("classes") + " classes) for "
                        + jdk.home() + "; " + (first ? "the JDK's own archive is kept as *.jsa" + DefaultArchive.BACKUP_SUFFIX
                        : "the backup of the JDK's own archive from before is kept") + "; default restore --java-home " + javaHome
                        + " puts it back.");
                return SysimgCommand.OK;
            } finally {
                io.github.sysimg.core.AtomicFiles.deleteTree(work);
            }
        }

        /** The selected tests run with JUnit by the runner, without the agent: a workload like any other. */
        private List<String> testsCommand(Jdk jdk, Path list, Path work) {
            ClassPath tests = ClassPath.parse(classPath).requireExisting(io.github.sysimg.core.Setting.CLASS_PATH);
            PlatformAlignment.requireTestEngine(tests);
            EmbeddedJars embedded = new EmbeddedJars();
            List<Path> entries = new ArrayList<>(tests.entries());
            entries.add(embedded.runner());
            PlatformAlignment.decide(tests, embedded).launcherJar().ifPresent(entries::add);
            Path request = work.resolve("tests-request.txt");
            try {
                WorkloadRun.writeRequest(request, Map.of(RunnerProtocol.Request.SELECT_PACKAGE, packages, RunnerProtocol.Request.SELECT_CLASS,
                        classes, RunnerProtocol.Request.PROGRESS_SECONDS, List.of("0")));
            } catch (IOException e) {
                throw new SysimgException("Cannot write into the work folder \"" + work + "\" (" + e.getMessage() + "); nothing was installed.", e);
            }
            List<String> run = new ArrayList<>(List.of(jdk.javaExecutable().toString(), "-XX:DumpLoadedClassList=" + list));
            run.addAll(jvmArgs);
            run.addAll(List.of("-cp", ClassPath.of(entries).toPathString(), "io.github.sysimg.runner.WorkloadMain", request.toString(),
                    work.resolve("tests-result.txt").toString()));
            return run;
        }

        private String describeTests() {
            List<String> parts = new ArrayList<>();
            packages.forEach(p -> parts.add("--select-package " + p));
            classes.forEach(c -> parts.add("--select-class " + c));
            return "the tests of " + String.join(" ", parts);
        }

        private List<String> toolCommand(Jdk jdk, List<String> command, Path list) {
            String tool = command.get(0);
            Path executable = tool.contains("/") || tool.contains("\\") ? null : jdk.home().resolve("bin").resolve(tool);
            if (executable == null || !Files.isExecutable(executable)) {
                throw new SysimgException("\"" + tool + "\" is not a command of the JDK at \"" + jdk.home() + "\" (no bin/" + tool
                        + "); give one of its own commands after --, such as javac or jshell.");
            }
            List<String> run = new ArrayList<>(List.of(executable.toString()));
            String prefix = tool.equals("java") || tool.equals("java.exe") ? "" : "-J";
            run.add(prefix + "-XX:DumpLoadedClassList=" + list);
            jvmArgs.forEach(a -> run.add(prefix + a));
            run.addAll(command.subList(1, command.size()));
            return run;
        }

        private static List<String> runWorkload(List<String> run, Path list, String what) {
            System.out.println("Running the workload: " + what);
            try {
                Process p = new ProcessBuilder(run).inheritIO().start();
                int exit = p.waitFor();
                if (exit != 0) {
                    throw new SysimgException("The workload " + what + " exited with " + exit + "; make it run cleanly on its own, then "
                            + "install again (nothing was installed).");
                }
                if (!Files.isRegularFile(list)) {
                    throw new SysimgException("The workload " + what + " wrote no class list; nothing was installed.");
                }
                return Files.readAllLines(list, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new SysimgException("Cannot run the workload " + what + " (" + e.getMessage() + "); nothing was installed.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SysimgException("Interrupted while the workload ran; nothing was installed.", e);
            }
        }

    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Put the JDK's own default archive back byte for byte, and remove the backup and sysimg-tests' records.")
    static final class Restore implements Callable<Integer> {
        @Option(names = "--java-home", paramLabel = "DIR", required = true, description = "The JDK whose own default archive is put back.")
        Path javaHome;

        @Override
        public Integer call() {
            Jdk jdk = Jdk.at(javaHome);
            DefaultArchive archive = DefaultArchive.of(jdk);
            Optional<Properties> restored;
            if (archive.backups().isEmpty() && archive.status().backup().isEmpty()) {
                restored = Optional.empty();
            } else {
                archive.requireWritable();
                try (ImageLock lock = lock(jdk)) {
                    restored = archive.restore();
                }
            }
            System.out.println(restored.isPresent()
                    ? "Restored the JDK's own default archive in " + archive.folder() + " (backed up " + restored.get().getProperty("backed-up") + ")."
                    : "The JDK's own default archive is in place in " + archive.folder() + "; nothing to restore.");
            return SysimgCommand.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say which default archive the JDK has: its own or one sysimg-tests installed, and since when.")
    static final class Status implements Callable<Integer> {
        @Option(names = "--java-home", paramLabel = "DIR", required = true, description = "The JDK to look at.")
        Path javaHome;

        @Override
        public Integer call() {
            DefaultArchive archive = DefaultArchive.of(Jdk.at(javaHome));
            DefaultArchive.Status status = archive.status();
            switch (status.state()) {
                case OWN -> System.out.println((archive.present().isEmpty() ? "No default archive" : "The JDK's own default archive")
                        + " in " + archive.folder() + " (sysimg-tests installed none).");
                case INSTALLED -> System.out.println("sysimg-tests' default archive in " + archive.folder() + ", installed "
                        + status.installed().getProperty("installed") + " (" + status.installed().getProperty("classes") + " classes, workload: "
                        + status.installed().getProperty("workload") + "); the JDK's own, backed up " + status.backup().getProperty("backed-up")
                        + ", is kept as *.jsa" + DefaultArchive.BACKUP_SUFFIX + ".");
                case OTHER -> System.out.println("A default archive in " + archive.folder() + " that is neither sysimg-tests' nor the JDK's own as "
                        + "backed up " + status.backup().getProperty("backed-up", "(no backup)") + " (replaced since, by a JDK update?).");
            }
            return SysimgCommand.OK;
        }
    }
}
