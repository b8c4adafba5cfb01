package io.github.sysimg.bench.ionarrow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.commons.io.FilenameUtils;
import org.apache.commons.io.IOUtils;

/** Reads a stream into lines and takes paths apart: IOUtils and FilenameUtils. */
public final class IoNarrowApp {

    private IoNarrowApp() {
    }

    public static void main(String[] args) throws IOException {
        String listing = "/var/log/app/server.log\n/home/ada/notes/engine.txt\nC:\\Users\\grace\\cobol.tar.gz\n";
        try (InputStream in = new ByteArrayInputStream(listing.getBytes(StandardCharsets.UTF_8))) {
            for (String path : IOUtils.readLines(in, StandardCharsets.UTF_8)) {
                System.out.println(FilenameUtils.getName(path) + " base=" + FilenameUtils.getBaseName(path)
                        + " ext=" + FilenameUtils.getExtension(path) + " in " + FilenameUtils.getFullPathNoEndSeparator(path));
            }
        }
    }
}
