package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.ClassPath;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.launcher.report.HtmlReport;
import io.github.sysimg.launcher.report.ImageFacts;
import io.github.sysimg.launcher.report.Reports;
import io.github.sysimg.launcher.report.Startup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The report's page, read back with the JDK's XML parser (it is well-formed XHTML): its numbers are those of the
 * statements file and of the image class path's classes, and nothing from the statements gets in unescaped.
 */
class ReportTest {
    static final String PKG = "org.acme.units";
    static final String CONVERTER_TEST = "[engine:junit-jupiter]/[class:org.acme.units.ConverterTest]";
    static final String PARSES = CONVERTER_TEST + "/[method:parses()]";
    static final String TABLE = CONVERTER_TEST + "/[method:tableHasEveryUnit()]";
    static final String FORMATS = CONVERTER_TEST + "/[method:formats()]";
    static final String EVIL = "[engine:junit-jupiter]/[class:org.acme.units.ConverterTest]/[dynamic-test:<script>alert('x')</script> & \"q\"]";

    @TempDir
    static Path dir;
    static SampleLibrary.Compiled lib;
    static StatementsFile statements;
    static ImageFacts facts;

    @BeforeAll
    static void compileAndRecord() throws Exception {
        lib = SampleLibrary.compile(dir, Cli.junitClassPath());
        String text = String.join("\n",
                "@format 1",
                "@jdk Test JDK 17",
                "@selectors --select-package org.acme.units",
                "@includes org.acme.units",
                "class org.acme.units.Converter\t" + PARSES,
                "class org.acme.units.Quantity\t" + PARSES,
                "class org.acme.units.Unit\t" + CONVERTER_TEST,
                "class org.acme.units.cli.Main\t[workload-main:org.acme.units.cli.Main 2]",
                "method org.acme.units.Converter#<init>()V\t" + PARSES,
                "method org.acme.units.Converter#parse(Ljava/lang/String;)Lorg/acme/units/Quantity;\t" + PARSES,
                "method org.acme.units.Converter#table(Lorg/acme/units/Quantity;)Ljava/util/List;\t" + TABLE,
                "method org.acme.units.Unit#<clinit>()V\t" + CONVERTER_TEST,
                "method org.acme.units.Quantity#format()Ljava/lang/String;\t" + EVIL,
                "method org.acme.units.cli.Main#main([Ljava/lang/String;)V\t[workload-main:org.acme.units.cli.Main 2]",
                "jdk java.util.regex.Pattern\t" + PARSES,
                "jdk java.util.TreeMap",
                "test " + PARSES + "\t12 ms SUCCESSFUL",
                "test " + TABLE + "\t30 ms SUCCESSFUL",
                "test " + FORMATS + "\t5 ms FAILED",
                "test " + EVIL + "\t1 ms SUCCESSFUL",
                "test [workload-main:org.acme.units.cli.Main 2]\t40 ms SUCCESSFUL",
                "@end", "");
        statements = StatementsReader.read("units.txt", text);
        assertTrue(statements.warnings().isEmpty(), statements.warnings().toString());
        facts = new ImageFacts(dir.resolve("units.jsa"), "CDS archive", 12_345_678, false, 4, 1, 0, 1300,
                List.of("java/lang/Object", "org/acme/units/Unit"));
    }

    @Test
    void numbersMatchTheStatementsAndTheClassPath() throws Exception {
        Path report = dir.resolve("report");
        Path index = Reports.write(report, statements, ClassPath.of(List.of(lib.classes())), List.of(PKG), facts);
        Document page = parse(index);
        XPath xpath = XPathFactory.newInstance().newXPath();

        Set<String> libraryClasses = ClassPath.classNames(lib.classes());
        Map<String, Integer> methodsWithCode = methodsWithCode(lib.classes(), libraryClasses);
        Set<String> recordedClasses = statements.names(StatementKind.CLASS);
        Set<String> recordedMethods = statements.names(StatementKind.METHOD);
        int totalMethods = methodsWithCode.values().stream().mapToInt(Integer::intValue).sum();

        assertEquals(recordedClasses.size(), number(xpath, page, "//*[@id='classes-exercised']"));
        assertEquals(libraryClasses.size(), number(xpath, page, "//*[@id='classes-total']"));
        assertEquals(recordedMethods.size(), number(xpath, page, "//*[@id='methods-exercised']"));
        assertEquals(totalMethods, number(xpath, page, "//*[@id='methods-total']"));
        assertEquals(4, number(xpath, page, "//*[@id='tests-count']"), "tests, not the workload main");
        assertEquals("0.0", text(xpath, page, "//*[@id='suite-seconds']"), "48 ms of tests");
        assertEquals(String.format(Locale.ROOT, "%.1f", 12_345_678 / 1e6), text(xpath, page, "//*[@id='image-mb']"));
        assertEquals(4, number(xpath, page, "//*[@id='image-included']"));
        assertEquals(1300, number(xpath, page, "//*[@id='image-default']"));
        assertEquals(libraryClasses.size() - recordedClasses.size(), number(xpath, page, "//*[@id='unexercised-classes']"));

        // per package: org.acme.units and org.acme.units.cli
        for (String pkg : List.of(PKG, PKG + ".cli")) {
            Set<String> inPackage = libraryClasses.stream().filter(c -> c.substring(0, c.lastIndexOf('.')).equals(pkg)).collect(Collectors.toSet());
            String row = "//tr[@data-package='" + pkg + "']/td[@data-key='%s']";
            assertEquals(inPackage.stream().filter(recordedClasses::contains).count(), number(xpath, page, row.formatted("classes-exercised")), pkg);
            assertEquals(inPackage.size(), number(xpath, page, row.formatted("classes-total")), pkg);
            assertEquals(recordedMethods.stream().filter(m -> inPackage.contains(m.substring(0, m.indexOf('#')))).count(),
                    number(xpath, page, row.formatted("methods-exercised")), pkg);
            assertEquals(inPackage.stream().mapToInt(methodsWithCode::get).sum(), number(xpath, page, row.formatted("methods-total")), pkg);
        }
        assertTrue(text(xpath, page, "//details[@data-package='org.acme.units']").contains("Registry"), "Registry was never loaded");

        // the ranking: each unit's count of statements it first exercised
        Map<String, Integer> byUnit = new HashMap<>();
        for (Statement s : statements.statements()) {
            if (s.kind() != StatementKind.TEST) {
                byUnit.merge(s.attribution(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> unit : byUnit.entrySet()) {
            NodeList rows = (NodeList) xpath.evaluate("//tr[@data-test]", page, XPathConstants.NODESET);
            int found = -1;
            for (int i = 0; i < rows.getLength(); i++) {
                org.w3c.dom.Element row = (org.w3c.dom.Element) rows.item(i);
                if (row.getAttribute("data-test").equals(unit.getKey())) {
                    found = Integer.parseInt(xpath.evaluate(".//*[@data-key='statements']", row).strip());
                }
            }
            assertEquals(unit.getValue(), found, "statements first exercised by " + unit.getKey());
        }
        String firstRanked = xpath.evaluate("(//tr[@data-test])[1]/@data-test", page);
        assertEquals(PARSES, firstRanked, "parses() first exercised the most");

        // nothing from the statements became markup; the page needs nothing from elsewhere
        String html = Files.readString(index, StandardCharsets.UTF_8);
        assertEquals(0.0, (double) xpath.evaluate("count(//*[local-name()='script'])", page, XPathConstants.NUMBER));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), "escaped");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
        assertFalse(html.contains("@import") || html.contains("url("), "no external CSS");
        assertTrue(html.contains("<svg"), "an inline SVG chart");
        assertTrue(html.contains("Never exercised"));
    }

    @Test
    void verifyAddsStartUpNumbersToTheSamePage() throws Exception {
        Path report = dir.resolve("with-startup");
        Reports.write(report, statements, ClassPath.of(List.of(lib.classes())), List.of(PKG), facts);
        Startup numbers = new Startup("org.acme.units.cli.Main 2", 0, 700, 650, 20, 10, 20, 4, 5,
                List.of("org.acme.units.Registry"), "2026-01-01T00:00:00Z", "abc");
        Path index = Reports.addStartup(report, numbers);
        Document page = parse(index);
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals(700, number(xpath, page, "//*[@id='startup-total']"));
        assertEquals(650, number(xpath, page, "//*[@id='startup-from-image']"));
        assertEquals(4, number(xpath, page, "//*[@id='startup-included-from-image']"));
        assertEquals(1.0, (double) xpath.evaluate("count(//*[local-name()='section'][@id='startup'])", page, XPathConstants.NUMBER));
        assertEquals(1.0, (double) xpath.evaluate("count(//*[@id='classes-total'])", page, XPathConstants.NUMBER), "the rest of the page stays");
        // again: replaced, not added
        Reports.addStartup(report, numbers);
        page = parse(index);
        assertEquals(1.0, (double) xpath.evaluate("count(//*[local-name()='section'][@id='startup'])", page, XPathConstants.NUMBER));
        assertEquals(numbers, Startup.readFrom(report));
        // a report rewritten for another image drops numbers that are not its own ("abc" is no image's statements hash)
        Reports.write(report, statements, ClassPath.of(List.of(lib.classes())), List.of(PKG), facts);
        assertTrue(Files.readString(index).contains("No start-up numbers yet"));
    }

    @Test
    void readableMethodNamesAndEscaping() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", HtmlReport.esc("<a href=\"x\">&'"));
        assertEquals("\uFFFD", HtmlReport.esc("\u0001"), "characters XML does not allow");
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    static int number(XPath xpath, Document page, String expression) throws Exception {
        String value = text(xpath, page, expression);
        assertFalse(value.isEmpty(), "nothing at " + expression);
        return Integer.parseInt(value);
    }

    static String text(XPath xpath, Document page, String expression) throws Exception {
        return xpath.evaluate(expression, page).strip();
    }

    /** Methods and constructors with code per class, counted with ASM: what the agent probes. */
    static Map<String, Integer> methodsWithCode(Path classes, Set<String> names) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : names) {
            int[] count = {0};
            new ClassReader(Files.readAllBytes(classes.resolve(name.replace('.', '/') + ".class"))).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String n, String d, String s, String[] e) {
                    if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                        count[0]++;
                    }
                    return null;
                }
            }, ClassReader.SKIP_CODE);
            counts.put(name, count[0]);
        }
        return counts;
    }
}
