package io.github.sysimg.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What an image is bound to: the JDK build, the image class path with each jar's size and content hash, the
 * statements it came from and the tool version. The JVM checks some of this itself, but falls back silently when
 * it does not fit, and some JDK builds do not check jars of AOT caches at all (JDK-8377932); {@link #check} tells.
 *
 * @param toolVersion       the sysimg-tests version that built the image
 * @param jdkVendor         the JDK's implementor
 * @param jdkVersion        the JDK's full runtime version
 * @param kind              the image kind
 * @param entries           the image class path, with sizes and hashes
 * @param statementsSha256  the hash of the statements text the image came from
 * @param extraRunOptions   the JVM options every start with the image needs besides the kind's own (see
 *                          {@link ApplicationStart#RUN_OPTIONS}); empty for most images
 */
public record ImageMetadata(String toolVersion, String jdkVendor, String jdkVersion, ImageKind kind,
                            List<Entry> entries, String statementsSha256, List<String> extraRunOptions) {

    public ImageMetadata {
        extraRunOptions = List.copyOf(extraRunOptions);
    }

    /** Metadata of an image that needs no options besides its kind's. */
    public ImageMetadata(String toolVersion, String jdkVendor, String jdkVersion, ImageKind kind, List<Entry> entries,
                         String statementsSha256) {
        this(toolVersion, jdkVendor, jdkVersion, kind, entries, statementsSha256, List.of());
    }

    /** The JVM options that start a program with {@code image}, this metadata's image: what its argfile holds. */
    public List<String> runOptions(Path image) {
        List<String> options = new ArrayList<>(extraRunOptions);
        options.addAll(kind.runOptions(image));
        return options;
    }

    /**
     * One jar of the image class path.
     *
     * @param source       the directory or jar the tool made this jar from (a packed directory, a copied jar), else null
     * @param sourceSha256 the content hash of {@code source} when the image was made, else null
     */
    public record Entry(Path path, long size, String sha256, Path source, String sourceSha256) {
        /** A jar of the user's own, used as it is. */
        public Entry(Path path, long size, String sha256) {
            this(path, size, sha256, null, null);
        }
    }

    /** The version of this sysimg-tests build. */
    public static String currentToolVersion() {
        try (InputStream in = ImageMetadata.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The metadata file that goes with an image: {@code sysimg.jsa} gets {@code sysimg.jsa.meta}. */
    public static Path fileOf(Path image) {
        return image.resolveSibling(image.getFileName() + ".meta");
    }

    /**
     * The metadata of an image about to be built, some of whose jars the tool made from the user's directories or jars.
     *
     * @param sources for each jar the tool made, the directory or jar it was made from
     */
    public static ImageMetadata of(Jdk jdk, ImageKind kind, ClassPath jars, StatementsFile statements, java.util.Map<Path, Path> sources,
                                   List<String> extraRunOptions) {
        List<Entry> entries = new ArrayList<>();
        for (Path jar : jars.entries()) {
            Entry entry = describe(jar);
            Path source = sources.get(jar);
            entries.add(source == null ? entry : new Entry(entry.path(), entry.size(), entry.sha256(), source, contentHash(source)));
        }
        String statementsHash = Hashes.sha256(StatementsWriter.toText(statements));
        return new ImageMetadata(currentToolVersion(), jdk.vendor(), jdk.runtimeVersion(), kind, entries, statementsHash, extraRunOptions);
    }

    private static Entry describe(Path jar) {
        try {
            return new Entry(jar, Files.size(jar), Hashes.sha256(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content hash of a jar, or of a directory's files; null if it cannot be read. */
    private static String contentHash(Path entry) {
        try {
            return Hashes.contentHash(entry);
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    /** Writes the metadata as a properties file. */
    public void writeTo(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("# sysimg-tests image metadata: what the image is bound to\n");
        text.append("tool.version=").append(escape(toolVersion)).append('\n');
        text.append("jdk.vendor=").append(escape(jdkVendor)).append('\n');
        text.append("jdk.version=").append(escape(jdkVersion)).append('\n');
        text.append("image.kind=").append(kind.option()).append('\n');
        text.append("statements.sha256=").append(statementsSha256).append('\n');
        for (int i = 0; i < extraRunOptions.size(); i++) {
            text.append("run.option.").append(i).append('=').append(escape(extraRunOptions.get(i))).append('\n');
        }
        text.append("classpath.count=").append(entries.size()).append('\n');
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            text.append("classpath.").append(i).append(".path=").append(escape(entry.path().toString())).append('\n');
            text.append("classpath.").append(i).append(".size=").append(entry.size()).append('\n');
            text.append("classpath.").append(i).append(".sha256=").append(entry.sha256()).append('\n');
            if (entry.source() != null) {
                text.append("classpath.").append(i).append(".source=").append(escape(entry.source().toString())).append('\n');
                text.append("classpath.").append(i).append(".source.sha256=").append(entry.sourceSha256()).append('\n');
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == ':' || c == '=' || c == '#' || c == '!') {
                out.append('\\').append(c);
            } else if (c > 0x7e || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads the metadata beside {@code image}. */
    public static ImageMetadata readFor(Path image) {
        Path file = fileOf(image);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            throw new SysimgException("Image \"" + image + "\" has no metadata file \"" + file.getFileName()
                    + "\" beside it; build the image with sysimg-tests (or rebuild it).");
        } catch (IOException e) {
            throw new SysimgException("Cannot read \"" + file + "\" (" + e.getMessage() + "); rebuild the image.", e);
        }
        try {
            int count = Integer.parseInt(p.getProperty("classpath.count"));
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String source = p.getProperty("classpath." + i + ".source");
                entries.add(new Entry(Path.of(p.getProperty("classpath." + i + ".path")),
                        Long.parseLong(p.getProperty("classpath." + i + ".size")), p.getProperty("classpath." + i + ".sha256"),
                        source == null ? null : Path.of(source), p.getProperty("classpath." + i + ".source.sha256")));
            }
            ImageKind kind = ImageKind.ofOption(p.getProperty("image.kind", ""));
            if (kind == null) {
                throw new IllegalArgumentException("unknown image kind");
            }
            List<String> runOptions = new ArrayList<>();
            for (int i = 0; p.getProperty("run.option." + i) != null; i++) {
                runOptions.add(p.getProperty("run.option." + i));
            }
            return new ImageMetadata(p.getProperty("tool.version"), p.getProperty("jdk.vendor"), p.getProperty("jdk.version"),
                    kind, entries, p.getProperty("statements.sha256"), runOptions);
        } catch (RuntimeException e) {
            throw new SysimgException("The metadata file \"" + file + "\" is damaged; rebuild the image.", e);
        }
    }

    /** The image class path. */
    public ClassPath classPath() {
        return ClassPath.of(entries.stream().map(Entry::path).toList());
    }

    /**
     * {@link #check}, and for a top layer whether the loader's jar beside it, which the JVM requires, is still there.
     *
     * @param image the image this metadata belongs to
     */
    public List<String> check(Path image, Jdk jdk, ClassPath classPath) {
        List<String> reasons = check(jdk, classPath);
        Path loader = TopLayer.loaderJarOf(image);
        if (kind.incremental() && !Files.isRegularFile(loader)) {
            reasons.add(loader + ", which the JVM requires beside a top layer, is gone; rebuild the image.");
        }
        return reasons;
    }

    /**
     * The reasons the image does not fit a run with this JDK and class path; empty when it fits.
     *
     * @param jdk      the JDK that would run the program
     * @param classPath the class path the program would start with, or null to check only the JDK and the jars
     */
    public List<String> check(Jdk jdk, ClassPath classPath) {
        List<String> reasons = new ArrayList<>();
        if (!jdk.runtimeVersion().equals(jdkVersion) || !jdk.vendor().equals(jdkVendor)) {
            reasons.add("the image was made with JDK " + jdkVendor + " " + jdkVersion + ", but the JDK at " + jdk.home()
                    + " is " + jdk.describe() + "; an image only works with the exact JDK build that made it.");
        }
        for (Entry entry : entries) {
            if (entry.source() != null) {
                String kindOfSource = Files.isDirectory(entry.source()) ? "directory " : "jar ";
                if (!Files.exists(entry.source())) {
                    reasons.add(entry.source() + ", which the image's " + entry.path().getFileName() + " was made from, is gone.");
                    continue;
                }
                String now = contentHash(entry.source());
                if (now == null || !now.equals(entry.sourceSha256())) {
                    reasons.add(kindOfSource + entry.source() + " changed since the image was made (its copy "
                            + entry.path().getFileName() + " in the image's class path is older).");
                    continue;
                }
            }
            if (!Files.isRegularFile(entry.path())) {
                reasons.add("jar " + entry.path() + " of the image class path is gone.");
                continue;
            }
            Entry now = describe(entry.path());
            if (now.size() != entry.size() || !now.sha256().equals(entry.sha256())) {
                reasons.add("jar " + entry.path() + " changed since the image was made (size " + entry.size() + " -> " + now.size()
                        + ", content hash differs).");
            }
        }
        if (classPath != null) {
            List<Path> run = classPath.entries();
            for (int i = 0; i < entries.size(); i++) {
                Path expected = entries.get(i).path();
                if (i >= run.size()) {
                    reasons.add("the class path has " + run.size() + " entries, but must start with the image's " + entries.size()
                            + " (missing " + expected + ").");
                    break;
                }
                if (!run.get(i).equals(expected)) {
                    reasons.add("class path entry " + (i + 1) + " is " + run.get(i) + ", but the image expects " + expected
                            + " there: the image's class path must be a prefix of the run's, in the same order.");
                    break;
                }
            }
        }
        return reasons;
    }
}
