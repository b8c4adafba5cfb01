package io.github.sysimg.launcher.report;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.SysimgException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes and updates {@code DIR/index.html}: what the CLI's {@code --report DIR} options call. */
public final class Reports {
    /** The report page in a report folder. */
    public static final String INDEX = "index.html";
    /** Beside the page: the class list the image was dumped from, in the JDK's class list format. */
    public static final String CLASS_LIST = "classlist.txt";
    /** Beside the page: every class never loaded and method never run, of which the page lists the first few thousand. */
    public static final String UNEXERCISED = "never-exercised.txt";

    private Reports() {
    }

    /**
     * Writes {@code DIR/index.html} for statements and the image built from them, and the image's class list as
     * {@code DIR/classlist.txt}. Start-up numbers a {@code verify
     * --report DIR} left in the folder are shown when they are for the same image (same statements hash).
     *
     * @param includes the included packages; empty to take them from the statements' header, or else from its classes
     * @param image    what the image holds, or null when no image was built
     * @return the page's path
     */
    public static Path write(Path dir, StatementsFile statements, ClassPath imageClassPath, List<String> includes, ImageFacts image) {
        return write(dir, statements, imageClassPath, includes, image, List.of());
    }

    /** As {@link #write(Path, StatementsFile, ClassPath, List, ImageFacts)}, with sentences about the run (its tests, its training). */
    public static Path write(Path dir, StatementsFile statements, ClassPath imageClassPath, List<String> includes, ImageFacts image,
                             List<String> runFacts) {
        List<String> packages = includes.isEmpty() ? includesOf(statements) : includes;
        ImageInventory inventory = ImageInventory.read(imageClassPath, packages);
        Startup startup = Startup.readFrom(dir);
        if (startup != null && (image == null || !startup.statementsSha256().equals(statementsSha256Of(image.image())))) {
            startup = null;
        }
        ReportModel model = ReportModel.of(statements, inventory, packages, image, startup, now());
        if (image != null && !image.classList().isEmpty()) {
            writeAtomically(dir.resolve(CLASS_LIST), "# sysimg-tests: the class list " + image.image().getFileName()
                    + " was dumped from (-Xshare:dump -XX:SharedClassListFile)\n" + String.join("\n", image.classList()) + "\n");
        }
        StringBuilder never = new StringBuilder("# sysimg-tests: the included packages' classes never loaded and methods of loaded "
                + "classes never run\n");
        for (ReportModel.PackageStats p : model.packages()) {
            p.unexercisedClasses().forEach(c -> never.append("class ").append(c).append('\n'));
            p.unexercisedMethods().forEach(m -> never.append("method ").append(m).append('\n'));
        }
        writeAtomically(dir.resolve(UNEXERCISED), never.toString());
        Path index = dir.resolve(INDEX);
        writeAtomically(index, HtmlReport.render(model, runFacts));
        return index;
    }

    /**
     * Adds start-up numbers to the report in {@code dir}: keeps them in {@code DIR/startup.properties} and replaces
     * the start-up section of {@code DIR/index.html}; a folder without a report gets a page with that section only.
     */
    public static Path addStartup(Path dir, Startup startup) {
        startup.writeTo(dir);
        Path index = dir.resolve(INDEX);
        String section = HtmlReport.startupSection(startup);
        String page;
        try {
            page = Files.isRegularFile(index) ? Files.readString(index, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new SysimgException("Cannot read \"" + index + "\" (" + e.getMessage() + "); check the folder given with --report.", e);
        }
        int begin = page == null ? -1 : page.indexOf(HtmlReport.STARTUP_BEGIN);
        int end = page == null ? -1 : page.indexOf(HtmlReport.STARTUP_END);
        if (begin >= 0 && end > begin) {
            int after = end + HtmlReport.STARTUP_END.length();
            if (after < page.length() && page.charAt(after) == '\n') {
                after++;
            }
            page = page.substring(0, begin) + section + page.substring(after);
        } else {
            page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                    + "<title>sysimg-tests start-up</title>\n</head>\n<body>\n" + section + "</body>\n</html>\n";
        }
        writeAtomically(index, page);
        return index;
    }

    /** The statements hash in an image's metadata, or empty when it has none. */
    public static String statementsSha256Of(Path image) {
        try {
            return ImageMetadata.readFor(image).statementsSha256();
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The included packages a statements file names in its header, else the packages of its classes. */
    static List<String> includesOf(StatementsFile statements) {
        Set<String> packages = new LinkedHashSet<>(statements.includes());
        if (packages.isEmpty()) {
            for (String c : statements.names(StatementKind.CLASS)) {
                int dot = c.lastIndexOf('.');
                if (dot > 0) {
                    packages.add(c.substring(0, dot));
                }
            }
        }
        return List.copyOf(packages);
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // not Files.createTempFile: its owner-only permissions would stay on the report
            Path temp = dir.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SysimgException("Cannot write the report \"" + file + "\" (" + e.getMessage() + "); check the folder given with --report.", e);
        }
    }
}
