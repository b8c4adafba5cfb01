package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.ImageVerifier;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code check}: does the image still fit this JDK, these jars, this class path and these JVM options? */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check that an image fits: the same JDK build, unchanged jars, a class path that starts with the image's,",
                "and JVM options with which the JVM uses it (it runs java -version with the image to tell).",
                "Usage: check --image FILE [--class-path CP] [--java-home DIR] [-- JVM-OPTIONS...]",
                "Exit 0 when it fits; 1 with one line a reason when it does not."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExistingImageOptions target = new ExistingImageOptions();

    @Parameters(paramLabel = "JVM-OPTION", arity = "0..*",
            description = "After --: the JVM options the program will start with (-Xmx2g -XX:+UseZGC ...).")
    List<String> jvmOptions = new ArrayList<>();

    @Override
    public Integer call() {
        requireJvmOptions(jvmOptions);
        ExistingImage existing = target.open(List.of());
        Jdk jdk = existing.jdk();
        ImageMetadata metadata = existing.metadata();
        ClassPath run = target.classPath == null ? null : ClassPath.parse(List.of(target.classPath));
        List<String> reasons = new ArrayList<>(metadata.check(target.image, jdk, run));
        if (reasons.isEmpty()) {
            // Only the JVM knows what its options and this machine's memory make of compressed oops, GC and modules.
            Optional<String> refusal = ImageVerifier.refusal(jdk, metadata.kind(), metadata.runOptions(target.image.toAbsolutePath()), metadata.classPath(), jvmOptions);
            refusal.ifPresent(r -> reasons.add((jvmOptions.isEmpty() ? "the JVM does not use the image" : "with the JVM options "
                    + String.join(" ", jvmOptions) + " the JVM does not use the image") + " (it says: " + r + "); " + advice(r)));
        }
        if (reasons.isEmpty()) {
            spec.commandLine().getOut().println("Image " + target.image + " fits: " + jdk.describe() + ", " + metadata.entries().size() + " unchanged jars"
                    + (run == null ? "" : ", the class path starts with the image's")
                    + (jvmOptions.isEmpty() ? "" : ", and the JVM uses it with " + String.join(" ", jvmOptions)) + ".");
            return SysimgCommand.OK;
        }
        for (String reason : reasons) {
            spec.commandLine().getOut().println("stale: " + reason);
        }
        return 1;
    }

    /** What to do about a refusal whose cause was seen by hand; else the general rule. */
    static String advice(String refusal) {
        if (refusal.contains("UseCompressedOops")) {
            return "the image was dumped with compressed oops, which -XX:-UseCompressedOops, ZGC and a maximum heap of 32 GB or more "
                    + "turn off: start with a heap under 32 GB and a GC that keeps them (G1, Parallel, Serial, Shenandoah).";
        }
        if (refusal.contains("UseCompactObjectHeaders")) {
            return "the image was dumped without compact object headers: start without -XX:+UseCompactObjectHeaders.";
        }
        if (refusal.contains("jdk.module.") || refusal.contains("full module graph")) {
            return "an AOT cache fits only runs that resolve the same modules as its dump: start without --add-modules, "
                    + "-XX:StartFlightRecording (which adds jdk.jfr) and -Djdk.module.* properties.";
        }
        return "start without the JVM options that change this.";
    }

    /** The java launcher's options whose value may follow as the next argument. */
    private static final java.util.Set<String> TAKES_A_VALUE = java.util.Set.of("--add-modules", "--limit-modules", "--add-opens",
            "--add-exports", "--add-reads", "--patch-module", "--upgrade-module-path", "--module-path", "-p", "--enable-native-access");

    /** JVM options only: the class path has its own option, and a main class or a jar is not an option. */
    private static void requireJvmOptions(List<String> options) {
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (TAKES_A_VALUE.contains(option)) {
                i++;
                continue;
            }
            if (List.of("-cp", "-classpath", "--class-path", "-jar", "-m", "--module").contains(option) || option.startsWith("--class-path=")) {
                throw new SysimgException("check takes JVM options after --, and \"" + option + "\" is not one it can check; give the class "
                        + "path with --class-path before --, and no main class or jar.");
            }
            if (!option.startsWith("-")) {
                throw new SysimgException("check takes JVM options after --, and \"" + option + "\" is not one; give options only, "
                        + "such as check --image FILE -- -Xmx2g -XX:+UseParallelGC.");
            }
        }
    }
}
