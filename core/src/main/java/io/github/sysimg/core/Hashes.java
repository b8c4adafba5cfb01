package io.github.sysimg.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 hashes, in lowercase hex: what tells that a jar, a folder or a text is still the one something was made from. */
public final class Hashes {

    private Hashes() {
    }

    /** The SHA-256 of these bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The SHA-256 of a text's UTF-8 bytes. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of a file's bytes, read as a stream.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The content hash of a class path entry: a jar's bytes, or a folder's files (their relative paths and bytes). The
     * same content gives the same hash, wherever the folder is and whatever the files' times.
     *
     * @throws UncheckedIOException when the entry cannot be read
     */
    public static String contentHash(Path entry) {
        if (!Files.isDirectory(entry)) {
            return sha256(entry);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(entry)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(entry.relativize(file).toString().replace(java.io.File.separatorChar, '/')).append('\0')
                    .append(sha256(file)).append('\n');
        }
        return sha256(text.toString());
    }

    /** The first eight hex digits of a text's hash: a short, stable name part. */
    static String shortHash(String text) {
        return sha256(text).substring(0, 8);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
