package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImagePipeline;
import io.github.sysimg.core.ImageRequest;
import io.github.sysimg.core.ImageLock;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.Setting;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: an image from existing statements files, without running tests (PackageCompiler's precompile_statements_file). */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Build an image from existing statements files, merged, without running tests.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--statements", paramLabel = "FILE", arity = "1..*", required = true,
            description = "Statements files to merge. This option can be repeated.")
    List<Path> statements = new ArrayList<>();

    @Option(names = "--image-class-path", paramLabel = "PATH",
            description = "The class path the image is made for. Default: the one recorded in the first statements file.")
    String imageClassPath;

    @Mixin
    ImageTarget target = new ImageTarget();

    @Option(names = "--report", paramLabel = "DIR",
            description = "Write DIR/index.html, one self-contained page on the merged statements and the image (see the main command's --report).")
    Path report;

    @Override
    public Integer call() {
        ImageTarget.Chosen chosen = target.choose();
        try (ImageLock lock = ImageLock.acquire(chosen.image())) {
            return build(chosen);
        }
    }

    private int build(ImageTarget.Chosen chosen) {
        List<StatementsFile> files = ImagePipeline.read(statements, Path::toString, chosen.jdk(),
                warning -> spec.commandLine().getErr().println("sysimg-tests: warning: " + warning));
        StatementsFile merged = StatementsFile.merge(files, files.get(0).header());
        if (merged.statements().isEmpty()) {
            throw new SysimgException("The statements file" + (files.size() > 1 ? "s hold" : " \"" + statements.get(0) + "\" holds")
                    + " no statements; record a workload first.");
        }
        String cp = imageClassPath != null ? imageClassPath : merged.header().get(StatementsFile.HEADER_IMAGE_CLASS_PATH);
        if (cp == null || cp.isBlank()) {
            throw new SysimgException("No image class path given and none recorded in the statements; give --image-class-path.");
        }
        ClassPath classPath = ClassPath.parse(List.of(cp)).requireExisting(Setting.IMAGE_CLASS_PATH);
        ImageRequest request = new ImageRequest(chosen.jdk(), chosen.kind(), classPath, ClassPath.empty(), chosen.image(), null, List.of(), null);
        ImageBuilder.Result result = ImagePipeline.buildImage(request, merged, System.out::println);
        SysimgCommand.printStart(spec.commandLine().getOut(), chosen.jdk(), result);
        if (report != null) {
            spec.commandLine().getOut().println("Report: " + io.github.sysimg.launcher.report.Reports.write(report, merged, classPath, List.of(),
                    io.github.sysimg.launcher.report.ImageFacts.of(result)));
        }
        return SysimgCommand.OK;
    }
}
