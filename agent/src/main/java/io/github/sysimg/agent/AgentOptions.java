package io.github.sysimg.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent's options, given as {@code -javaagent:sysimg-agent.jar=include=com.a:com.b,statements=FILE} (or
 * {@code output=DIR} in place of {@code statements=FILE}).
 *
 * <ul>
 *   <li>{@code include}: the packages to record, separated by {@code :}; sub-packages are included.</li>
 *   <li>{@code statements}: the statements file this JVM writes when it exits, whole; until then what it records
 *       goes to the journal {@code FILE.PID.partial} beside it, which is all that is left when the JVM is killed.</li>
 *   <li>{@code output}: the folder where this JVM writes its session file ({@code session-PID-TIME.statements});
 *       each forked JVM writes its own file, so forks never race. The launcher merges them.</li>
 * </ul>
 */
final class AgentOptions {
    final String output;
    final String statements;
    final List<String> includes;

    private final String[] internalPrefixes;

    private AgentOptions(String output, String statements, List<String> includes) {
        this.output = output;
        this.statements = statements;
        this.includes = includes;
        this.internalPrefixes = includes.stream().map(p -> p.replace('.', '/') + '/').toArray(String[]::new);
    }

    static AgentOptions parse(String text) {
        String output = null;
        String statements = null;
        List<String> includes = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String option : text.split(",")) {
                int eq = option.indexOf('=');
                String key = eq < 0 ? option.strip() : option.substring(0, eq).strip();
                String value = eq < 0 ? "" : option.substring(eq + 1).strip();
                switch (key) {
                    case "output":
                        output = value;
                        break;
                    case "statements":
                        statements = value;
                        break;
                    case "include":
                        for (String pkg : value.split(":")) {
                            if (!pkg.isBlank()) {
                                includes.add(pkg.strip());
                            }
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown sysimg agent option \"" + key
                                + "\"; the options are include, statements and output.");
                }
            }
        }
        boolean hasOutput = output != null && !output.isEmpty();
        boolean hasStatements = statements != null && !statements.isEmpty();
        if (hasOutput == hasStatements) {
            throw new IllegalArgumentException(hasOutput
                    ? "The sysimg agent takes statements=<file> or output=<folder>, not both; leave out one of them."
                    : "The sysimg agent needs statements=<file>; add it to -javaagent:sysimg-agent.jar=include=...,statements=...");
        }
        if (includes.isEmpty()) {
            throw new IllegalArgumentException("The sysimg agent needs include=<package>[:<package>...]; add the packages to record.");
        }
        return new AgentOptions(hasOutput ? output : null, hasStatements ? statements : null, List.copyOf(includes));
    }

    /** Whether an internal class name ({@code a/b/C}) is in an included package: the test on every class load. */
    boolean includedInternal(String internalName) {
        for (String prefix : internalPrefixes) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
