package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatementsReaderTest {

    static final String LAMBDA = "com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$main$0 ()V ()V";

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static void assertWarning(String warning, String source, int line, String offending) {
        assertTrue(warning.startsWith(source + ":" + line + ": "), "expected " + source + ":" + line + " in: " + warning);
        assertTrue(warning.contains(offending), "expected the line \"" + offending + "\" in: " + warning);
    }

    @Test
    void garbageLinesAreSkippedWithWarningsNamingFileAndLine() {
        String text = lines(
                "# a comment",                          // 1
                "@format 1",                            // 2
                "class com.example.Foo",                // 3
                "",                                     // 4
                "   ",                                  // 5
                "   # an indented comment",             // 6
                "this is not a statement",              // 7
                "method com.example.Foo#bar()V",        // 8
                "%%%",                                  // 9
                "jdk java.lang.String",                 // 10
                "@end");                                // 11

        StatementsFile read = StatementsReader.read("s.txt", text);

        assertEquals(List.of(
                new Statement(StatementKind.CLASS, "com.example.Foo"),
                new Statement(StatementKind.METHOD, "com.example.Foo#bar()V"),
                new Statement(StatementKind.JDK, "java.lang.String")), read.statements());
        assertEquals(2, read.warnings().size(), read.warnings().toString());
        assertWarning(read.warnings().get(0), "s.txt", 7, "this is not a statement");
        assertWarning(read.warnings().get(1), "s.txt", 9, "%%%");
        assertTrue(read.isComplete());
    }

    @Test
    void warningsCountWindowsLineEndingsAsOneLine() {
        String text = "@format 1\r\nclass com.example.Foo\r\ngarbage\r\nclass com.example.Bar\r\n@end\r\n";

        StatementsFile read = StatementsReader.read("win.txt", text);

        assertEquals(List.of("com.example.Foo", "com.example.Bar"), read.statements().stream().map(Statement::name).toList());
        assertEquals(1, read.warnings().size());
        assertWarning(read.warnings().get(0), "win.txt", 3, "garbage");
        assertTrue(read.isComplete());
    }

    @Test
    void warningsOfAFileOnDiskNameItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("session.txt");
        Files.writeString(file, lines("@format 1", "class com.example.Foo", "bogus line", "@end"));

        StatementsFile read = StatementsReader.read(file);

        assertEquals(1, read.warnings().size());
        assertWarning(read.warnings().get(0), file.toString(), 3, "bogus line");
        assertEquals(List.of(new Statement(StatementKind.CLASS, "com.example.Foo")), read.statements());
    }

    @Test
    void unknownKindsAreSkipped() {
        StatementsFile read = StatementsReader.read("s.txt", lines(
                "@format 1",
                "field com.example.Foo#count",
                "klass com.example.Foo",
                "class com.example.Bar",
                "module com.example"));

        assertEquals(List.of(new Statement(StatementKind.CLASS, "com.example.Bar")), read.statements());
        assertEquals(3, read.warnings().size(), read.warnings().toString());
        assertWarning(read.warnings().get(0), "s.txt", 2, "field com.example.Foo#count");
        assertWarning(read.warnings().get(1), "s.txt", 3, "klass com.example.Foo");
        assertWarning(read.warnings().get(2), "s.txt", 5, "module com.example");
    }

    @Test
    void malformedMethodsAreSkipped() {
        StatementsFile read = StatementsReader.read("s.txt", lines(
                "method com.example.Foobar()V",         // no '#'
                "method com.example.Foo#bar",           // no descriptor
                "method #bar()V",                       // no class
                "method com.example.Foo#()V",           // no method name
                "method com/example/Foo#bar()V",        // internal, not binary, class name
                "method com.example.Foo#bar(I)V"));

        assertEquals(List.of(new Statement(StatementKind.METHOD, "com.example.Foo#bar(I)V")), read.statements());
        assertEquals(5, read.warnings().size(), read.warnings().toString());
        assertWarning(read.warnings().get(0), "s.txt", 1, "method com.example.Foobar()V");
        assertWarning(read.warnings().get(1), "s.txt", 2, "method com.example.Foo#bar");
        assertWarning(read.warnings().get(2), "s.txt", 3, "method #bar()V");
        assertWarning(read.warnings().get(3), "s.txt", 4, "method com.example.Foo#()V");
        assertWarning(read.warnings().get(4), "s.txt", 5, "method com/example/Foo#bar()V");
    }

    @Test
    void lambdasWithTheWrongFieldCountAreSkipped() {
        String eightFields = LAMBDA.substring(0, LAMBDA.lastIndexOf(' '));
        String tenFields = LAMBDA + " ()V";
        String noReferenceKind = LAMBDA.replace("REF_invokeStatic", "invokeStatic");

        StatementsFile read = StatementsReader.read("s.txt", lines(
                "lambda " + eightFields,
                "lambda " + tenFields,
                "lambda " + noReferenceKind,
                "lambda " + LAMBDA));

        assertEquals(List.of(new Statement(StatementKind.LAMBDA, LAMBDA)), read.statements());
        assertEquals(3, read.warnings().size(), read.warnings().toString());
        assertTrue(read.warnings().get(0).startsWith("s.txt:1: "), read.warnings().get(0));
        assertTrue(read.warnings().get(1).startsWith("s.txt:2: "), read.warnings().get(1));
        assertTrue(read.warnings().get(2).startsWith("s.txt:3: "), read.warnings().get(2));
    }

    @Test
    void badClassNamesAreSkipped() {
        StatementsFile read = StatementsReader.read("s.txt", lines(
                "class com..example.Foo",
                "class .com.example.Foo",
                "class com.example.",
                "class 1com.example.Foo",
                "class com/example/Foo",
                "class com.example.Foo Bar",
                "jdk java.lang.invoke.LambdaForm$MH/0x0000000800c01000",
                "class",
                "class com.example.Foo$1"));

        assertEquals(List.of(new Statement(StatementKind.CLASS, "com.example.Foo$1")), read.statements());
        assertEquals(8, read.warnings().size(), read.warnings().toString());
        for (int i = 0; i < 8; i++) {
            assertTrue(read.warnings().get(i).startsWith("s.txt:" + (i + 1) + ": "), read.warnings().get(i));
        }
    }

    @Test
    void packageInfoClassesAreClassesOthersWithADashAreNot() {
        StatementsFile read = StatementsReader.read("s.txt", lines(
                "class com.example.package-info",
                "class com.example.module-info",
                "class com.example.package-info.Foo",
                "class com.example.Foo-info"));

        assertEquals(List.of(new Statement(StatementKind.CLASS, "com.example.package-info")), read.statements());
        assertEquals(3, read.warnings().size(), read.warnings().toString());
    }

    @Test
    void testStatementsMustNameAUniqueId() {
        StatementsFile read = StatementsReader.read("s.txt", lines(
                "test com.example.FooTest.bar\t3 ms SUCCESSFUL",
                "test [engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar()]\t3 ms SUCCESSFUL"));

        assertEquals(List.of(new Statement(StatementKind.TEST, "[engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar()]",
                "3 ms SUCCESSFUL")), read.statements());
        assertEquals(1, read.warnings().size());
        assertWarning(read.warnings().get(0), "s.txt", 1, "test com.example.FooTest.bar");
    }

    @Test
    void longGarbageLinesAreAbbreviatedInWarnings() {
        String longLine = "x".repeat(10_000);

        StatementsFile read = StatementsReader.read("s.txt", lines("@format 1", longLine, "class a.B"));

        assertEquals(List.of(new Statement(StatementKind.CLASS, "a.B")), read.statements());
        assertEquals(1, read.warnings().size());
        String warning = read.warnings().get(0);
        assertTrue(warning.startsWith("s.txt:2: "), warning);
        assertTrue(warning.length() < 200, "warning of " + warning.length() + " characters");
    }

    @Test
    void headerLineWithoutKeyIsSkippedWithAWarning() {
        StatementsFile read = StatementsReader.read("s.txt", lines("@format 1", "@ lonely value", "class a.B", "@end"));

        assertEquals(List.of(new Statement(StatementKind.CLASS, "a.B")), read.statements());
        assertEquals(1, read.warnings().size());
        assertWarning(read.warnings().get(0), "s.txt", 2, "@ lonely value");
        assertEquals(List.of(StatementsFile.HEADER_FORMAT), List.copyOf(read.header().keySet()));
    }

    @Test
    void lineWithTwoTabsIsSkippedNotFatal() {
        String text = lines("@format 1", "class com.example.Foo", "class com.example.Bar\tfirst test\tsecond test", "class com.example.Baz", "@end");

        StatementsFile read = StatementsReader.read("s.txt", text);

        assertEquals(List.of(new Statement(StatementKind.CLASS, "com.example.Foo"), new Statement(StatementKind.CLASS, "com.example.Baz")),
                read.statements());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        assertWarning(read.warnings().get(0), "s.txt", 3, "class com.example.Bar");
        assertTrue(read.isComplete());
    }

    @Test
    void parseOfOneLine() {
        assertEquals(Optional.of(new Statement(StatementKind.CLASS, "a.B", "[engine:x]/[test:y z]")),
                StatementsReader.parse("class a.B\t[engine:x]/[test:y z]"));
        assertEquals(Optional.of(new Statement(StatementKind.JDK, "java.util.List")), StatementsReader.parse("  jdk   java.util.List  "));
        assertEquals(Optional.empty(), StatementsReader.parse("class"));
        assertEquals(Optional.empty(), StatementsReader.parse(""));
        assertEquals(Optional.empty(), StatementsReader.parse("\tattribution only"));
    }

    // ---- format versions ----

    @Test
    void newerFormatIsRefusedNamingBothVersions() {
        SysimgException e = assertThrows(SysimgException.class,
                () -> StatementsReader.read("s.txt", lines("@format 2", "class a.B", "@end")));

        assertTrue(e.getMessage().contains("s.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("format 2"), e.getMessage());
        assertTrue(e.getMessage().contains("format 1"), e.getMessage());
    }

    @Test
    void newerFormatOfAFileOnDiskNamesThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("future.txt");
        Files.writeString(file, lines("# from the future", "@format 2", "class a.B", "@end"));

        SysimgException e = assertThrows(SysimgException.class, () -> StatementsReader.read(file));

        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("2") && e.getMessage().contains("1"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1.0", "one", ""})
    void formatThatIsNotANumberIsRefusedClearly(String version) {
        SysimgException e = assertThrows(SysimgException.class,
                () -> StatementsReader.read("s.txt", lines("# header", "@format " + version, "class a.B")));

        assertTrue(e.getMessage().startsWith("s.txt:2: "), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + version + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
    }

    @Test
    void formatOneReads() {
        StatementsFile read = StatementsReader.read("s.txt", lines("@format 1", "@jdk Acme 17.0.1", "class a.B", "@end"));

        assertEquals("1", read.header().get(StatementsFile.HEADER_FORMAT));
        assertEquals("Acme 17.0.1", read.header().get(StatementsFile.HEADER_JDK));
        assertEquals(List.of(new Statement(StatementKind.CLASS, "a.B")), read.statements());
        assertEquals(List.of(), read.warnings());
        assertTrue(read.isComplete());
    }

    @Test
    void currentFormatIsOne() {
        assertEquals(1, StatementsFile.FORMAT_VERSION);
        assertTrue(StatementsWriter.toText(new StatementsFile(java.util.Map.of(), List.of())).contains("\n@format 1\n"));
    }
}
