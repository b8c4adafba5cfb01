package io.github.sysimg.launcher;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.Jdk;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: does the image still fit this JDK, these jars and this class path? */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check that an image fits: the same JDK build, unchanged jars, and a class path that starts with the image's.",
                "Exit 0 when it fits; 1 with one line a reason when it does not."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--image", paramLabel = "FILE", required = true, description = "The image to check.")
    Path image;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH", description = "The class path the program will start with.")
    String classPath;

    @Option(names = "--java-home", paramLabel = "DIR", description = "The JDK that will run the program. Default: the JDK running this tool.")
    Path javaHome;

    @Override
    public Integer call() {
        ExistingImage existing = ExistingImage.open(image, javaHome);
        Jdk jdk = existing.jdk();
        ImageMetadata metadata = existing.metadata();
        ClassPath run = classPath == null ? null : ClassPath.parse(List.of(classPath));
        List<String> reasons = metadata.check(image, jdk, run);
        if (reasons.isEmpty()) {
            System.out.println("Image " + image + " fits: " + jdk.describe() + ", " + metadata.entries().size() + " unchanged jars"
                    + (run == null ? "." : ", and the class path starts with the image's."));
            return SysimgTests.OK;
        }
        for (String reason : reasons) {
            System.out.println("stale: " + reason);
        }
        return 1;
    }
}
