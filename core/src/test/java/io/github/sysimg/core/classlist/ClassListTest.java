package io.github.sysimg.core.classlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.io.IOException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassListTest {

    static final String FOO_LAMBDA = "com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$main$0 ()V ()V";
    static final String FOO_LAMBDA_2 = "com/example/Foo apply ()Ljava/util/function/Function; (Ljava/lang/Object;)Ljava/lang/Object; "
            + "REF_invokeStatic com/example/Foo lambda$main$1 (Ljava/lang/String;)Ljava/lang/String; (Ljava/lang/String;)Ljava/lang/String;";
    static final String GONE_LAMBDA = "com/example/Gone run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Gone lambda$x$0 ()V ()V";
    static final String OTHER_LAMBDA = "org/other/Lib run ()Ljava/lang/Runnable; ()V REF_invokeStatic org/other/Lib lambda$x$0 ()V ()V";

    static Jdk jdk;
    static List<String> defaultLines;

    @BeforeAll
    static void readJdk() throws IOException {
        jdk = Jdk.current();
        defaultLines = new ArrayList<>(new LinkedHashSet<>(jdk.defaultClassListLines()));
    }

    static StatementsFile statements(Statement... statements) {
        return new StatementsFile(Map.of(), List.of(statements));
    }

    /** A CDS archive's class list from statements, as the image builder makes it. */
    static ClassList of(Jdk jdk, StatementsFile statements, Collection<String> available) {
        return ClassList.of(jdk, ImageKind.CDS_ARCHIVE, statements, available, name -> null);
    }

    static Statement s(StatementKind kind, String name) {
        return new Statement(kind, name);
    }

    @Test
    void startsWithTheJdksDefaultClassList() {
        ClassList list = of(jdk, statements(s(StatementKind.CLASS, "com.example.Foo")), Set.of("com.example.Foo"));

        assertTrue(defaultLines.size() > 100, "default class list of " + defaultLines.size() + " lines");
        assertTrue(defaultLines.contains("java/lang/Object"));
        assertEquals(defaultLines, list.lines().subList(0, defaultLines.size()));
        assertEquals(defaultLines.size() + 1, list.lines().size());
    }

    @Test
    void emptyStatementsGiveTheDefaultClassList() {
        ClassList list = of(jdk, statements(), Set.of());

        assertEquals(defaultLines, list.lines());
        assertEquals(0, list.includedClasses());
        assertEquals(0, list.jdkClasses());
        assertEquals(0, list.lambdas());
        assertEquals(List.of(), list.missingClasses());
    }

    @Test
    void addsJdkClassesNotInTheDefaultList() {
        assumeFalse(defaultLines.contains("javax/swing/JTable"), "JTable is in this JDK's default class list");
        assumeTrue(defaultLines.contains("java/lang/String"));

        ClassList list = of(jdk, statements(
                s(StatementKind.JDK, "javax.swing.JTable"),
                s(StatementKind.JDK, "java.lang.String"),
                s(StatementKind.JDK, "java.util.concurrent.Phaser$QNode")), Set.of());

        List<String> added = list.lines().subList(defaultLines.size(), list.lines().size());
        List<String> expected = new ArrayList<>(List.of("javax/swing/JTable"));
        if (!defaultLines.contains("java/util/concurrent/Phaser$QNode")) {
            expected.add("java/util/concurrent/Phaser$QNode");
        }
        assertEquals(expected, added);
        assertEquals(expected.size(), list.jdkClasses());
    }

    @Test
    void withoutDropsTheClassesOfALeftOutFeatureAndTheirLambdas() {
        assumeFalse(defaultLines.contains("javax/swing/JTable"), "JTable is in this JDK's default class list");
        ClassList list = of(jdk, statements(
                s(StatementKind.JDK, "javax.swing.JTable"),
                s(StatementKind.CLASS, "com.example.Foo"),
                s(StatementKind.CLASS, "com.example.Bar"),
                s(StatementKind.LAMBDA, FOO_LAMBDA)), Set.of("com.example.Foo", "com.example.Bar"));

        ClassList without = list.without(jdk, Set.of("javax.swing.JTable", "com.example.Foo"), Set.of("com.example.Foo", "com.example.Bar"));

        assertEquals(list.lines().size() - 3, without.lines().size());
        assertFalse(without.lines().contains("javax/swing/JTable"));
        assertFalse(without.lines().contains("com/example/Foo"));
        assertFalse(without.lines().contains("@lambda-proxy " + FOO_LAMBDA), "the left-out class's lambda goes too");
        assertTrue(without.lines().contains("com/example/Bar"));
        assertEquals(defaultLines, without.lines().subList(0, defaultLines.size()));
        assertEquals(1, without.includedClasses());
        assertEquals(list.jdkClasses() - 1, without.jdkClasses());
        assertEquals(0, without.lambdas());
    }

    @Test
    void leavesOutHiddenJdkClasses() {
        ClassList list = of(jdk, new StatementsFile(Map.of(), List.of(
                s(StatementKind.JDK, "java.lang.invoke.LambdaForm$MH/0x0000000800c01000"),
                s(StatementKind.JDK, "com.example.Foo$$Lambda$14"))), Set.of());

        assertEquals(defaultLines, list.lines());
        assertEquals(0, list.jdkClasses());
    }

    @Test
    void addsOnlyClassesOnTheImageClassPath() {
        ClassList list = of(jdk, statements(
                s(StatementKind.CLASS, "com.example.Foo"),
                s(StatementKind.CLASS, "com.example.Gone"),
                s(StatementKind.CLASS, "com.example.Foo$Inner"),
                s(StatementKind.CLASS, "com.example.AlsoGone")),
                Set.of("com.example.Foo", "com.example.Foo$Inner", "com.example.Unrecorded"));

        List<String> added = list.lines().subList(defaultLines.size(), list.lines().size());
        assertEquals(List.of("com/example/Foo", "com/example/Foo$Inner"), added);
        assertEquals(2, list.includedClasses());
        assertEquals(List.of("com.example.Gone", "com.example.AlsoGone"), list.missingClasses());
        assertFalse(list.lines().contains("com/example/Unrecorded"));
    }

    @Test
    void acceptsTheAvailableClassesAsAnyCollection() {
        ClassList list = of(jdk, statements(s(StatementKind.CLASS, "com.example.Foo")),
                List.of("com.example.Foo", "com.example.Foo", "com.example.Bar"));

        assertEquals(1, list.includedClasses());
        assertTrue(list.lines().contains("com/example/Foo"));
    }

    @Test
    void addsLambdasOnlyOfIncludedCallers() {
        ClassList list = of(jdk, statements(
                s(StatementKind.CLASS, "com.example.Foo"),
                s(StatementKind.CLASS, "com.example.Gone"),
                s(StatementKind.LAMBDA, FOO_LAMBDA),
                s(StatementKind.LAMBDA, FOO_LAMBDA_2),
                s(StatementKind.LAMBDA, GONE_LAMBDA),
                s(StatementKind.LAMBDA, OTHER_LAMBDA)), Set.of("com.example.Foo"));

        assertTrue(list.lines().contains("@lambda-proxy " + FOO_LAMBDA));
        assertTrue(list.lines().contains("@lambda-proxy " + FOO_LAMBDA_2));
        assertFalse(list.lines().contains("@lambda-proxy " + GONE_LAMBDA), "caller not on the image class path");
        assertFalse(list.lines().contains("@lambda-proxy " + OTHER_LAMBDA), "caller not recorded as a class");
        assertEquals(2, list.lambdas());
        assertTrue(list.lines().indexOf("com/example/Foo") < list.lines().indexOf("@lambda-proxy " + FOO_LAMBDA),
                "a lambda line must come after its caller is loaded");
    }

    @Test
    void noDuplicateLines() {
        assumeTrue(defaultLines.contains("java/lang/Object"));
        ClassList list = of(jdk, statements(
                s(StatementKind.CLASS, "com.example.Foo"),
                new Statement(StatementKind.CLASS, "com.example.Foo", "[engine:x]/[test:other]"),
                s(StatementKind.JDK, "java.lang.Object"),
                s(StatementKind.JDK, "javax.swing.JTree"),
                s(StatementKind.JDK, "javax.swing.JTree"),
                s(StatementKind.LAMBDA, FOO_LAMBDA),
                new Statement(StatementKind.LAMBDA, FOO_LAMBDA, "[engine:x]/[test:other]")), Set.of("com.example.Foo"));

        assertEquals(list.lines().size(), new HashSet<>(list.lines()).size(), "duplicate lines");
        assertEquals(1, list.includedClasses());
        assertEquals(1, list.lambdas());
        assertEquals(defaultLines.contains("javax/swing/JTree") ? 0 : 1, list.jdkClasses());
        assertEquals(1, list.lines().stream().filter("java/lang/Object"::equals).count());
    }

    @Test
    void classListOfARealRecordingReadsBack() {
        StatementsFile read = StatementsReader.read("s.txt", String.join("\n",
                "@format 1",
                "class com.example.Foo\t[engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar()]",
                "method com.example.Foo#bar()V",
                "jdk javax.swing.JTable",
                "lambda " + FOO_LAMBDA,
                "test [engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar()]\t3 ms SUCCESSFUL",
                "@end"));

        ClassList list = of(jdk, read, Set.of("com.example.Foo"));

        assertEquals(1, list.includedClasses());
        assertEquals(1, list.lambdas());
        assertTrue(list.lines().contains("com/example/Foo"));
        assertTrue(list.lines().contains("@lambda-proxy " + FOO_LAMBDA));
        assertTrue(list.lines().stream().noneMatch(l -> l.contains("#") || l.contains("[engine:")), "methods and tests are no class list lines");
    }

    @Test
    void trainedKeepsTheJdkClassesTheLibraryNeedsAndDropsThoseOnlyTheTestsLoaded() {
        assumeFalse(defaultLines.contains("javax/swing/JTable") || defaultLines.contains("java/sql/Timestamp"),
                "JTable or Timestamp is in this JDK's default class list");
        ClassList statementsOnly = ClassList.of(jdk, ImageKind.AOT_CACHE, statements(
                s(StatementKind.JDK, "java.sql.Timestamp"),
                s(StatementKind.CLASS, "com.example.Foo"),
                s(StatementKind.CLASS, "com.example.Skipped")), Set.of("com.example.Foo", "com.example.Skipped"), name -> null);
        List<String> training = List.of(
                "java/lang/Object",
                "com/example/Foo",
                "java/sql/Timestamp",
                "javax/swing/JTable",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
                "@lambda-proxy " + FOO_LAMBDA,
                "@cp com/example/Foo 2 7",
                "@cp javax/swing/JTable 3 9");

        ClassList trained = statementsOnly.trained(jdk, ImageKind.AOT_CACHE, training, List.of(), Set.of(), Set.of("com.example.Foo", "com.example.Skipped"));

        assertTrue(trained.lines().contains("java/sql/Timestamp"), "the library used it: " + trained.lines());
        assertFalse(trained.lines().contains("javax/swing/JTable"), "only a test loaded it");
        assertFalse(trained.lines().contains("@cp javax/swing/JTable 3 9"), "its linked entries go with it");
        assertTrue(trained.lines().contains("@cp com/example/Foo 2 7"));
        assertTrue(trained.lines().contains("@lambda-proxy " + FOO_LAMBDA));
        assertTrue(trained.lines().stream().anyMatch(l -> l.startsWith("@lambda-form-invoker ")));
        assertTrue(trained.lines().contains("com/example/Skipped"), "a class only a skipped test used stays");
        assertTrue(trained.lines().indexOf("com/example/Foo") < trained.lines().indexOf("@cp com/example/Foo 2 7"),
                "a class comes before its constant pool entries");
        assertEquals(2, trained.includedClasses());
        assertEquals(1, trained.jdkClasses());
        assertEquals(1, trained.lambdas());
        assertFalse(trained.lines().contains("java/lang/String"), "the training's list, not the JDK's default list, is the base");
        List<String> defaultShapes = defaultLines.stream().filter(l -> l.startsWith("@lambda-form-invoker ")).toList();
        assertTrue(trained.lines().containsAll(defaultShapes), "the default list's method handle shapes stay");

        ClassList cds = statementsOnly.trained(jdk, ImageKind.CDS_ARCHIVE, training, List.of(), Set.of(), Set.of("com.example.Foo", "com.example.Skipped"));

        assertTrue(cds.lines().contains("java/lang/Object"), "a default-list class the training loaded stays");
        assertFalse(cds.lines().contains("java/lang/String"), "a default-list class the training did not load goes");
        assertTrue(cds.lines().containsAll(defaultShapes), "the default list's method handle shapes stay");
        assertFalse(cds.lines().contains("javax/swing/JTable"));
        assertEquals(1, cds.jdkClasses());
    }

    @Test
    void trainedKeepsTheJdkClassesThatTheDependenciesNameButNotTheTestsOwn() {
        assumeFalse(defaultLines.contains("javax/swing/JTable") || defaultLines.contains("java/sql/Timestamp"),
                "JTable or Timestamp is in this JDK's default class list");
        ClassList statementsOnly = ClassList.of(jdk, ImageKind.AOT_CACHE, statements(s(StatementKind.CLASS, "com.example.Foo")),
                Set.of("com.example.Foo", "org.framework.Context"), name -> null);
        List<String> training = List.of("com/example/Foo", "org/framework/Context", "java/sql/Timestamp", "javax/swing/JTable");

        ClassList trained = statementsOnly.trained(jdk, ImageKind.AOT_CACHE, training, List.of(), Set.of("java/sql/Timestamp"),
                Set.of("com.example.Foo", "org.framework.Context"));

        assertTrue(trained.lines().contains("org/framework/Context"), "a dependency's class the training loaded: " + trained.lines());
        assertTrue(trained.lines().contains("java/sql/Timestamp"), "a dependency names it: " + trained.lines());
        assertFalse(trained.lines().contains("javax/swing/JTable"), "only a test loaded it");
    }

    @Test
    void trainedKeepsTheLinkageClassesTheTrainingNeverLoadedButNotTheTestsOwnJdkClasses() {
        assumeFalse(defaultLines.contains("javax/swing/JTable") || defaultLines.contains("java/sql/Timestamp"),
                "JTable or Timestamp is in this JDK's default class list");
        ClassList statementsOnly = ClassList.of(jdk, ImageKind.AOT_CACHE, statements(s(StatementKind.CLASS, "com.example.Foo")),
                Set.of("com.example.Foo"), name -> null);
        List<String> training = List.of("java/lang/Object", "com/example/Foo", "javax/swing/JTable");
        String shape = "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.Invokers$Holder linkToTargetMethod LJJL_L";
        List<String> linkage = List.of("java/lang/Object", "java/sql/Timestamp", shape);

        for (ImageKind kind : ImageKind.values()) {
            ClassList trained = statementsOnly.trained(jdk, kind, training, linkage, Set.of(), Set.of("com.example.Foo"));

            assertTrue(trained.lines().contains("java/sql/Timestamp"), kind + ": linking the app's call sites needs it: " + trained.lines());
            assertTrue(trained.lines().contains(shape), kind + ": its method handle shapes stay");
            assertFalse(trained.lines().contains("javax/swing/JTable"), kind + ": only a test loaded it");
            assertEquals(1, trained.lines().stream().filter("java/lang/Object"::equals).count(), "a class is listed once");
            assertEquals(1, trained.jdkClasses(), kind + ": Timestamp is beyond the default list");
        }
    }

    @Test
    void trainedKeepsALambdaLineAsOftenAsTheTrainingWroteIt() {
        ClassList statementsOnly = ClassList.of(jdk, ImageKind.CDS_ARCHIVE, statements(s(StatementKind.CLASS, "com.example.Foo")),
                Set.of("com.example.Foo"), name -> null);
        // Two call sites of the same shape in one class: the JVM writes the line twice, and hands out each archived
        // proxy once.
        String defaultClass = defaultLines.stream().filter(l -> !l.startsWith("@")).reduce((a, b) -> b).orElseThrow();
        String defaultLambda = "@lambda-proxy " + defaultClass + " run ()Ljava/lang/Runnable; ()V REF_invokeStatic "
                + defaultClass + " lambda$x$0 ()V ()V";
        List<String> training = List.of("com/example/Foo", "@lambda-proxy " + FOO_LAMBDA, "com/example/Foo",
                "@lambda-proxy " + FOO_LAMBDA, defaultClass, defaultLambda);

        for (ImageKind kind : ImageKind.values()) {
            ClassList trained = statementsOnly.trained(jdk, kind, training, List.of(), Set.of(), Set.of("com.example.Foo"));

            assertEquals(2, trained.lines().stream().filter(("@lambda-proxy " + FOO_LAMBDA)::equals).count(), kind + ": " + trained.lines());
            assertEquals(1, trained.lines().stream().filter("com/example/Foo"::equals).count(), "a class is listed once");
            assertTrue(trained.lines().contains(defaultLambda), kind + ": a default-list class the training loaded keeps its lambdas");
            assertEquals(3, trained.lambdas(), "three lambda call sites");
        }
    }

    @Test
    void withoutCountsOnlyTheJdkClassesBeyondTheDefaultListItDrops() {
        String defaultClass = defaultLines.stream().filter(l -> !l.startsWith("@")).reduce((a, b) -> b).orElseThrow();
        ClassList list = new ClassList(List.of(defaultClass, "javax/swing/JTable", "com/example/Foo"), 1, 1, 0, List.of());

        ClassList without = list.without(jdk, Set.of(defaultClass.replace('/', '.'), "javax.swing.JTable"), Set.of("com.example.Foo"));

        assertEquals(List.of("com/example/Foo"), without.lines());
        assertEquals(0, without.jdkClasses(), "a default-list class was never counted as added");
        assertEquals(1, without.includedClasses());
    }

    @Test
    void withoutAlsoDropsTheLinkedConstantPoolEntriesOfALeftOutClass() {
        ClassList list = new ClassList(List.of("java/lang/Object", "com/example/Foo", "@cp com/example/Foo 2 7", "@cp java/lang/Object 3"),
                1, 0, 0, List.of());

        ClassList without = list.without(jdk, Set.of("com.example.Foo"), Set.of("com.example.Foo"));

        assertEquals(List.of("java/lang/Object", "@cp java/lang/Object 3"), without.lines());
        assertEquals(0, without.includedClasses());
    }
}
