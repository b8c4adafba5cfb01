package io.github.sysimg.bench.iobroad;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.FilenameUtils;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.LineIterator;
import org.apache.commons.io.file.Counters;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.io.filefilter.AgeFileFilter;
import org.apache.commons.io.filefilter.FileFilterUtils;
import org.apache.commons.io.filefilter.IOFileFilter;
import org.apache.commons.io.filefilter.TrueFileFilter;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReversedLinesFileReader;

/**
 * A backup tool: writes a project tree of text and log files, copies it, compares and checksums the copy,
 * selects files by suffix, size and age, scans a large log line by line and from its end, reads a file with a
 * byte order mark, and prints sizes and dates in several locales.
 */
public final class IoBroadApp {

    private IoBroadApp() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("io-broad");
        try {
            run(root.toFile());
        } finally {
            FileUtils.deleteDirectory(root.toFile());
        }
    }

    private static void run(File root) throws IOException {
        Random random = new Random(3);
        File source = new File(root, "project");
        Instant base = Instant.parse("2024-03-01T10:15:30Z");
        for (int d = 0; d < 10; d++) {
            File dir = new File(source, "module-" + d + "/src");
            for (int f = 0; f < 15; f++) {
                List<String> lines = new ArrayList<>();
                for (int l = 0; l < 5 + random.nextInt(60); l++) {
                    lines.add("line " + l + " of file " + f + " value " + random.nextInt(100_000));
                }
                File file = new File(dir, "file-" + f + (f % 3 == 0 ? ".log" : ".txt"));
                FileUtils.writeLines(file, StandardCharsets.UTF_8.name(), lines);
                Files.setLastModifiedTime(file.toPath(), FileTime.from(base.plusSeconds(86_400L * (d + f))));
            }
        }
        File copy = new File(root, "backup");
        FileUtils.copyDirectory(source, copy);
        Collection<File> all = FileUtils.listFiles(source, TrueFileFilter.INSTANCE, TrueFileFilter.INSTANCE);
        long crc = 0;
        int equal = 0;
        for (File f : all) {
            crc += FileUtils.checksumCRC32(f);
            File other = new File(copy, source.toPath().relativize(f.toPath()).toString());
            if (FileUtils.contentEquals(f, other)) {
                equal++;
            }
        }
        System.out.println("files " + all.size() + ", equal in the copy " + equal + ", crc sum " + crc);
        IOFileFilter bigLogs = FileFilterUtils.and(FileFilterUtils.suffixFileFilter(".log"), FileFilterUtils.sizeFileFilter(1500));
        System.out.println("big logs: " + FileUtils.listFiles(source, bigLogs, TrueFileFilter.INSTANCE).size());
        IOFileFilter old = new AgeFileFilter(base.plusSeconds(86_400L * 10));
        System.out.println("older than ten days: " + FileUtils.listFiles(source, old, TrueFileFilter.INSTANCE).size());
        Counters.PathCounters counters = PathUtils.countDirectory(copy.toPath());
        System.out.println("backup: " + counters.getFileCounter().get() + " files, " + counters.getDirectoryCounter().get()
                + " directories, " + FileUtils.byteCountToDisplaySize(FileUtils.sizeOfDirectory(copy)));
        int wild = 0;
        for (File f : all) {
            if (FilenameUtils.wildcardMatch(f.getName(), "file-1?.*")) {
                wild++;
            }
        }
        System.out.println("file-1?.*: " + wild);

        File log = new File(root, "server.log");
        try (OutputStream out = Files.newOutputStream(log.toPath())) {
            for (int i = 0; i < 25_000; i++) {
                String level = i % 97 == 0 ? "ERROR" : i % 13 == 0 ? "WARN" : "INFO";
                IOUtils.write("2024-03-01T10:" + (i / 1000 % 60) + " " + level + " request " + i + " took " + random.nextInt(900) + " ms\n",
                        out, StandardCharsets.UTF_8);
            }
        }
        int errors = 0;
        try (LineIterator it = FileUtils.lineIterator(log, StandardCharsets.UTF_8.name())) {
            while (it.hasNext()) {
                if (it.next().contains(" ERROR ")) {
                    errors++;
                }
            }
        }
        System.out.println("log lines with ERROR: " + errors);
        try (ReversedLinesFileReader reader = ReversedLinesFileReader.builder().setFile(log).setCharset(StandardCharsets.UTF_8).get()) {
            System.out.println("last lines: " + reader.readLines(2));
        }

        File bom = new File(root, "excel.csv");
        FileUtils.writeByteArrayToFile(bom, ByteOrderMark.UTF_8.getBytes());
        FileUtils.writeStringToFile(bom, "name;amount\nZoë;12,50\n", StandardCharsets.UTF_8, true);
        try (InputStream in = BOMInputStream.builder().setFile(bom).get()) {
            System.out.println("after the BOM: " + IOUtils.toString(in, StandardCharsets.UTF_8).replace('\n', '|'));
        }

        long size = FileUtils.sizeOfDirectory(source);
        for (Locale locale : new Locale[] {Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN, Locale.forLanguageTag("hi-IN")}) {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
            System.out.println(locale.toLanguageTag() + ": " + NumberFormat.getIntegerInstance(locale).format(size) + " bytes, newest "
                    + dates.format(Files.getLastModifiedTime(new File(source, "module-9/src/file-14.txt").toPath()).toInstant()));
        }
    }
}
