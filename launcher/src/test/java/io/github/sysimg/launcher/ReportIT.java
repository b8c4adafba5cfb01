package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.ImageMetadata;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import io.github.sysimg.launcher.report.Reports;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code --report} end to end on the bundled sample-suite: the page the real CLI writes (with verify's start-up
 * numbers added) holds the statements file's numbers, read back as XHTML and as rendered by a real headless
 * browser, which also takes a screenshot (written to {@code sysimg.report.screenshot}, under target/; docs/report.sh
 * copies it to docs/report.png, the picture the README shows).
 */
class ReportIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String MAIN = "io.github.sysimg.sample.app.SampleMain";

    @TempDir
    static Path dir;
    static StatementsFile statements;
    static Path index;

    @BeforeAll
    static void recordWithReportAndVerify() {
        Cli.Run run = Cli.sysimg(dir, "--class-path", SampleSuiteIT.SAMPLE_JAR + File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS
                        + File.pathSeparator + Cli.junitClassPath(),
                "--select-package", "io.github.sysimg.sample", "--include-package", SampleSuiteIT.LIBRARY_PACKAGE, "--no-training",
                "--statements", "statements.txt", "--image", "sample.jsa", "--report", "report").assertExit(0);
        assertTrue(run.output().contains("Report: report" + File.separator + "index.html"), run.output());
        Cli.Run verify = Cli.sysimg(dir, "verify", "--image", "sample.jsa", "--report", "report", "--", MAIN).assertExit(0);
        assertTrue(verify.output().contains("Report: report" + File.separator + "index.html"), verify.output());
        statements = StatementsReader.read(dir.resolve("statements.txt"));
        index = dir.resolve("report/index.html");
    }

    @Test
    void thePageHoldsTheStatementsNumbers() throws Exception {
        assertThePageHoldsTheStatementsNumbers(statements, index, dir.resolve("sample.jsa"));
    }

    /** The same page from an AOT cache on JDK 25, with verify's numbers of that JDK. */
    @Test
    void thePageOfAnAotCacheOnJdk25HoldsTheStatementsNumbers(@TempDir Path work) throws Exception {
        Cli.requireJdk(Cli.JDK25);
        Cli.sysimg(work, "--class-path", SampleSuiteIT.SAMPLE_JAR + File.pathSeparator + SampleSuiteIT.SAMPLE_TESTS + File.pathSeparator
                        + Cli.junitClassPath(), "--select-package", "io.github.sysimg.sample", "--include-package", SampleSuiteIT.LIBRARY_PACKAGE,
                "--no-training", "--java-home", Cli.JDK25.toString(), "--statements", "statements.txt", "--image", "sample.aot",
                "--report", "report").assertExit(0);
        Cli.sysimg(work, "verify", "--java-home", Cli.JDK25.toString(), "--image", "sample.aot", "--report", "report", "--", MAIN)
                .assertExit(0);
        assertThePageHoldsTheStatementsNumbers(StatementsReader.read(work.resolve("statements.txt")), work.resolve("report/index.html"),
                work.resolve("sample.aot"));
    }

    private static void assertThePageHoldsTheStatementsNumbers(StatementsFile statements, Path index, Path image) throws Exception {
        Document page = ReportTest.parse(index);
        XPath xpath = XPathFactory.newInstance().newXPath();
        Set<String> libraryClasses = ClassPath.classNames(SampleSuiteIT.SAMPLE_JAR).stream()
                .filter(c -> c.startsWith(SampleSuiteIT.LIBRARY_PACKAGE + ".")).collect(Collectors.toSet());
        assertEquals(statements.names(StatementKind.CLASS).size(), ReportTest.number(xpath, page, "//*[@id='classes-exercised']"));
        assertEquals(libraryClasses.size(), ReportTest.number(xpath, page, "//*[@id='classes-total']"));
        assertEquals(statements.names(StatementKind.METHOD).size(), ReportTest.number(xpath, page, "//*[@id='methods-exercised']"));
        assertEquals(statements.names(StatementKind.TEST).size(), ReportTest.number(xpath, page, "//*[@id='tests-count']"));
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", Files.size(image) / 1e6),
                ReportTest.text(xpath, page, "//*[@id='image-mb']"));
        assertEquals(statements.names(StatementKind.CLASS).size(), ReportTest.number(xpath, page, "//*[@id='image-included']"));
        // verify's numbers: the sample main's library classes come from the image
        int fromImage = ReportTest.number(xpath, page, "//*[@id='startup-included-from-image']");
        int included = ReportTest.number(xpath, page, "//*[@id='startup-included-total']");
        assertTrue(included > 10 && fromImage >= 0.8 * included, fromImage + " of " + included);
        assertTrue(ReportTest.number(xpath, page, "//*[@id='startup-total']") > 400);
    }

    @Test
    void theClassListBesideThePageRebuildsAnImageThatServesTheLibrary() throws Exception {
        Path classList = dir.resolve("report/" + Reports.CLASS_LIST);
        List<String> lines = Files.readAllLines(classList);
        for (String c : statements.names(StatementKind.CLASS)) {
            assertTrue(lines.contains(c.replace('.', '/')), c + " is in " + classList);
        }
        assertTrue(Files.readString(index).contains("href=\"" + Reports.CLASS_LIST + "\""), "the page links the class list");
        String imageClassPath = ImageMetadata.readFor(dir.resolve("sample.jsa")).classPath().toPathString();
        Path rebuilt = dir.resolve("rebuilt.jsa");
        Cli.java(Cli.JDK17, dir, "-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + rebuilt,
                "-cp", imageClassPath).assertExit(0);
        Cli.Run run = Cli.java(Cli.JDK17, dir, "-XX:SharedArchiveFile=" + rebuilt, "-Xshare:on", "-Xlog:class+load=info",
                "-cp", imageClassPath, MAIN).assertExit(0);
        long fromImage = Cli.classLoads(run.output()).stream()
                .filter(l -> l[0].startsWith(SampleSuiteIT.LIBRARY_PACKAGE + ".") && l[1].startsWith("shared objects file")).count();
        assertTrue(fromImage > 10, fromImage + " library classes from the rebuilt image");
    }

    @Test
    void aHeadlessBrowserRendersTheNumbersAndTakesTheScreenshot() throws Exception {
        Cli.require(Files.isExecutable(CHROMIUM), "No " + CHROMIUM + " here (apt-get install chromium)");
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        String dom = chromium(profile, "--dump-dom", index.toUri().toString());
        assertTrue(dom.contains("<svg"), "the browser kept the inline SVG:\n" + abbreviate(dom));
        assertEquals(statements.names(StatementKind.CLASS).size(), renderedNumber(dom, "classes-exercised"));
        assertEquals(statements.names(StatementKind.METHOD).size(), renderedNumber(dom, "methods-exercised"));
        assertEquals(statements.names(StatementKind.TEST).size(), renderedNumber(dom, "tests-count"));
        assertTrue(renderedNumber(dom, "startup-total") > 400);
        assertTrue(dom.contains("Tests by contribution") && dom.contains("Never exercised"));

        Path screenshot = Path.of(System.getProperty("sysimg.report.screenshot", "target/report-screenshot.png")).toAbsolutePath().normalize();
        // A test run must leave the tracked files alone, docs/report.png among them.
        Path buildDirectory = Cli.JAR.getParent();
        assertTrue(screenshot.startsWith(buildDirectory), "the screenshot goes under " + buildDirectory + ", not to " + screenshot);
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        chromium(profile, "--hide-scrollbars", "--screenshot=" + screenshot, "--window-size=1280,1600", index.toUri().toString());
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "a PNG of the page: " + png.length + " bytes");
        System.out.println("Screenshot of the report: " + screenshot);
    }

    static int renderedNumber(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*(\\d+)\\s*<").matcher(dom);
        assertTrue(m.find(), "no #" + id + " in the rendered DOM:\n" + abbreviate(dom));
        return Integer.parseInt(m.group(1));
    }

    /** Runs headless chromium with no network, no sync, no first-run UI; returns its standard output. */
    static String chromium(Path profile, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Path err = Files.createTempFile(dir, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + Files.readString(err, StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() < 2000 ? s : s.substring(0, 2000) + "...";
    }
}
