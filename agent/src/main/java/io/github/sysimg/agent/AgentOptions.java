package io.github.sysimg.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent's options, given as {@code -javaagent:sysimg-agent.jar=output=DIR,include=com.a:com.b}.
 *
 * <ul>
 *   <li>{@code output}: the folder where this JVM writes its session file ({@code session-PID-TIME.statements});
 *       each forked JVM writes its own file, so forks never race.</li>
 *   <li>{@code include}: the packages to record, separated by {@code :}; sub-packages are included.</li>
 * </ul>
 */
final class AgentOptions {
    final String output;
    final List<String> includes;

    private final String[] internalPrefixes;

    private AgentOptions(String output, List<String> includes) {
        this.output = output;
        this.includes = includes;
        this.internalPrefixes = includes.stream().map(p -> p.replace('.', '/') + '/').toArray(String[]::new);
    }

    static AgentOptions parse(String text) {
        String output = null;
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
                    case "include":
                        for (String pkg : value.split(":")) {
                            if (!pkg.isBlank()) {
                                includes.add(pkg.strip());
                            }
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("Unknown sysimg agent option \"" + key + "\"; the options are output and include.");
                }
            }
        }
        if (output == null || output.isEmpty()) {
            throw new IllegalArgumentException("The sysimg agent needs output=<folder>; add it to -javaagent:sysimg-agent.jar=output=...,include=...");
        }
        if (includes.isEmpty()) {
            throw new IllegalArgumentException("The sysimg agent needs include=<package>[:<package>...]; add the packages to record.");
        }
        return new AgentOptions(output, List.copyOf(includes));
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
