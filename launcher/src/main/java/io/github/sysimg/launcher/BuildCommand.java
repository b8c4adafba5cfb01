package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.ImageLock;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: an image from existing statements files, without running tests (PackageCompiler's precompile_statements_file). */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Build an image from existing statements files, merged, without running tests.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "FILE", arity = "1..*", required = true,
            description = "Statements files to merge. This option can be repeated.")
    List<Path> statements = new ArrayList<>();

    @Option(names = "--image-class-path", paramLabel = "PATH",
            description = "The class path the image is made for. Default: the one recorded in the first statements file.")
    String imageClassPath;

    @Option(names = "--image", paramLabel = "FILE", description = "Where to write the image. Default: sysimg.jsa (JDK 17-23) or sysimg.aot (JDK 24+).")
    Path image;

    @Option(names = "--image-kind", paramLabel = "KIND", description = "cds or aot (JDK 24+). Default: aot on JDK 24+, else cds.")
    String imageKind;

    @Option(names = "--incremental", description = "A CDS top layer over the JDK's default archive (JDK 17 to 23) instead of a full image.")
    boolean incremental;

    @Option(names = "--java-home", paramLabel = "DIR", description = "The JDK the image is for. Default: the JDK running this tool.")
    Path javaHome;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write DIR/index.html, one self-contained page on the merged statements and the image (see the main command's --report).")
    Path report;

    @Override
    public Integer call() {
        Jdk jdk = javaHome == null ? Jdk.current() : Jdk.at(javaHome);
        ImageKind kind = SysimgCommand.imageKind(imageKind, incremental, jdk);
        Path target = image != null ? image : Path.of("sysimg." + kind.extension());
        ImageBuilder.checkTarget(jdk, kind, target);
        try (ImageLock lock = ImageLock.acquire(target)) {
            return build(jdk, kind, target);
        }
    }

    private int build(Jdk jdk, ImageKind kind, Path target) {
        List<StatementsFile> files = new ArrayList<>();
        java.util.Map<String, StatementsFile> byName = new java.util.LinkedHashMap<>();
        for (Path file : statements) {
            StatementsFile read = StatementsReader.read(file);
            read.warnings().forEach(w -> System.err.println("sysimg-tests: warning: " + w));
            files.add(read);
            byName.put(file.toString(), read);
        }
        StatementsFile.recordedOnOtherJdk(byName, jdk).ifPresent(line -> System.err.println("sysimg-tests: warning: " + line));
        StatementsFile merged = StatementsFile.merge(files, files.get(0).header());
        if (merged.statements().isEmpty()) {
            throw new SysimgException("The statements file" + (files.size() > 1 ? "s hold" : " \"" + statements.get(0) + "\" holds")
                    + " no statements; record a workload first.");
        }
        String cp = imageClassPath != null ? imageClassPath : merged.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH);
        if (cp == null || cp.isBlank()) {
            throw new SysimgException("No image class path given and none recorded in the statements; give --image-class-path.");
        }
        ClassPath classPath = ClassPath.parse(List.of(cp)).requireExisting(io.github.sysimg.core.Setting.IMAGE_CLASS_PATH);
        ImageBuilder.Result result = StatementsPipeline.build(jdk, kind, classPath, merged, target, null);
        if (report != null) {
            System.out.println("Report: " + io.github.sysimg.launcher.report.Reports.write(report, merged, classPath, List.of(),
                    io.github.sysimg.launcher.report.ImageFacts.of(result)));
        }
        return SysimgCommand.OK;
    }

}
