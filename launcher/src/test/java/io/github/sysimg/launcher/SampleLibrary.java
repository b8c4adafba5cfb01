package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small unit-conversion library with its tests and a main, written and compiled by the tests. */
final class SampleLibrary {
    /**
     * Where it was compiled to, and the file that {@code Registry}'s static initializer writes in every JVM that
     * runs it (the path is compiled into the class, so no option or property is needed for it to appear).
     */
    record Compiled(Path classes, Path testClasses, Path marker) {
    }

    static final Map<String, String> FAILING_TEST = Map.of("org/acme/units/FailingTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.junit.jupiter.api.Test;
            class FailingTest {
                @Test void wrong() { assertEquals(1, Unit.values().length); }
            }
            """);

    /**
     * A test whose own code uses a JDK class the library never touches: {@code java.util.concurrent.Exchanger},
     * in no JDK's default class list.
     */
    static final Map<String, String> TEST_ONLY_JDK_CLASS_TEST = Map.of("org/acme/units/HandOverTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import java.util.concurrent.Exchanger;
            import org.junit.jupiter.api.Test;
            class HandOverTest {
                @Test void parsesWhatAnotherThreadHandsOver() throws Exception {
                    Exchanger<String> exchanger = new Exchanger<>();
                    Thread other = new Thread(() -> { try { exchanger.exchange("7 m"); } catch (InterruptedException e) { } });
                    other.start();
                    Quantity q = new Converter().parse(exchanger.exchange(null));
                    assertEquals(Unit.METRE, q.unit());
                    // what no other test exercises, so that the training, which runs the tests that first exercised
                    // something, runs this one too
                    assertEquals("Quantity[amount=7.0, unit=METRE]", q.toString());
                    other.join();
                }
            }
            """);

    /**
     * What a test calls to wait for the IT that runs it: {@code org.acme.gate.Gate.pass()} creates the file
     * {@code GATE.waiting} and blocks until the file {@code GATE} exists, GATE being the system property
     * {@code acme.gate}; without the property it passes at once (JUnit's ConsoleLauncher counting the tests). The IT
     * creates GATE once it has seen what it waits for (a progress line, a held lock), so a test takes exactly as long
     * as the IT needs, however slow the machine. Outside the library's packages: never recorded.
     */
    static final Map<String, String> GATE = Map.of("org/acme/gate/Gate.java", """
            package org.acme.gate;
            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.nio.file.FileAlreadyExistsException;
            import java.nio.file.Files;
            import java.nio.file.Path;
            public final class Gate {
                public static void pass() throws InterruptedException {
                    if (System.getProperty("acme.gate") == null) {
                        return;
                    }
                    Path gate = Path.of(System.getProperty("acme.gate"));
                    try {
                        Files.createFile(gate.resolveSibling(gate.getFileName() + ".waiting"));
                    } catch (FileAlreadyExistsException e) {
                        // another test got here first
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    while (!Files.exists(gate)) {
                        Thread.sleep(10);
                    }
                }
            }
            """);

    /** A test that mocks with Mockito, which brings its own Byte Buddy and ASM. */
    static final Map<String, String> MOCKITO_TEST = Map.of("org/acme/units/MockedTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.mockito.Mockito.*;
            import java.util.function.Supplier;
            import org.junit.jupiter.api.Test;
            class MockedTest {
                @Test @SuppressWarnings("unchecked") void parsesWhatASupplierGives() {
                    Supplier<String> text = mock(Supplier.class);
                    when(text.get()).thenReturn("4 in");
                    assertEquals(Unit.INCH, new Converter().parse(text.get()).unit());
                    verify(text).get();
                }
            }
            """);

    private static final Map<String, String> MAIN_SOURCES = Map.of(
            "org/acme/units/Unit.java", """
            package org.acme.units;
            /** Units of length. */
            public enum Unit {
                MILLIMETRE("mm", 0.001), METRE("m", 1), KILOMETRE("km", 1000), INCH("in", 0.0254), MILE("mi", 1609.344);
                final String symbol; final double metres;
                Unit(String symbol, double metres) { this.symbol = symbol; this.metres = metres; }
                public String symbol() { return symbol; }
            }
            """,
            "org/acme/units/Quantity.java", """
            package org.acme.units;
            import java.util.Locale;
            /** An amount in a unit. */
            public record Quantity(double amount, Unit unit) {
                public String format() { return String.format(Locale.ROOT, "%.3f %s", amount, unit.symbol()); }
            }
            """,
            "org/acme/units/Registry.java", """
            package org.acme.units;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.Map;
            import java.util.TreeMap;
            /** Looks units up by symbol. Its initializer leaves a mark, to prove when library code ran. */
            public final class Registry {
                private static final Map<String, Unit> BY_SYMBOL = new TreeMap<>();
                static {
                    for (Unit u : Unit.values()) { BY_SYMBOL.put(u.symbol(), u); }
                    try { Files.writeString(Path.of(@MARKER@), "the static initializer ran"); } catch (Exception e) { throw new RuntimeException(e); }
                }
                private Registry() { }
                public static Unit of(String symbol) {
                    Unit u = BY_SYMBOL.get(symbol);
                    if (u == null) { throw new IllegalArgumentException("unknown unit " + symbol); }
                    return u;
                }
            }
            """,
            "org/acme/units/Converter.java", """
            package org.acme.units;
            import java.util.List;
            import java.util.regex.Matcher;
            import java.util.regex.Pattern;
            import java.util.stream.Collectors;
            /** Converts quantities and parses them from text. */
            public final class Converter {
                private static final Pattern QUANTITY = Pattern.compile("\\\\s*([-0-9.]+)\\\\s*([a-z]+)\\\\s*");
                public Quantity convert(Quantity q, Unit to) { return new Quantity(q.amount() * q.unit().metres / to.metres, to); }
                public Quantity parse(String text) {
                    Matcher m = QUANTITY.matcher(text);
                    if (!m.matches()) { throw new IllegalArgumentException("not a quantity: " + text); }
                    return new Quantity(Double.parseDouble(m.group(1)), Registry.of(m.group(2)));
                }
                public List<String> table(Quantity q) {
                    return List.of(Unit.values()).stream().map(u -> convert(q, u)).map(Quantity::format).collect(Collectors.toList());
                }
            }
            """,
            "org/acme/units/cli/Main.java", """
            package org.acme.units.cli;
            import org.acme.units.*;
            public final class Main {
                public static void main(String[] args) {
                    Converter c = new Converter();
                    Quantity q = c.parse(args.length > 0 ? args[0] + " km" : "1 km");
                    c.table(q).forEach(System.out::println);
                    System.out.println(c.convert(c.parse("3 mi"), Unit.METRE).format());
                }
            }
            """);

    private static final Map<String, String> TEST_SOURCES = Map.of(
            "org/acme/units/ConverterTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.*;
            import org.junit.jupiter.api.Test;
            class ConverterTest {
                final Converter c = new Converter();
                @Test void convertsKilometresToMetres() { assertEquals(1500.0, c.convert(new Quantity(1.5, Unit.KILOMETRE), Unit.METRE).amount(), 1e-9); }
                @Test void parses() { assertEquals(Unit.MILE, c.parse(" 2 mi ").unit()); }
                @Test void rejectsGarbage() { assertThrows(IllegalArgumentException.class, () -> c.parse("two miles")); }
                @Test void tableHasEveryUnit() { assertEquals(Unit.values().length, c.table(new Quantity(1, Unit.METRE)).size()); }
                @Test void formats() { assertEquals("1.000 km", new Quantity(1, Unit.KILOMETRE).format()); }
            }
            """);

    private SampleLibrary() {
    }

    static Compiled compile(Path dir, String junitClassPath) throws IOException {
        return compile(dir, junitClassPath, Map.of());
    }

    static Compiled compile(Path dir, String junitClassPath, Map<String, String> extraTests) throws IOException {
        return compile(dir, junitClassPath, extraTests, List.of());
    }

    /**
     * @param libraryOptions further javac options for the library's own classes (its main, too)
     */
    static Compiled compile(Path dir, String junitClassPath, Map<String, String> extraTests, List<String> libraryOptions)
            throws IOException {
        Path src = dir.resolve("src/main/java");
        Path testSrc = dir.resolve("src/test/java");
        Path classes = dir.resolve("target/classes");
        Path testClasses = dir.resolve("target/test-classes");
        Path marker = dir.resolve("initializer-ran.txt").toAbsolutePath();
        Map<String, String> mainSources = new java.util.HashMap<>(MAIN_SOURCES);
        mainSources.replaceAll((file, text) -> text.replace("@MARKER@", javaString(marker.toString())));
        List<String> mainFiles = write(src, mainSources);
        Map<String, String> tests = new java.util.HashMap<>(TEST_SOURCES);
        tests.putAll(extraTests);
        List<String> testFiles = write(testSrc, tests);
        javac(classes, classes.toString(), mainFiles, libraryOptions);
        javac(testClasses, classes + File.pathSeparator + junitClassPath, testFiles, List.of());
        return new Compiled(classes, testClasses, marker);
    }

    private static String javaString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Compiles an application's sources (path to source text) against the library into {@code out}. */
    static Path compileApp(Path dir, Path libraryClasses, Map<String, String> sources) throws IOException {
        Path out = dir.resolve("app/classes");
        javac(out, libraryClasses.toString(), write(dir.resolve("app/src"), sources), List.of());
        return out;
    }

    private static List<String> write(Path root, Map<String, String> sources) throws IOException {
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        return files;
    }

    private static void javac(Path out, String classPath, List<String> files, List<String> options) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-nowarn", "-d", out.toString(), "-cp", classPath));
        args.addAll(options);
        args.addAll(files);
        int exit = javac.run(null, null, null, args.toArray(new String[0]));
        assertTrue(exit == 0, "javac failed for " + files);
    }

    /**
     * The library as the dependency of an application in Spring Boot's extracted layout: {@code DIR/app/app.jar},
     * whose manifest names the main class and {@code Class-Path: lib/units-1.0.jar}.
     */
    static Path extractedLayout(Path dir, Compiled lib) throws java.io.IOException {
        Path app = Files.createDirectories(dir.resolve("app"));
        jar(lib.classes(), Files.createDirectories(app.resolve("lib")).resolve("units-1.0.jar"), null);
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes attributes = manifest.getMainAttributes();
        attributes.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(java.util.jar.Attributes.Name.MAIN_CLASS, SecondLibraryIT.MAIN);
        attributes.put(java.util.jar.Attributes.Name.CLASS_PATH, "lib/units-1.0.jar");
        return jar(Files.createDirectories(dir.resolve("empty")), app.resolve("app.jar"), manifest);
    }

    /** Jars the classes of a folder, with a manifest if given. */
    static Path jar(Path classes, Path jar, java.util.jar.Manifest manifest) throws java.io.IOException {
        try (java.io.OutputStream file = Files.newOutputStream(jar);
             java.util.jar.JarOutputStream out = manifest == null ? new java.util.jar.JarOutputStream(file) : new java.util.jar.JarOutputStream(file, manifest);
             java.util.stream.Stream<Path> walk = Files.walk(classes)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }
}
