package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsRoundTripTest {

    static final String FOO_TEST = "[engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar(int, java.lang.String)]";
    static final String LAMBDA = "com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$main$0 ()V ()V";

    @TempDir
    Path dir;

    static Map<String, String> header() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put(StatementsFile.HEADER_FORMAT, "1");
        header.put(StatementsFile.HEADER_JDK, "Eclipse Adoptium 25.0.3+9-LTS");
        header.put(StatementsFile.HEADER_SELECTORS, "--select-package com.example");
        header.put(StatementsFile.HEADER_TIME, "2026-11-23T20:30:00Z");
        header.put(StatementsFile.HEADER_INCLUDES, "com.example,org.acme");
        return header;
    }

    static List<Statement> statements() {
        return List.of(
                new Statement(StatementKind.CLASS, "com.example.Foo", FOO_TEST),
                new Statement(StatementKind.CLASS, "com.example.Foo$Inner"),
                new Statement(StatementKind.METHOD, "com.example.Foo#bar(ILjava/lang/String;)Ljava/lang/String;", FOO_TEST),
                new Statement(StatementKind.METHOD, "com.example.Foo#<init>()V"),
                new Statement(StatementKind.JDK, "java.util.concurrent.ConcurrentHashMap"),
                new Statement(StatementKind.LAMBDA, LAMBDA, FOO_TEST),
                new Statement(StatementKind.TEST, FOO_TEST, "12 ms SUCCESSFUL"));
    }

    @Test
    void writeThenReadGivesEqualHeaderAndStatements() {
        StatementsFile original = new StatementsFile(header(), statements());
        Path file = dir.resolve("statements.txt");

        StatementsWriter.write(original, file);
        StatementsFile read = StatementsReader.read(file);

        assertEquals(original.header(), read.header());
        assertEquals(List.copyOf(original.header().keySet()), List.copyOf(read.header().keySet()), "header order");
        assertEquals(original.statements(), read.statements());
        assertTrue(read.isComplete());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void headerWithoutFormatGetsTheCurrentFormatWhenWritten() {
        StatementsFile original = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, "Acme 17.0.1"), statements());

        StatementsFile read = StatementsReader.read("s.txt", StatementsWriter.toText(original));

        assertEquals(Map.of(StatementsFile.HEADER_FORMAT, "1", StatementsFile.HEADER_JDK, "Acme 17.0.1"), read.header());
    }

    @Test
    void attributionWithSpacesSurvives() {
        StatementsFile original = new StatementsFile(header(), statements());

        StatementsFile read = StatementsReader.read("s.txt", StatementsWriter.toText(original));

        Statement foo = read.statements(StatementKind.CLASS).get(0);
        assertEquals("com.example.Foo", foo.name());
        assertEquals(FOO_TEST, foo.attribution());
        assertEquals("12 ms SUCCESSFUL", read.statements(StatementKind.TEST).get(0).attribution());
        assertEquals(FOO_TEST, read.statements(StatementKind.TEST).get(0).name());
        assertEquals(LAMBDA, read.statements(StatementKind.LAMBDA).get(0).name());
        assertEquals("", read.statements(StatementKind.CLASS).get(1).attribution());
    }

    @Test
    void sameStatementsInDifferentOrderGiveIdenticalFiles() throws IOException {
        List<Statement> ordered = new ArrayList<>(statements());
        Path first = dir.resolve("first.txt");
        StatementsWriter.write(new StatementsFile(header(), ordered).normalized(), first);
        byte[] expected = Files.readAllBytes(first);

        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            List<Statement> shuffled = new ArrayList<>(ordered);
            Collections.shuffle(shuffled, random);
            Path other = dir.resolve("other" + round + ".txt");
            StatementsWriter.write(new StatementsFile(header(), shuffled).normalized(), other);
            assertArrayEquals(expected, Files.readAllBytes(other), "order " + shuffled);
        }
    }

    @Test
    void writtenStatementsAreInCanonicalOrderWhenNormalized() {
        List<Statement> reversed = new ArrayList<>(statements());
        Collections.reverse(reversed);

        String text = StatementsWriter.toText(new StatementsFile(header(), reversed).normalized());

        List<String> statementLines = text.lines().filter(l -> !l.startsWith("#") && !l.startsWith("@")).collect(Collectors.toList());
        assertEquals(List.of(
                "class com.example.Foo\t" + FOO_TEST,
                "class com.example.Foo$Inner",
                "method com.example.Foo#<init>()V",
                "method com.example.Foo#bar(ILjava/lang/String;)Ljava/lang/String;\t" + FOO_TEST,
                "jdk java.util.concurrent.ConcurrentHashMap",
                "lambda " + LAMBDA + "\t" + FOO_TEST,
                "test " + FOO_TEST + "\t12 ms SUCCESSFUL"), statementLines);
    }

    @Test
    void completeFileEndsWithEndAndReadsAsComplete() {
        String text = StatementsWriter.toText(new StatementsFile(header(), statements()));

        assertTrue(text.endsWith("\n@end\n"), text);
        assertTrue(StatementsReader.read("s.txt", text).isComplete());
    }

    @Test
    void fileWithoutEndReadsAsIncompleteButKeepsItsStatements() {
        StatementsFile cutShort = new StatementsFile(header(), statements(), false, List.of());
        String text = StatementsWriter.toText(cutShort);

        assertFalse(text.contains("@end"), text);
        StatementsFile read = StatementsReader.read("s.txt", text);
        assertFalse(read.isComplete());
        assertEquals(statements(), read.statements());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void recordingKilledMidLineReadsAsIncompleteWithTheFinishedLines() {
        String whole = StatementsWriter.toText(new StatementsFile(header(), statements()));
        String cut = whole.substring(0, whole.indexOf("method com.example.Foo#bar") + "method com.example.Fo".length());

        StatementsFile read = StatementsReader.read("s.txt", cut);

        assertFalse(read.isComplete());
        assertEquals(statements().subList(0, 2), read.statements());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        int lastLine = (int) cut.lines().count();
        assertTrue(read.warnings().get(0).startsWith("s.txt:" + lastLine + ": "), read.warnings().toString());
    }

    @Test
    void headerValueWithLineBreakStaysOneHeaderLine() {
        Map<String, String> header = new LinkedHashMap<>(header());
        header.put(StatementsFile.HEADER_SELECTORS, "--select-package com.example\n--select-class com.example.FooTest");

        StatementsFile read = StatementsReader.read("s.txt", StatementsWriter.toText(new StatementsFile(header, statements())));

        assertEquals("--select-package com.example --select-class com.example.FooTest", read.header().get(StatementsFile.HEADER_SELECTORS));
        assertEquals(statements(), read.statements());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void headerValueWithWindowsLineBreakStaysOneHeaderLine() {
        Map<String, String> header = new LinkedHashMap<>(header());
        header.put(StatementsFile.HEADER_SELECTORS, "--select-package com.example\r\n--select-class com.example.FooTest");

        StatementsFile read = StatementsReader.read("s.txt", StatementsWriter.toText(new StatementsFile(header, statements())));

        assertEquals(List.of(), read.warnings());
        assertTrue(read.header().get(StatementsFile.HEADER_SELECTORS).endsWith("--select-class com.example.FooTest"),
                read.header().toString());
        assertEquals(statements(), read.statements());
    }

    @Test
    void writeReplacesAnOlderFile() throws IOException {
        Path file = dir.resolve("statements.txt");
        Files.writeString(file, "old content that is much longer than nothing\n".repeat(100));

        StatementsWriter.write(new StatementsFile(header(), List.of(new Statement(StatementKind.CLASS, "a.B"))), file);

        StatementsFile read = StatementsReader.read(file);
        assertEquals(List.of(new Statement(StatementKind.CLASS, "a.B")), read.statements());
        assertTrue(read.isComplete());
        assertEquals(List.of(file.getFileName()), Files.list(dir).map(Path::getFileName).collect(Collectors.toList()));
    }

    @Test
    void writeIsUtf8() throws IOException {
        Path file = dir.resolve("statements.txt");
        Map<String, String> header = new LinkedHashMap<>(header());
        header.put(StatementsFile.HEADER_JDK, "Ünïcödé Vendor 17.0.1");
        Statement test = new Statement(StatementKind.TEST, "[engine:junit-jupiter]/[class:com.example.ÜberTest]", "3 ms SUCCESSFUL");

        StatementsWriter.write(new StatementsFile(header, List.of(test)), file);

        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Ünïcödé"));
        StatementsFile read = StatementsReader.read(file);
        assertEquals("Ünïcödé Vendor 17.0.1", read.header().get(StatementsFile.HEADER_JDK));
        assertEquals(List.of(test), read.statements());
    }

    @Test
    void writingIntoAMissingFolderNamesTheTarget() {
        Path target = dir.resolve("no-such-folder").resolve("statements.txt");

        SysimgException e = assertThrows(SysimgException.class,
                () -> StatementsWriter.write(new StatementsFile(header(), statements()), target));

        assertTrue(e.getMessage().contains("\"" + target + "\""), e.getMessage());
    }

    @Test
    void readingAMissingFileNamesIt() {
        Path missing = dir.resolve("missing.txt");

        SysimgException e = assertThrows(SysimgException.class, () -> StatementsReader.read(missing));

        assertTrue(e.getMessage().contains("\"" + missing + "\""), e.getMessage());
    }
}
