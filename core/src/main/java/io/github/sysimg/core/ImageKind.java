package io.github.sysimg.core;

import java.nio.file.Path;
import java.util.List;

/** The two kinds of start-up image a JDK can use. */
public enum ImageKind {
    /** A static CDS archive (JDK 13+): archived, pre-parsed classes, loaded on demand; replaces the JDK's default archive. */
    CDS_ARCHIVE("jsa", "cds", "CDS archive"),
    /** An AOT cache (JDK 24+): classes archived and linked ahead of time, loaded at start-up. */
    AOT_CACHE("aot", "aot", "AOT cache"),
    /**
     * A dynamic CDS archive: a top layer over the JDK's default archive, which stays in use when the JVM refuses the
     * layer (another class path, say), where a refused static archive leaves the JVM with no sharing at all.
     */
    CDS_TOP_LAYER("jsa", "cds-top-layer", "CDS top layer");

    private final String extension;
    private final String option;
    private final String label;

    ImageKind(String extension, String option, String label) {
        this.extension = extension;
        this.option = option;
        this.label = label;
    }

    /** What this kind is called in messages: "CDS archive", "AOT cache", "CDS top layer". */
    public String label() {
        return label;
    }

    /** Whether the image is a layer over the JDK's default archive ({@code --incremental}) rather than a full image. */
    public boolean incremental() {
        return this == CDS_TOP_LAYER;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The word for this kind in {@code .meta} and for {@code --image-kind cds|aot}. */
    public String option() {
        return option;
    }

    /** The kind named by a user's word, or null if none. */
    public static ImageKind ofOption(String word) {
        for (ImageKind kind : values()) {
            if (kind.option.equalsIgnoreCase(word)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind a user asked for: {@code word} ({@code cds}, {@code aot}) and whether a top layer ({@code incremental});
     * the JDK's default kind when no word is given. Whether {@code jdk} can make it is {@link ImageBuilder#checkTarget}'s
     * question.
     *
     * @param word the kind's word, or null or blank for the default
     */
    public static ImageKind chosen(String word, boolean incremental, Jdk jdk) {
        String given = word == null || word.isBlank() ? null : word.strip();
        ImageKind kind = given == null ? (incremental ? CDS_ARCHIVE : jdk.defaultImageKind()) : ofOption(given);
        if (kind == null || given != null && kind.incremental()) {
            throw new SysimgException(Setting.IMAGE_KIND, s -> "Unknown image kind \"" + word + "\"; "
                    + s.either(Setting.IMAGE_KIND, "cds", "aot") + ".");
        }
        if (incremental && kind == AOT_CACHE) {
            throw new SysimgException(Setting.INCREMENTAL, s -> s.of(Setting.IMAGE_KIND, "aot") + " and " + s.of(Setting.INCREMENTAL)
                    + " do not go together: an AOT cache replaces the JDK's default archive and takes no top layer; leave out one of them.");
        }
        return incremental ? CDS_TOP_LAYER : kind;
    }

    /** The JVM options that start a program with {@code image}; the JVM falls back silently if it does not fit. */
    public List<String> runOptions(Path image) {
        String path = image.toAbsolutePath().toString();
        return this == AOT_CACHE ? List.of("-XX:AOTCache=" + path) : List.of("-XX:SharedArchiveFile=" + path);
    }

    /** The option that makes the JVM fail instead of silently running without the image. */
    public String strictOption() {
        return this == AOT_CACHE ? "-XX:AOTMode=on" : "-Xshare:on";
    }
}
