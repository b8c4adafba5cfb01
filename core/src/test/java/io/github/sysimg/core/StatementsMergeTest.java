package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementsMergeTest {

    static final String LAMBDA_A = "com/example/A run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/A lambda$x$0 ()V ()V";
    static final String LAMBDA_B = "com/example/B run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/B lambda$y$0 ()V ()V";

    static Statement cls(String name, String attribution) {
        return new Statement(StatementKind.CLASS, name, attribution);
    }

    static Statement cls(String name) {
        return new Statement(StatementKind.CLASS, name);
    }

    static StatementsFile file(Statement... statements) {
        return new StatementsFile(Map.of(), List.of(statements));
    }

    @Test
    void unionWithoutDuplicates() {
        StatementsFile a = file(cls("com.example.Foo", "t1"), new Statement(StatementKind.METHOD, "com.example.Foo#a()V"), cls("com.example.Foo", "t1"));
        StatementsFile b = file(cls("com.example.Foo", "t2"), cls("com.example.Bar"), new Statement(StatementKind.METHOD, "com.example.Foo#a()V", "t3"));

        StatementsFile merged = StatementsFile.merge(List.of(a, b), Map.of());

        assertEquals(List.of(
                cls("com.example.Bar"),
                cls("com.example.Foo", "t1"),
                new Statement(StatementKind.METHOD, "com.example.Foo#a()V", "t3")), merged.statements());
    }

    @Test
    void firstNonEmptyAttributionWins() {
        StatementsFile unattributed = file(cls("com.example.Foo"));
        StatementsFile second = file(cls("com.example.Foo", "[engine:x]/[test:second]"));
        StatementsFile third = file(cls("com.example.Foo", "[engine:x]/[test:third]"));

        assertEquals(List.of(cls("com.example.Foo", "[engine:x]/[test:second]")),
                StatementsFile.merge(List.of(unattributed, second, third), Map.of()).statements());
        assertEquals(List.of(cls("com.example.Foo", "[engine:x]/[test:third]")),
                StatementsFile.merge(List.of(third, unattributed, second), Map.of()).statements());
        assertEquals(List.of(cls("com.example.Foo")),
                StatementsFile.merge(List.of(unattributed, unattributed), Map.of()).statements());
    }

    @Test
    void firstAttributionWinsWithinOneFile() {
        StatementsFile one = file(cls("com.example.Foo"), cls("com.example.Foo", "first"), cls("com.example.Foo", "second"));

        assertEquals(List.of(cls("com.example.Foo", "first")), one.normalized().statements());
    }

    @Test
    void canonicalOrderIsKindThenNameWithTestsInTheOrderTheyRan() {
        List<Statement> expected = List.of(
                cls("com.example.A"),
                cls("com.example.A$1"),
                cls("com.example.B"),
                new Statement(StatementKind.METHOD, "com.example.A#<init>()V"),
                new Statement(StatementKind.METHOD, "com.example.A#run()V"),
                new Statement(StatementKind.METHOD, "com.example.B#a(I)V"),
                new Statement(StatementKind.JDK, "java.lang.String"),
                new Statement(StatementKind.JDK, "java.util.List"),
                new Statement(StatementKind.LAMBDA, LAMBDA_A),
                new Statement(StatementKind.LAMBDA, LAMBDA_B),
                new Statement(StatementKind.TEST, "[engine:junit-jupiter]/[class:com.example.ATest]", "1 ms SUCCESSFUL"),
                new Statement(StatementKind.TEST, "[engine:junit-jupiter]/[class:com.example.BTest]", "2 ms FAILED"));
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<Statement> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, random);
            int half = shuffled.size() / 2;
            StatementsFile a = new StatementsFile(Map.of(), shuffled.subList(0, half));
            StatementsFile b = new StatementsFile(Map.of(), shuffled.subList(half, shuffled.size()));

            // tests stay in the order they were met (the order they ran), the rest is sorted
            List<Statement> expectedHere = new ArrayList<>(expected.subList(0, expected.size() - 2));
            shuffled.stream().filter(s -> s.kind() == StatementKind.TEST).forEach(expectedHere::add);
            assertEquals(expectedHere, StatementsFile.merge(List.of(a, b), Map.of()).statements(), "input " + shuffled);
        }
    }

    @Test
    void kindOrderIsClassMethodJdkLambdaTest() {
        assertEquals(List.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA, StatementKind.TEST),
                List.of(StatementKind.values()));
        StatementsFile merged = StatementsFile.merge(List.of(file(
                new Statement(StatementKind.TEST, "[a]"),
                new Statement(StatementKind.LAMBDA, LAMBDA_A),
                new Statement(StatementKind.JDK, "a.A"),
                new Statement(StatementKind.METHOD, "z.Z#z()V"),
                cls("z.Z"))), Map.of());

        assertEquals(List.of(StatementKind.CLASS, StatementKind.METHOD, StatementKind.JDK, StatementKind.LAMBDA, StatementKind.TEST),
                merged.statements().stream().map(Statement::kind).toList());
    }

    @Test
    void warningsAreCarriedOverInInputOrder() {
        StatementsFile a = StatementsReader.read("a.txt", "@format 1\nclass a.A\ngarbage a\n@end\n");
        StatementsFile b = StatementsReader.read("b.txt", "@format 1\nnonsense b\nclass b.B\n@end\n");

        StatementsFile merged = StatementsFile.merge(List.of(a, b), Map.of());

        assertEquals(2, merged.warnings().size(), merged.warnings().toString());
        assertTrue(merged.warnings().get(0).startsWith("a.txt:3: "), merged.warnings().toString());
        assertTrue(merged.warnings().get(1).startsWith("b.txt:2: "), merged.warnings().toString());
        assertEquals(List.of(cls("a.A"), cls("b.B")), merged.statements());
    }

    @Test
    void incompleteIfAnyInputIsIncomplete() {
        StatementsFile complete = StatementsReader.read("a.txt", "@format 1\nclass a.A\n@end\n");
        StatementsFile cutShort = StatementsReader.read("b.txt", "@format 1\nclass b.B\n");

        assertTrue(StatementsFile.merge(List.of(complete, complete), Map.of()).isComplete());
        assertFalse(StatementsFile.merge(List.of(complete, cutShort), Map.of()).isComplete());
        assertFalse(StatementsFile.merge(List.of(cutShort, complete), Map.of()).isComplete());
        assertEquals(List.of(cls("a.A"), cls("b.B")), StatementsFile.merge(List.of(cutShort, complete), Map.of()).statements());
    }

    @Test
    void mergingAnEmptyFileChangesNothing() {
        StatementsFile a = file(cls("com.example.Foo", "t1"), new Statement(StatementKind.JDK, "java.util.List"), cls("com.example.Bar"));
        StatementsFile empty = new StatementsFile(Map.of(), List.of());

        StatementsFile merged = StatementsFile.merge(List.of(empty, a, empty), Map.of());

        assertEquals(a.normalized().statements(), merged.statements());
        assertTrue(merged.isComplete());
        assertEquals(List.of(), merged.warnings());
    }

    @Test
    void anEmptyFileOnDiskHasNoStatementsAndIsIncomplete() {
        StatementsFile emptyText = StatementsReader.read("empty.txt", "");
        StatementsFile a = file(cls("com.example.Foo"));

        StatementsFile merged = StatementsFile.merge(List.of(a, emptyText), Map.of());

        assertEquals(List.of(), emptyText.statements());
        assertEquals(List.of(cls("com.example.Foo")), merged.statements());
        assertFalse(merged.isComplete(), "an empty file is a recording cut short before it began");
    }

    @Test
    void mergingNothingGivesAnEmptyCompleteFile() {
        StatementsFile merged = StatementsFile.merge(List.of(), Map.of(StatementsFile.HEADER_JDK, "Acme 17"));

        assertEquals(List.of(), merged.statements());
        assertTrue(merged.isComplete());
        assertEquals(Map.of(StatementsFile.HEADER_FORMAT, "1", StatementsFile.HEADER_JDK, "Acme 17"), merged.header());
    }

    @Test
    void mergedHeaderIsTheGivenOneWithTheCurrentFormatFirst() {
        Map<String, String> header = new LinkedHashMap<>();
        header.put(StatementsFile.HEADER_JDK, "Acme 17.0.1");
        header.put(StatementsFile.HEADER_FORMAT, "0");
        header.put(StatementsFile.HEADER_SELECTORS, "--select-package com.example");
        StatementsFile withOtherHeader = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, "Other 21"), List.of(cls("a.A")));

        StatementsFile merged = StatementsFile.merge(List.of(withOtherHeader), header);

        assertEquals(List.of(StatementsFile.HEADER_FORMAT, StatementsFile.HEADER_JDK, StatementsFile.HEADER_SELECTORS),
                List.copyOf(merged.header().keySet()));
        assertEquals("1", merged.header().get(StatementsFile.HEADER_FORMAT));
        assertEquals("Acme 17.0.1", merged.header().get(StatementsFile.HEADER_JDK));
    }

    @Test
    void normalizedIsIdempotentAndKeepsTheHeader() {
        StatementsFile file = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, "Acme 17"),
                List.of(cls("b.B"), cls("a.A", "t"), cls("a.A"), new Statement(StatementKind.JDK, "java.lang.Object")));

        StatementsFile once = file.normalized();
        StatementsFile twice = once.normalized();

        assertEquals(List.of(cls("a.A", "t"), cls("b.B"), new Statement(StatementKind.JDK, "java.lang.Object")), once.statements());
        assertEquals(once.statements(), twice.statements());
        assertEquals(once.header(), twice.header());
        assertEquals("Acme 17", once.header().get(StatementsFile.HEADER_JDK));
        assertEquals(StatementsWriter.toText(once), StatementsWriter.toText(twice));
    }

    @Test
    void namesAndStatementsByKind() {
        StatementsFile file = file(cls("b.B"), new Statement(StatementKind.JDK, "java.lang.Object"), cls("a.A"), cls("b.B", "t"));

        assertEquals(List.of("a.A", "b.B"), List.copyOf(file.names(StatementKind.CLASS)), "sorted, without duplicates");
        assertEquals(Set.of("java.lang.Object"), file.names(StatementKind.JDK));
        assertEquals(List.of(cls("b.B"), cls("a.A"), cls("b.B", "t")), file.statements(StatementKind.CLASS));
        assertEquals(List.of(), file.statements(StatementKind.LAMBDA));
    }

    @Test
    void filesRecordedOnAnotherJdkAreNamedInOneLine() {
        Jdk jdk = Jdk.current();
        StatementsFile here = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, jdk.describe()), List.of(cls("a.A")));
        StatementsFile unknown = file(cls("a.B"));
        StatementsFile other = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, "Acme 21.0.1+1"), List.of(cls("a.C")));
        StatementsFile third = new StatementsFile(Map.of(StatementsFile.HEADER_JDK, "Acme 24+36"), List.of(cls("a.D")));
        Map<String, StatementsFile> same = new LinkedHashMap<>();
        same.put("here.txt", here);
        same.put("unknown.txt", unknown);
        assertEquals(java.util.Optional.empty(), StatementsFile.recordedOnOtherJdk(same, jdk), "no line when all say this JDK, or nothing");

        Map<String, StatementsFile> one = new LinkedHashMap<>(same);
        one.put("other.txt", other);
        String line = StatementsFile.recordedOnOtherJdk(one, jdk).orElseThrow();
        assertTrue(line.startsWith("\"other.txt\" was recorded on JDK Acme 21.0.1+1, not on JDK " + jdk.describe() + ", which builds the image"), line);

        Map<String, StatementsFile> two = new LinkedHashMap<>(one);
        two.put("third.txt", third);
        line = StatementsFile.recordedOnOtherJdk(two, jdk).orElseThrow();
        assertTrue(line.startsWith("\"other.txt\" (JDK Acme 21.0.1+1), \"third.txt\" (JDK Acme 24+36) were recorded on another JDK than JDK "
                + jdk.describe()), line);
        assertFalse(line.contains("\n"), "one line");
    }
}
