package io.github.sysimg.core;

import io.github.sysimg.core.classlist.ClassListLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A JDK's default CDS archives ({@code lib/server/classes*.jsa}, used by every {@code java} of that JDK without a
 * flag): replaced by one made from a workload's class list, with a backup of the JDK's own kept beside them the first
 * time, and put back byte for byte.
 *
 * <p>Each archive the JDK has is regenerated from the same class list with the flags it is for (the JDK build makes
 * {@code classes_nocoops.jsa} with {@code -XX:-UseCompressedOops}, and JDK 24+ builds may add the compact object
 * headers ones), so a JVM with a large heap or ZGC starts as well as one with the default flags.
 */
public final class DefaultArchive {

    /** One default archive file and the dump options it is made for. */
    public record Variant(String file, List<String> dumpOptions) {
    }

    static final List<Variant> VARIANTS = List.of(
            new Variant("classes.jsa", List.of()),
            new Variant("classes_nocoops.jsa", List.of("-XX:-UseCompressedOops")),
            new Variant("classes_coh.jsa", List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseCompactObjectHeaders")),
            new Variant("classes_nocoops_coh.jsa", List.of("-XX:-UseCompressedOops", "-XX:+UnlockExperimentalVMOptions",
                    "-XX:+UseCompactObjectHeaders")));

    /** Appended to an archive's name for the backup of the JDK's own. */
    public static final String BACKUP_SUFFIX = ".sysimg-backup";
    /** Beside the backups: the JDK build they came from and their SHA-256. */
    public static final String BACKUP_PROPERTIES = "sysimg-backup.properties";
    /** Beside an installed archive: when, from what workload, and its SHA-256. */
    public static final String INSTALLED_PROPERTIES = "sysimg-installed.properties";

    private static final String SHA = "sha256.";

    /** What {@link #status()} found. */
    public enum State {
        /** The JDK's own archives, no backup and no installed one. */
        OWN,
        /** The archives sysimg-tests installed, unchanged; the JDK's own kept as backups. */
        INSTALLED,
        /** Archives that are neither the JDK's own as backed up nor the installed ones. */
        OTHER
    }

    /** The state, and the properties that say since when and from what. */
    public record Status(State state, Properties installed, Properties backup) {
    }

    private final Jdk jdk;
    private final Path serverDir;

    private DefaultArchive(Jdk jdk) {
        this.jdk = jdk;
        this.serverDir = jdk.defaultArchive().getParent();
    }

    /** The default archives of {@code jdk}. */
    public static DefaultArchive of(Jdk jdk) {
        return new DefaultArchive(jdk);
    }

    /** The folder that holds the archives, their backups and the properties files. */
    public Path folder() {
        return serverDir;
    }

    /** The default archives this JDK has. */
    public List<Variant> present() {
        return VARIANTS.stream().filter(v -> Files.isRegularFile(serverDir.resolve(v.file()))).toList();
    }

    /** The backups of the JDK's own archives, if any. */
    public List<Path> backups() {
        return VARIANTS.stream().map(v -> serverDir.resolve(v.file() + BACKUP_SUFFIX)).filter(Files::isRegularFile).toList();
    }

    /**
     * The JDK build an archive is bound to: its release version and the SHA-256 of its JVM library and of its
     * runtime image ({@code lib/modules}), which a jlink image changes without changing the version.
     */
    public String build() {
        Path lib = serverDir.getParent();
        Path libjvm = Stream.of("libjvm.so", "libjvm.dylib", "jvm.dll").map(serverDir::resolve).filter(Files::isRegularFile)
                .findFirst().orElseThrow(() -> new SysimgException(Setting.JAVA_HOME, s -> "The JDK at \"" + jdk.home() + "\" has no JVM library in \""
                        + serverDir + "\"; give the root folder of a JDK with " + s.of(Setting.JAVA_HOME) + "."));
        return jdk.runtimeVersion() + " jvm:" + Hashes.sha256(libjvm).substring(0, 16) + " modules:" + Hashes.sha256(lib.resolve("modules")).substring(0, 16);
    }

    /**
     * Refuses a folder this process cannot write into, and one whose owner has no write permission on it: the
     * superuser can write anywhere, but a folder made read-only on purpose is left alone for it too.
     */
    public void requireWritable() {
        boolean writable = Files.isWritable(serverDir);
        try {
            writable &= Files.getPosixFilePermissions(serverDir).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: Files.isWritable alone decides
        }
        if (!writable) {
            throw new SysimgException("The JDK folder \"" + serverDir + "\" is not writable, so its default CDS archive cannot be "
                    + "replaced or restored; run as a user who may write there (or make the folder writable) and try again.");
        }
    }

    /**
     * Refuses an install that could not go through or could lose the JDK's own archive: a folder that is not writable,
     * no default archive, a backup from another build, or an installed archive whose backup is gone.
     *
     * @return the JDK's build
     */
    public String checkInstallable() {
        requireWritable();
        requireArchive();
        String build = build();
        Properties backup = read(serverDir.resolve(BACKUP_PROPERTIES));
        if (!backup.isEmpty()) {
            requireSameBuild(backup, build);
        } else if (status().state() == State.INSTALLED) {
            throw new SysimgException("The archive in \"" + serverDir + "\" is one sysimg-tests installed, but the backup of the JDK's own ("
                    + BACKUP_PROPERTIES + " and *.jsa" + BACKUP_SUFFIX + ") is gone; reinstall the JDK to get its own archive back.");
        }
        return build;
    }

    /** Refuses a JDK without a default archive: there is nothing to back up, and nothing to restore later. */
    public void requireArchive() {
        if (present().isEmpty()) {
            throw new SysimgException("The JDK at \"" + jdk.home() + "\" has no default CDS archive (" + jdk.defaultArchive()
                    + "), so there is none to replace; use a JDK that has one (a jlink image gets one with --generate-cds-archive).");
        }
    }

    /** Which archives are in place, and since when. */
    public Status status() {
        Properties installed = read(serverDir.resolve(INSTALLED_PROPERTIES));
        Properties backup = read(serverDir.resolve(BACKUP_PROPERTIES));
        if (installed.isEmpty() && backup.isEmpty()) {
            return new Status(State.OWN, installed, backup);
        }
        return new Status(!installed.isEmpty() && matches(installed) ? State.INSTALLED : State.OTHER, installed, backup);
    }

    private boolean matches(Properties recorded) {
        for (Variant v : present()) {
            if (!Hashes.sha256(serverDir.resolve(v.file())).equals(recorded.getProperty(SHA + v.file()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The class list of a default archive trained on workloads: the JDK's default list, then the JDK classes the
     * workloads loaded (classes of the runtime image only: a default archive has no class path), their lambdas and
     * method handle shapes. A lambda line is kept as often as one workload wrote it: the JVM archives one proxy
     * class a line and hands each out once.
     *
     * @param workloads each workload's {@code -XX:DumpLoadedClassList} lines
     */
    public List<String> classList(List<List<String>> workloads) {
        Set<String> jdkClasses = runtimeImageClasses();
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (String line : jdk.defaultClassListLines()) {
                if (seen.add(line)) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> lambdas = new LinkedHashMap<>();
        for (List<String> workload : workloads) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String raw : workload) {
                ClassListLine line = ClassListLine.parse(raw.strip());
                if (line == null) {
                    continue;
                }
                switch (line.kind()) {
                    case LAMBDA_PROXY -> {
                        if (jdkClasses.contains(line.owner())) {
                            counts.merge(line.text(), 1, Integer::sum);
                        }
                    }
                    case LAMBDA_FORM_INVOKER -> {
                        if (seen.add(line.text())) {
                            lines.add(line.text());
                        }
                    }
                    case CLASS -> {
                        // the id and super/interfaces words only matter for classes of custom loaders, never archived here
                        if (jdkClasses.contains(line.owner()) && seen.add(line.owner())) {
                            lines.add(line.owner());
                        }
                    }
                    default -> {
                        // other directives (JDK 24+ constant pool entries) belong to AOT-linked images, not a default archive
                    }
                }
            }
            counts.forEach((line, n) -> lambdas.merge(line, n, Math::max));
        }
        List<String> all = new ArrayList<>();
        for (String text : lines) {
            ClassListLine line = ClassListLine.parse(text);
            if (line != null && line.kind() == ClassListLine.Kind.LAMBDA_PROXY) {
                lambdas.merge(text, 1, Math::max);
            } else {
                all.add(text);
            }
        }
        lambdas.forEach((line, n) -> {
            for (int i = 0; i < n; i++) {
                all.add(line);
            }
        });
        return all;
    }

    /** The internal names of the classes in the JDK's runtime image. */
    private Set<String> runtimeImageClasses() {
        Set<String> names = new HashSet<>();
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", jdk.home().toString()));
             Stream<Path> files = Files.walk(jrt.getPath("/modules"))) {
            files.forEach(p -> {
                String s = p.toString();
                if (s.endsWith(".class") && !s.endsWith("/module-info.class")) {
                    int second = s.indexOf('/', "/modules/".length());
                    names.add(s.substring(second + 1, s.length() - ".class".length()));
                }
            });
        } catch (IOException e) {
            throw new SysimgException(Setting.JAVA_HOME, s -> "Cannot read the runtime image of the JDK at \"" + jdk.home() + "\" (" + e.getMessage()
                    + "); check the JDK given with " + s.of(Setting.JAVA_HOME) + ".", e);
        }
        return names;
    }

    /**
     * Dumps an archive for each default archive this JDK has from {@code classList}, backs up the JDK's own the first
     * time, and moves the new ones into place, each atomically.
     *
     * @param workload what the class list was trained on, for {@code status}
     * @return the installed properties
     */
    public Properties install(List<String> classList, String workload) {
        String build = checkInstallable();
        List<Variant> present = present();
        Properties backup = read(serverDir.resolve(BACKUP_PROPERTIES));
        Path list = null;
        Map<Variant, Path> dumped = new LinkedHashMap<>();
        try {
            list = Files.createTempFile("sysimg-default", ".classlist");
            Files.write(list, classList, StandardCharsets.UTF_8);
            for (Variant v : present) {
                Path target = serverDir.resolve(v.file());
                Path temp = AtomicFiles.temporarySibling(target);
                dumped.put(v, temp);
                dump(v, list, temp);
            }
            if (backup.isEmpty()) {
                backup = backUp(present, build);
            }
            Properties installed = new Properties();
            installed.setProperty("installed", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            installed.setProperty("workload", workload);
            installed.setProperty("classes", Long.toString(classList.stream().map(ClassListLine::parse).filter(l -> l != null && l.isClass()).count()));
            installed.setProperty("build", build);
            for (Map.Entry<Variant, Path> e : dumped.entrySet()) {
                Path target = serverDir.resolve(e.getKey().file());
                installed.setProperty(SHA + e.getKey().file(), Hashes.sha256(e.getValue()));
                copyPermissions(target, e.getValue());
                AtomicFiles.commit(e.getValue(), target);
            }
            write(serverDir.resolve(INSTALLED_PROPERTIES), installed, "sysimg-tests: the default CDS archives installed here");
            Optional<String> refusal = refusal();
            if (refusal.isPresent()) {
                restore();
                throw new SysimgException("The JDK at \"" + jdk.home() + "\" does not start with the new default archive (" + refusal.get()
                        + "), so the JDK's own was put back; please report this with the JDK's version.");
            }
            return installed;
        } catch (IOException e) {
            throw new SysimgException("Cannot write into \"" + serverDir + "\" (" + e + "); check that the folder is writable and has room.", e);
        } finally {
            for (Path temp : dumped.values()) {
                deleteQuietly(temp);
            }
            if (list != null) {
                deleteQuietly(list);
            }
        }
    }

    /** Why the JVM does not start with its default archive in strict mode, if it does not. */
    private Optional<String> refusal() throws IOException {
        Path log = Files.createTempFile("sysimg-default-check", ".log");
        try {
            Process p = new ProcessBuilder(jdk.javaExecutable().toString(), "-Xshare:on", "-version").redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return Optional.of("java -Xshare:on -version did not end within 2 minutes");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of(Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).findFirst().orElse("exit " + p.exitValue()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        } finally {
            deleteQuietly(log);
        }
    }

    private void dump(Variant v, Path classList, Path archive) throws IOException {
        List<String> command = new ArrayList<>(List.of(jdk.javaExecutable().toString(), "-Xshare:dump"));
        command.addAll(v.dumpOptions());
        command.addAll(List.of("-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive));
        Path log = Files.createTempFile("sysimg-default-dump", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new SysimgException("Dumping " + v.file() + " with the JDK at \"" + jdk.home() + "\" took over 10 minutes and was stopped; "
                        + "nothing was installed.");
            }
            if (p.exitValue() != 0 || Files.size(archive) == 0) {
                List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
                String last = out.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
                throw new SysimgException("The JDK at \"" + jdk.home() + "\" could not dump " + v.file() + " (exit " + p.exitValue() + ": " + last
                        + "); nothing was installed.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SysimgException("Interrupted while dumping " + v.file() + "; nothing was installed.", e);
        } finally {
            deleteQuietly(log);
        }
    }

    /** Copies each archive to its backup name, keeping its permissions and times, then records them. */
    private Properties backUp(List<Variant> present, String build) throws IOException {
        Properties backup = new Properties();
        backup.setProperty("backed-up", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        backup.setProperty("build", build);
        for (Variant v : present) {
            Path original = serverDir.resolve(v.file());
            Path target = serverDir.resolve(v.file() + BACKUP_SUFFIX);
            Path temp = AtomicFiles.temporarySibling(target);
            try {
                Files.copy(original, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                backup.setProperty(SHA + v.file(), Hashes.sha256(temp));
                AtomicFiles.commit(temp, target);
            } finally {
                deleteQuietly(temp);
            }
        }
        write(serverDir.resolve(BACKUP_PROPERTIES), backup, "sysimg-tests: the JDK's own default CDS archives, kept as *.jsa" + BACKUP_SUFFIX);
        return backup;
    }

    /**
     * Puts the JDK's own archives back from their backups, byte for byte with their permissions and times, and
     * removes the backups and the properties files.
     *
     * @return the backup's properties, or empty when there was nothing to restore
     */
    public Optional<Properties> restore() {
        Properties backup = read(serverDir.resolve(BACKUP_PROPERTIES));
        if (backup.isEmpty()) {
            if (!backups().isEmpty()) {
                throw new SysimgException("\"" + serverDir + "\" holds backups (*.jsa" + BACKUP_SUFFIX + ") but not " + BACKUP_PROPERTIES
                        + ", which says what build they came from; restore them by hand or reinstall the JDK.");
            }
            return Optional.empty();
        }
        requireWritable();
        requireSameBuild(backup, build());
        List<String> files = backup.stringPropertyNames().stream().filter(k -> k.startsWith(SHA)).map(k -> k.substring(SHA.length()))
                .sorted().toList();
        for (String file : files) {
            Path saved = serverDir.resolve(file + BACKUP_SUFFIX);
            if (!Files.isRegularFile(saved) || !Hashes.sha256(saved).equals(backup.getProperty(SHA + file))) {
                throw new SysimgException("The backup \"" + saved + "\" is " + (Files.isRegularFile(saved) ? "not the file that was backed up (its "
                        + "SHA-256 differs)" : "missing") + ", so it is not restored; reinstall the JDK to get its own archive back.");
            }
        }
        try {
            for (String file : files) {
                Files.move(serverDir.resolve(file + BACKUP_SUFFIX), serverDir.resolve(file), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(serverDir.resolve(INSTALLED_PROPERTIES));
            Files.deleteIfExists(serverDir.resolve(BACKUP_PROPERTIES));
        } catch (IOException e) {
            throw new SysimgException("Cannot restore into \"" + serverDir + "\" (" + e + "); check that the folder is writable.", e);
        }
        return Optional.of(backup);
    }

    private void requireSameBuild(Properties backup, String build) {
        String recorded = backup.getProperty("build", "");
        if (!recorded.equals(build)) {
            throw new SysimgException("The backup in \"" + serverDir + "\" was made from another JDK build (" + recorded + ") than the one there now ("
                    + build + "), so it is neither restored nor replaced; if that JDK was updated in place, its archives are its own again: "
                    + "delete " + BACKUP_PROPERTIES + " and the *.jsa" + BACKUP_SUFFIX + " files there.");
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its defaults apply
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new SysimgException("Cannot read \"" + file + "\" (" + e.getMessage() + "); check its permissions.", e);
            }
        }
        return p;
    }

    private static void write(Path file, Properties p, String comment) {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        for (Map.Entry<String, String> e : new TreeMap<>(toMap(p)).entrySet()) {
            text.append(e.getKey()).append('=').append(e.getValue().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        }
        AtomicFiles.write(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file: also marked delete-on-exit
        }
    }
}
