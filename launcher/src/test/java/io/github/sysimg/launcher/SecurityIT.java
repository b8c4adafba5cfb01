package io.github.sysimg.launcher;

import static io.github.sysimg.launcher.Processes.cp;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.Statement;
import io.github.sysimg.core.StatementKind;
import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the recording agent may do, end to end: it records (and instruments) only the included packages, never
 * a test helper or JUnit, and it opens no network port in the test JVM.
 */
class SecurityIT {
    /**
     * A test helper outside the included package, and a test that, in the recording JVM, lists the TCP sockets
     * its own process listens on and the UDP sockets it holds (from /proc/self/net, matched to /proc/self/fd by
     * inode), after proving that the listing sees a port it opens itself.
     */
    static final Map<String, String> SOURCES = Map.of(
            "org/acme/testsupport/Names.java", """
            package org.acme.testsupport;
            public final class Names {
                private Names() { }
                public static String symbolOf(String name) { return name.equals("kilometre") ? "km" : "m"; }
            }
            """,
            "org/acme/units/NoPortTest.java", """
            package org.acme.units;
            import static org.junit.jupiter.api.Assertions.*;
            import java.io.IOException;
            import java.net.ServerSocket;
            import java.nio.file.*;
            import java.util.*;
            import org.junit.jupiter.api.Test;
            class NoPortTest {
                static List<String> openPorts() throws IOException {
                    Set<String> inodes = new HashSet<>();
                    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
                        for (Path fd : fds) {
                            try {
                                String link = Files.readSymbolicLink(fd).toString();
                                if (link.startsWith("socket:[")) { inodes.add(link.substring(8, link.length() - 1)); }
                            } catch (IOException gone) { }
                        }
                    }
                    List<String> open = new ArrayList<>();
                    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
                        Path file = Path.of("/proc/self/net", table);
                        if (!Files.exists(file)) { continue; }
                        List<String> lines = Files.readAllLines(file);
                        for (String line : lines.subList(1, lines.size())) {
                            String[] f = line.trim().split("\\\\s+");
                            boolean port = table.startsWith("udp") || f[3].equals("0A");
                            if (port && inodes.contains(f[9])) { open.add(table + " " + f[1]); }
                        }
                    }
                    return open;
                }
                @Test void theRecordingJvmListensOnNoPort() throws Exception {
                    assertNotNull(System.getProperty("sysimg.recording"), "runs with the recording agent");
                    List<String> before = openPorts();
                    try (ServerSocket own = new ServerSocket(0)) {
                        assertEquals(before.size() + 1, openPorts().size(), "the listing sees a port this test opens");
                    }
                    assertEquals(List.of(), before, "ports open before the test used the library");
                    Converter c = new Converter();
                    assertEquals("km", c.parse("2 " + org.acme.testsupport.Names.symbolOf("kilometre")).unit().symbol());
                    assertEquals(List.of(), openPorts(), "ports open after the test used the library");
                }
            }
            """);

    @Test
    void theAgentRecordsOnlyTheIncludedPackagesAndOpensNoPort(@TempDir Path dir) throws Exception {
        String junitCp = Cli.junitClassPath();
        SampleLibrary.Compiled lib = SampleLibrary.compile(dir.resolve("lib"), junitCp, SOURCES);
        Processes.Result run = Processes.sysimg(dir, "-cp", cp(lib.classes(), lib.testClasses(), junitCp), "-p", "org.acme.units",
                "--include-package", "org.acme.units", "--no-training", "--statements", "st.txt", "--image", "units.jsa").assertExit(0);
        assertTrue(run.stdout().contains("0 tests failed"), run.stdout());

        StatementsFile statements = StatementsReader.read(dir.resolve("st.txt"));
        assertTrue(statements.names(StatementKind.TEST).stream().anyMatch(t -> t.contains("NoPortTest")), "the port test ran");
        assertTrue(statements.names(StatementKind.CLASS).contains("org.acme.units.Converter"));
        for (Statement s : statements.statements()) {
            String name = s.name();
            switch (s.kind()) {
                case CLASS, METHOD -> assertTrue(name.startsWith("org.acme.units."), "outside the included package: " + s.toLine());
                case LAMBDA -> assertTrue(name.startsWith("org/acme/units/"), "outside the included package: " + s.toLine());
                case JDK -> assertTrue(name.matches("(java|javax|jdk|sun|com\\.sun|org\\.w3c|org\\.xml|org\\.ietf)\\..*"), "not a JDK class: " + s.toLine());
                default -> { }
            }
            assertFalse(name.contains("org.acme.testsupport") || name.contains("org/acme/testsupport"), "a test helper: " + s.toLine());
            assertFalse(s.kind() != StatementKind.TEST && (name.contains("org.junit") || name.contains("org/junit")), "JUnit: " + s.toLine());
        }
    }
}
