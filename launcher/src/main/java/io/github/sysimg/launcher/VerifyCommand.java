package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.ImageVerifier;
import io.github.sysimg.core.Jdk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify}: run a program with the image and report where its classes came from. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a program with the image and report how many of its loaded classes came from the image, from jars and",
                "from the runtime image, listing the image class path's classes that were not served from the image.",
                "Usage: verify --image FILE [--class-path CP] -- MAINCLASS [ARGS...]   or   verify --image FILE -- java [OPTIONS] MAINCLASS [ARGS...]"})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExistingImageOptions target = new ExistingImageOptions();

    @Option(names = "--no-strict", description = "Let the JVM fall back silently instead of failing when it refuses the image.")
    boolean noStrict;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "How long the program may run. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Add the start-up numbers (where the program's classes came from) to the report in DIR/index.html "
                    + "that the main command's or build's --report wrote; kept in DIR/startup.properties.")
    Path report;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The main class and its arguments, or a whole java command.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        ExistingImage existing = target.open(command);
        Jdk jdk = existing.jdk();
        ImageMetadata metadata = existing.metadata();
        List<String> javaArgs = ProgramCommand.javaArgs(command, target.classPath, metadata.classPath());
        ImageVerifier.Result result = ImageVerifier.run(jdk, metadata.kind(), metadata.runOptions(target.image.toAbsolutePath()), metadata.classPath(), javaArgs,
                !noStrict, timeoutSeconds);
        spec.commandLine().getOut().print(result.output());
        spec.commandLine().getOut().println("---- sysimg-tests verify ----");
        if (result.refused()) {
            spec.commandLine().getOut().println("The JVM refused the image: " + result.refusal());
            List<String> reasons = metadata.check(target.image, jdk, target.classPath != null ? ClassPath.parse(List.of(target.classPath)) : null);
            reasons.forEach(r -> spec.commandLine().getOut().println("  because " + r));
            if (reasons.isEmpty()) {
                spec.commandLine().getOut().println("  check that the class path starts with the image's: " + metadata.classPath());
            }
            return 1;
        }
        spec.commandLine().getOut().printf("%d classes loaded: %d from the image%s, %d from the runtime image, %d from jars, %d generated%n",
                result.totalClasses(), result.fromImage(), metadata.kind().incremental()
                        ? " (its top layer), " + result.fromBaseArchive() + " from the JDK's default archive under it" : "",
                result.fromRuntimeImage(), result.includedFromJars().size() + result.fromOtherJars(), result.generated());
        int included = result.includedFromImage() + result.includedFromJars().size();
        spec.commandLine().getOut().printf("Classes of the image class path: %d of %d served from the image (%.1f%%)%n",
                result.includedFromImage(), included, 100 * result.includedShare());
        if (!result.includedFromJars().isEmpty()) {
            spec.commandLine().getOut().println("Not served from the image (add tests that exercise them):");
            result.includedFromJars().stream().limit(50).forEach(n -> spec.commandLine().getOut().println("  " + n));
            if (result.includedFromJars().size() > 50) {
                spec.commandLine().getOut().println("  ... and " + (result.includedFromJars().size() - 50) + " more");
            }
        }
        spec.commandLine().getOut().println("Program exit code: " + result.exitCode());
        if (report != null) {
            String program = String.join(" ", command);
            spec.commandLine().getOut().println("Report: " + io.github.sysimg.launcher.report.Reports.addStartup(report,
                    io.github.sysimg.launcher.report.Startup.of(result, program, SysimgCommand.now(), metadata.statementsSha256())));
        }
        return result.exitCode() == 0 ? SysimgCommand.OK : 1;
    }
}
