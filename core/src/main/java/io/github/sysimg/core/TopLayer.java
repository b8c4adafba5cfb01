package io.github.sysimg.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The incremental image ({@link ImageKind#CDS_TOP_LAYER}): a dynamic CDS archive over the JDK's default archive,
 * written by a JVM that loads exactly an image's class list ({@link LayerLoader}) under
 * {@code -XX:ArchiveClassesAtExit}. The layer holds only what the JDK's archive lacks, and when the JVM refuses it
 * (a class path in another order, say) the JDK's archive under it stays in use, where a refused static archive
 * leaves the JVM without any sharing.
 *
 * <p>The loader runs from the boot class path append as a class file of version 49, which the JVM never archives.
 * A dynamic archive requires at run time the whole application class path of the run that wrote it (and the module
 * path), so the loader cannot go there. JDK 17 does not require the boot class path append at run time, but does
 * require its jar to exist unchanged: the loader's jar stays beside the image ({@link #loaderJarOf}). JDK 24+
 * requires the append itself (hence {@link #FIRST_REFUSING_FEATURE}).
 */
final class TopLayer {
    /** The first JDK that requires a top layer's boot class path append at run time, so cannot take this layer. */
    static final int FIRST_REFUSING_FEATURE = 24;

    private TopLayer() {
    }

    /** The dump command: the JVM that writes the layer {@code layer} for {@code jars} from {@code classList}. */
    static List<String> command(Jdk jdk, ClassPath jars, Path classList, Path layer, Path loaderJar) {
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.add("-XX:ArchiveClassesAtExit=" + layer);
        command.add("-Xbootclasspath/a:" + loaderJar);
        command.add("-cp");
        command.add(jars.toPathString());
        command.add(LayerLoader.class.getName());
        command.add(classList.toString());
        return command;
    }

    /** The command that checks a written layer as a program would use it: strict, with exactly the image's class path. */
    static List<String> checkCommand(Jdk jdk, ClassPath jars, Path layer) {
        List<String> command = new ArrayList<>();
        command.add(jdk.javaExecutable().toString());
        command.addAll(ImageKind.CDS_TOP_LAYER.runOptions(layer));
        command.add(ImageKind.CDS_TOP_LAYER.strictOption());
        command.add("-cp");
        command.add(jars.toPathString());
        command.add("-version");
        return command;
    }

    /** Where the loader's jar of a top layer stays: in the image's folder of jars, {@code IMAGE.classes/}. */
    public static Path loaderJarOf(Path image) {
        Path target = image.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + ".classes").resolve("sysimg-layer-loader.jar");
    }

    /**
     * Writes the jar of {@link LayerLoader}, rewritten to class file version 49 so that the JVM never archives it.
     * An existing jar of the same content is left as it is: the JVM checks its size and modification time, and other
     * layers in the same folder may rely on it.
     */
    static void writeLoaderJar(Path jar) throws IOException {
        String entryName = LayerLoader.class.getName().replace('.', '/') + ".class";
        byte[] original;
        try (InputStream in = LayerLoader.class.getResourceAsStream("/" + entryName)) {
            if (in == null) {
                throw new IOException("the tool's own " + entryName + " is missing");
            }
            original = in.readAllBytes();
        }
        byte[] content = UnarchivedClass.jar(LayerLoader.class.getName(), original);
        if (Files.isRegularFile(jar) && java.util.Arrays.equals(Files.readAllBytes(jar), content)) {
            return;
        }
        Files.createDirectories(jar.getParent());
        AtomicFiles.write(jar, out -> out.write(content));
    }

    /** The [sysimg] line the loader printed, or an empty string. */
    static String summary(String output) {
        return output.lines().filter(l -> l.startsWith("[sysimg]")).findFirst().orElse("");
    }
}
