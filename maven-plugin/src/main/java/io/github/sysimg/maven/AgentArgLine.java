package io.github.sysimg.maven;

import io.github.sysimg.core.project.ArgLines;
import io.github.sysimg.protocol.AgentOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the recording agent's {@code -javaagent:} option into a JVM argument line such as Surefire's {@code argLine},
 * keeping everything else the line holds exactly as it was written, placeholders like {@code @{x}} included.
 *
 * <p>Surefire splits the line into arguments on white space outside single or double quotes, so an argument with
 * spaces is quoted here and the quotes of the existing line are respected when it is taken apart.
 */
final class AgentArgLine {

    private static final String JAVAAGENT = "-javaagent:";

    private AgentArgLine() {
    }

    /**
     * The {@code -javaagent:} argument, unquoted.
     *
     * @throws IllegalArgumentException with a user-facing sentence when a value cannot be carried in the option
     */
    static String agentOption(Path agentJar, Path sessionsDirectory, List<String> includes, Path listenerJar) {
        String jar = agentJar.toAbsolutePath().toString();
        String output = sessionsDirectory.toAbsolutePath().toString();
        // The JVM splits -javaagent at the first '=', the agent splits its options at ','.
        if (jar.indexOf('=') >= 0) {
            throw new IllegalArgumentException("The agent jar \"" + jar + "\" has a '=' in its path, which -javaagent cannot carry; "
                    + "use a local repository whose path has no '='.");
        }
        if (!AgentOptions.canCarry(output)) {
            throw new IllegalArgumentException("The sessions folder \"" + output + "\" has a ',' in its path, which the agent's options "
                    + "cannot carry; set <sessionsDirectory> (sysimg.sessionsDirectory) to a path without commas.");
        }
        String listener = listenerJar.toAbsolutePath().toString();
        if (!AgentOptions.canCarry(listener)) {
            throw new IllegalArgumentException("The listener jar \"" + listener + "\" has a ',' in its path, which the agent's options "
                    + "cannot carry; use a local repository whose path has no ','.");
        }
        return AgentOptions.sessions(output, includes).withListener(listener).javaagent(jar);
    }

    /**
     * The line with {@code agentOption} added: before the user's own arguments, but after the Java agents already at
     * the front of the line. Coverage agents put there by their own {@code prepare-agent} goal (JaCoCo) identify a
     * class by a checksum of the bytes they see, so they must see the original classes, not ours with advice
     * woven in. An earlier {@code -javaagent:} of the same agent jar is replaced, so running the goal twice adds
     * nothing twice.
     *
     * @param existing the current line, or null
     * @param agentJar the agent jar, to recognise an earlier option of the same agent
     */
    static String withAgent(String existing, String agentOption, Path agentJar) {
        String quoted = quote(agentOption);
        if (existing == null || existing.isBlank()) {
            return quoted;
        }
        String ourPrefix = JAVAAGENT + agentJar.toAbsolutePath();
        List<String> kept = new ArrayList<>();
        int leadingAgents = 0;
        boolean leading = true;
        for (ArgLines.Token token : ArgLines.tokens(existing)) {
            String value = token.value();
            if (value.startsWith(ourPrefix) && (value.length() == ourPrefix.length() || value.charAt(ourPrefix.length()) == '=')) {
                continue;
            }
            kept.add(existing.substring(token.start(), token.end()));
            if (leading && value.startsWith(JAVAAGENT)) {
                leadingAgents++;
            } else {
                leading = false;
            }
        }
        kept.add(leadingAgents, quoted);
        return String.join(" ", kept);
    }

    /** Quotes an argument the way Surefire (and JaCoCo's prepare-agent) read it back: whole, when it has spaces. */
    static String quote(String argument) {
        boolean plain = !argument.isEmpty();
        for (int i = 0; i < argument.length() && plain; i++) {
            char c = argument.charAt(i);
            plain = !Character.isWhitespace(c) && c != '"' && c != '\'';
        }
        if (plain) {
            return argument;
        }
        if (argument.indexOf('"') < 0) {
            return '"' + argument + '"';
        }
        if (argument.indexOf('\'') < 0) {
            return '\'' + argument + '\'';
        }
        throw new IllegalArgumentException("The argument \"" + argument + "\" holds both kinds of quotes, which an argLine cannot carry; "
                + "use paths without quote characters.");
    }
}
