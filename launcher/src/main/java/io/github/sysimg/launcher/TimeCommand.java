package io.github.sysimg.launcher;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code time}: how much sooner a program finishes with the image than without, measured as the benchmark does:
 * both forms in each round, their order alternating, so a machine's drift hits both alike.
 */
@Command(name = "time", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a program N times with the image and N times without it (the JDK's default archive), interleaved,",
                "and print the median wall times and their ratio with a 90%% bootstrap interval. The last line is 'ratio R'",
                "(with the image over without: below 1 is faster).",
                "Usage: time --image FILE [--runs N] [--class-path CP] -- MAINCLASS [ARGS...]   or   time --image FILE -- java [OPTIONS] MAINCLASS [ARGS...]"})
final class TimeCommand implements Callable<Integer> {
    @Mixin
    ExistingImageOptions target = new ExistingImageOptions();

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11", description = "Timed runs of each form, after one warm-up run each. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "How long one run may take. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Parameters(paramLabel = "COMMAND", arity = "1..*", description = "The main class and its arguments, or a whole java command.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new SysimgException("--runs " + runs + " is not a number of runs; give 1 or more (11 or more for a useful interval).");
        }
        ExistingImage existing = target.open(command);
        Jdk jdk = existing.jdk();
        ImageMetadata metadata = existing.metadata();
        List<String> javaArgs = ProgramCommand.javaArgs(command, target.classPath, metadata.classPath());
        List<String> plain = new ArrayList<>();
        plain.add(jdk.javaExecutable().toString());
        plain.addAll(javaArgs);
        List<String> withImage = new ArrayList<>();
        withImage.add(jdk.javaExecutable().toString());
        withImage.add("@" + io.github.sysimg.core.ArgFile.of(target.image.toAbsolutePath()));
        // strict: a refused image must fail here, not be timed as if it were used
        withImage.add(metadata.kind().strictOption());
        withImage.addAll(javaArgs);

        int refused = run(withImage);
        if (refused != 0) {
            System.out.println("The program exited with code " + refused + " with the image in the JVM's strict mode: the JVM refused the "
                    + "image or the program failed; run verify with the same arguments to see which.");
            return SysimgCommand.TESTS_FAILED;
        }
        int failed = run(plain);
        if (failed != 0) {
            System.out.println("The program exited with code " + failed + " without the image; fix the command first.");
            return SysimgCommand.TESTS_FAILED;
        }
        double[] without = new double[runs];
        double[] with = new double[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                without[i] = timed(plain);
                with[i] = timed(withImage);
            } else {
                with[i] = timed(withImage);
                without[i] = timed(plain);
            }
        }
        double medianWithout = median(without);
        double medianWith = median(with);
        double ratio = medianWith / medianWithout;
        double[] interval = interval(with, without);
        System.out.printf("without the image: median %.1f ms (%d runs)%n", medianWithout, runs);
        System.out.printf("with the image:    median %.1f ms (%d runs)%n", medianWith, runs);
        System.out.printf("90%% interval of the ratio: [%.3f, %.3f] (bootstrap over the %d interleaved rounds)%n", interval[0], interval[1], runs);
        String hint = slowerHint(interval, metadata.kind());
        if (hint != null) {
            System.out.println(hint);
        }
        System.out.printf("ratio %.3f%n", ratio);
        return SysimgCommand.OK;
    }

    /**
     * What to say when the image made the program slower beyond doubt (the whole 90% interval above 1), or null. An AOT
     * cache loads and links every class it holds at each start-up, so a program that uses a small part of a large
     * image pays for the rest; a CDS archive loads its classes only when the program asks for them.
     */
    static String slowerHint(double[] interval, ImageKind kind) {
        if (interval[0] <= 1) {
            return null;
        }
        if (kind == ImageKind.AOT_CACHE) {
            return "The image made this program slower: an AOT cache loads and links every class it holds at each start-up, "
                    + "and this program uses too few of them to gain it back; build the image with --image-kind cds, whose "
                    + "classes load only when used, and time it again.";
        }
        return "The image made this program slower than the JDK's default archive: it holds many classes this program "
                + "does not use; an image of fewer tests (a narrower --select-package) holds fewer.";
    }

    private int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new SysimgException("The program ran longer than " + timeoutSeconds + " s; give a program that ends, or a longer --timeout.");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new SysimgException("Cannot start \"" + command.get(0) + "\" (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("Interrupted while timing the program.", e);
        }
    }

    /** Wall time of one run, in milliseconds; a failed run stops the timing. */
    private double timed(List<String> command) {
        long start = System.nanoTime();
        int exit = run(command);
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new SysimgException("A timed run exited with code " + exit + " (" + (command.get(1).startsWith("@") ? "with" : "without")
                    + " the image); the program must succeed every time to be timed.");
        }
        return ms;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A 90% bootstrap interval of the ratio of medians, resampling whole rounds (a fixed seed: the same data, the same interval). */
    static double[] interval(double[] with, double[] without) {
        Random random = new Random(42);
        int n = with.length;
        double[] ratios = new double[1000];
        double[] a = new double[n];
        double[] b = new double[n];
        for (int r = 0; r < ratios.length; r++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                a[i] = with[k];
                b[i] = without[k];
            }
            ratios[r] = median(a) / median(b);
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (0.05 * ratios.length)], ratios[(int) (0.95 * ratios.length) - 1]};
    }
}
