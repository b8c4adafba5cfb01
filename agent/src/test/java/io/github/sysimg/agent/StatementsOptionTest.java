package io.github.sysimg.agent;

import io.github.sysimg.protocol.AgentOptions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statements=FILE}: FILE is only ever whole; until the JVM exits the record is the journal beside it. */
class StatementsOptionTest {
    @TempDir
    Path dir;

    @Test
    void theJournalBecomesTheStatementsFileInOneRename() throws Exception {
        Path target = dir.resolve("runs/run.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "the previous recording\n");
        Journal journal = Journal.statements(target);
        assertEquals(target.toAbsolutePath().resolveSibling("run.txt." + ProcessHandle.current().pid() + ".partial"), journal.file());

        journal.write("class com.example.Foo");
        assertEquals("the previous recording\n", Files.readString(target), "FILE is untouched until the JVM exits");
        assertEquals(List.of("class com.example.Foo"), Files.readAllLines(journal.file()), "what was recorded is on disk at once");

        journal.write("@end");
        journal.publish();
        assertEquals(List.of("class com.example.Foo", "@end"), Files.readAllLines(target));
        assertFalse(Files.exists(journal.file()));
        try (var files = Files.list(target.getParent())) {
            assertEquals(List.of(target.toAbsolutePath()), files.map(Path::toAbsolutePath).toList(), "nothing else is left beside FILE");
        }
    }

    @Test
    void aFolderIsNotAStatementsFile() {
        Exception e = assertThrows(java.io.IOException.class, () -> Journal.statements(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void theAgentTakesAStatementsFileOrAnOutputFolderAndSaysWhichIsMissing() {
        AgentOptions options = AgentOptions.parse("include=com.example:org.acme,statements=run.txt");
        assertEquals("run.txt", options.statements());
        assertEquals(List.of("com.example", "org.acme"), options.includes());

        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("include=com.example"))
                .getMessage().contains("needs statements=<file>"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("include=com.example,statements=a,output=b"))
                .getMessage().contains("not both"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("statements=a"))
                .getMessage().contains("needs include="));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentOptions.parse("include=a,statement=b"))
                .getMessage().contains("Unknown sysimg agent option \"statement\""));
    }
}
