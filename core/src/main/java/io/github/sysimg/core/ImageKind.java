package io.github.sysimg.core;

import java.nio.file.Path;
import java.util.List;

/** The two kinds of start-up image a JDK can use. */
public enum ImageKind {
    /** A static CDS archive (JDK 13+): archived, pre-parsed classes, loaded on demand. */
    CDS_ARCHIVE("jsa", "cds"),
    /** An AOT cache (JDK 24+): classes archived and linked ahead of time, loaded at start-up. */
    AOT_CACHE("aot", "aot");

    private final String extension;
    private final String option;

    ImageKind(String extension, String option) {
        this.extension = extension;
        this.option = option;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The word users give for this kind ({@code --image-kind cds|aot}). */
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
