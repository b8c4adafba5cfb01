package io.github.sysimg.launcher;

import io.github.sysimg.core.Hashes;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * The jars this CLI ships inside itself, as JaCoCo ships its agent: the recording agent, the forked runner, the
 * JUnit extension and one JUnit Platform launcher per platform line. Each is extracted once into a folder under
 * the system's temporary directory named by its content's hash: two builds of the same tool version, run at the
 * same time, each keep their own jars.
 */
final class EmbeddedJars {
    private static final String PREFIX = "embedded/";
    private final Path folder;

    EmbeddedJars() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        this.folder = Path.of(System.getProperty("java.io.tmpdir"), "sysimg-tests-" + user, ImageMetadata.currentToolVersion());
    }

    Path agent() {
        return extract("sysimg-agent.jar");
    }

    Path runner() {
        return extract("sysimg-runner.jar");
    }

    Path extension() {
        return extract("sysimg-junit-extension.jar");
    }

    /** The embedded junit-platform-launcher jar of exactly this version, if shipped. */
    Optional<Path> junitLauncher(String version) {
        String name = "junit/junit-platform-launcher-" + version + ".jar";
        return EmbeddedJars.class.getResource(PREFIX + name) == null ? Optional.empty() : Optional.of(extract(name));
    }

    /** The versions of the shipped JUnit Platform launchers. */
    static final String[] SHIPPED_LAUNCHERS = {"1.9.3", "1.10.3", "1.11.4", "1.12.2", "1.13.4", "1.14.1", "6.0.3", "6.1.3"};

    private Path extract(String name) {
        try (InputStream in = EmbeddedJars.class.getResourceAsStream(PREFIX + name)) {
            if (in == null) {
                throw new SysimgException("This sysimg-tests jar lacks its embedded " + name + "; rebuild it with mvn package.");
            }
            byte[] bytes = in.readAllBytes();
            Path target = folder.resolve(Hashes.sha256(bytes).substring(0, 16)).resolve(name);
            // Same content, not just the same size: a rebuilt snapshot of the tool often has jars of the same size.
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), name.replace('/', '_'), ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new SysimgException("Cannot extract " + name + " into \"" + folder + "\" (" + e.getMessage()
                    + "); make the temporary directory writable or set -Djava.io.tmpdir.", e);
        }
    }
}
