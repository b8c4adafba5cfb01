package io.github.sysimg.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {
    @Test
    void whatTheToolWritesTheAgentReadsBack() {
        AgentOptions sessions = AgentOptions.parse(AgentOptions.sessions("/t/sessions", List.of("com.a", "org.b")).text());
        assertEquals("/t/sessions", sessions.output());
        assertNull(sessions.statements());
        assertEquals(List.of("com.a", "org.b"), sessions.includes());

        AgentOptions file = AgentOptions.parse(AgentOptions.statementsFile("/t/run.txt", List.of("com.a")).text());
        assertEquals("/t/run.txt", file.statements());
        assertNull(file.output());
        assertEquals(List.of("com.a"), file.includes());
    }

    @Test
    void theTextIsWhatTheAgentsUsersWrite() {
        assertEquals("output=/t/s,include=com.a:org.b", AgentOptions.sessions("/t/s", List.of("com.a", "org.b")).text());
        assertEquals("include=com.a,statements=/t/run.txt", AgentOptions.statementsFile("/t/run.txt", List.of("com.a")).text());
        assertFalse(AgentOptions.canCarry("/a,b"));
        assertTrue(AgentOptions.canCarry("/a b"));
    }

    @Test
    void subPackagesAreIncludedButNotPrefixes() {
        AgentOptions options = AgentOptions.sessions("/t", List.of("com.a"));
        assertTrue(options.includedInternal("com/a/B"));
        assertTrue(options.includedInternal("com/a/b/C"));
        assertFalse(options.includedInternal("com/ab/C"));
    }

    @Test
    void aStatementLineHoldsNoTabOrBreakButTheOneBeforeItsAttribution() {
        assertEquals("class com.a.B", StatementLines.statement(StatementLines.CLASS, "com.a.B", ""));
        assertEquals("test [engine:x]/[method:a b]\t3 ms SUCCESSFUL",
                StatementLines.statement(StatementLines.TEST, "[engine:x]/[method:a\tb]", "3 ms\nSUCCESSFUL".replace('\n', ' ')));
        assertEquals("method com.a.B#c()V\t[test:x y]", StatementLines.statement(StatementLines.METHOD, "com.a.B#c()V", "[test:x\ty]"));
        assertEquals("@jdk a b", StatementLines.header(StatementLines.JDK, "a\nb"));
    }
}
