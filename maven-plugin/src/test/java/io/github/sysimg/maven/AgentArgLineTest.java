package io.github.sysimg.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sysimg.core.ImageBuilder;
import io.github.sysimg.core.ImageKind;
import io.github.sysimg.core.Jdk;
import io.github.sysimg.core.SysimgException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgentArgLineTest {
    private static final Path JAR = Path.of("/repo/sysimg-agent.jar");
    private static final String AGENT = "-javaagent:/repo/sysimg-agent.jar=output=/p/target/sysimg/sessions,include=com.example";

    private static List<String> values(String line) {
        return io.github.sysimg.core.project.ArgLines.tokens(line).stream().map(io.github.sysimg.core.project.ArgLines.Token::value).collect(Collectors.toList());
    }

    @Test
    void anUndefinedOrEmptyLineBecomesTheAgentAlone() {
        assertEquals(AGENT, AgentArgLine.withAgent(null, AGENT, JAR));
        assertEquals(AGENT, AgentArgLine.withAgent("  ", AGENT, JAR));
    }

    @Test
    void theAgentGoesBeforeTheUsersArgumentsWhichStayAsWritten() {
        assertEquals(AGENT + " -Xmx256m '-Dx=a b' @{extra}", AgentArgLine.withAgent("-Xmx256m '-Dx=a b' @{extra}", AGENT, JAR));
    }

    @Test
    void agentsAlreadyAtTheFrontKeepSeeingTheOriginalClasses() {
        String jacoco = "-javaagent:/repo/org.jacoco.agent-runtime.jar=destfile=/p/target/jacoco.exec";
        assertEquals(jacoco + " " + AGENT + " -Xmx1g", AgentArgLine.withAgent(jacoco + " -Xmx1g", AGENT, JAR));
    }

    @Test
    void anEarlierOptionOfTheSameAgentIsReplaced() {
        String once = AgentArgLine.withAgent("-ea", AGENT, JAR);
        assertEquals(once, AgentArgLine.withAgent(once, AGENT, JAR));
    }

    @Test
    void pathsWithSpacesAreQuotedAndReadBackWhole() {
        String agent = AgentArgLine.agentOption(Path.of("/my repo/sysimg-agent.jar"), Path.of("/my project/target/sysimg/sessions"), List.of("com.a", "com.b"),
                Path.of("/my repo/sysimg-junit-extension.jar"));
        assertEquals("-javaagent:/my repo/sysimg-agent.jar=output=/my project/target/sysimg/sessions,include=com.a:com.b,"
                + "listener=/my repo/sysimg-junit-extension.jar", agent);
        String line = AgentArgLine.withAgent("-Xmx1g", agent, Path.of("/my repo/sysimg-agent.jar"));
        assertEquals('"' + agent + "\" -Xmx1g", line);
        assertEquals(List.of(agent, "-Xmx1g"), values(line));
    }

    @Test
    void tokensFollowSurefiresQuoting() {
        assertEquals(List.of("a", "b c", "d'e", "f\"g", "h i"), values(" a \"b c\"  \"d'e\" 'f\"g' h\" i\" "));
    }

    @Test
    void valuesTheOptionsCannotCarryAreRefusedInOneSentence() {
        IllegalArgumentException comma = assertThrows(IllegalArgumentException.class,
                () -> AgentArgLine.agentOption(JAR, Path.of("/a,b/sessions"), List.of("com.example"), JAR));
        assertEquals("The sessions folder \"/a,b/sessions\" has a ',' in its path, which the agent's options cannot carry; "
                + "set <sessionsDirectory> (sysimg.sessionsDirectory) to a path without commas.", comma.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AgentArgLine.quote("a'b\"c"));
    }

    @Test
    void coreMessagesNameThePluginsParameters() {
        assertEquals("The JDK at \"/j\" is Java 17, which cannot make an AOT cache; use <imageKind>cds</imageKind> (sysimg.imageKind), "
                        + "or a JDK 24 or newer with <javaHome> (sysimg.javaHome).",
                assertThrows(SysimgException.class, () -> ImageBuilder.checkTarget(new Jdk(Path.of("/j"), 17, "Vendor", "17.0.1+1"),
                        ImageKind.AOT_CACHE, Path.of("/j/app.aot"))).message(PomSpelling.INSTANCE));
    }
}
