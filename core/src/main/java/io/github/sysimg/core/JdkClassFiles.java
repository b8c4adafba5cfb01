package io.github.sysimg.core;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the class files of a JDK's runtime image ({@code jrt:/}), which may be another JDK than the one running. */
final class JdkClassFiles implements AutoCloseable {
    private final FileSystem jrt;
    private final Map<String, Path> moduleByPackage = new HashMap<>();

    JdkClassFiles(Jdk jdk) throws IOException {
        jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", jdk.home().toString()));
        try (Stream<Path> packages = Files.list(jrt.getPath("/packages"))) {
            packages.forEach(pkg -> {
                try (Stream<Path> modules = Files.list(pkg)) {
                    modules.findFirst().ifPresent(m -> moduleByPackage.put(pkg.getFileName().toString().replace('.', '/'),
                            jrt.getPath("/modules", m.getFileName().toString())));
                } catch (IOException e) {
                    // a package the image cannot list holds no class this reads
                }
            });
        }
    }

    /** The bytes of a JDK class by internal name, or null if the runtime image has none. */
    byte[] read(String internalName) {
        int slash = internalName.lastIndexOf('/');
        Path module = slash < 0 ? null : moduleByPackage.get(internalName.substring(0, slash));
        if (module == null) {
            return null;
        }
        try {
            return Files.readAllBytes(module.resolve(internalName + ".class"));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            jrt.close();
        } catch (IOException ignored) {
            // read-only use
        }
    }
}
