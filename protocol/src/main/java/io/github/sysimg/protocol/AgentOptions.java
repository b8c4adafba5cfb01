package io.github.sysimg.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The recording agent's options, as {@code -javaagent:sysimg-agent.jar=include=com.a:com.b,statements=FILE} carries
 * them (or {@code output=DIR} in place of {@code statements=FILE}): the tool and the Maven plugin write them with
 * {@link #text()}, the agent reads them with {@link #parse}.
 *
 * <ul>
 *   <li>{@code include}: the packages to record, separated by {@code :}; sub-packages are included.</li>
 *   <li>{@code statements}: the statements file this JVM writes when it exits, whole; until then what it records
 *       goes to the journal {@code FILE.PID.partial} beside it, which is all that is left when the JVM is killed.</li>
 *   <li>{@code output}: the folder where this JVM writes its session file ({@code session-PID-TIME.statements});
 *       each forked JVM writes its own file, so forks never race. The tool merges them.</li>
 *   <li>{@code listener}: the jar of the JUnit listener that tells the agent which test runs
 *       ({@code sysimg-junit-extension}); the agent puts it on the system class path when the JUnit Platform is
 *       there, so a build's tests are attributed without a dependency of the user's.</li>
 * </ul>
 */
public final class AgentOptions {
    /** What separates the options; a value cannot hold it. */
    public static final char SEPARATOR = ',';

    private final String output;
    private final String statements;
    private final List<String> includes;
    private final IncludedPackages included;
    private final String listener;

    private AgentOptions(String output, String statements, List<String> includes, String listener) {
        this.listener = listener;
        this.output = output;
        this.statements = statements;
        this.includes = List.copyOf(includes);
        this.included = IncludedPackages.of(this.includes);
    }

    /** A JVM that writes its session file into {@code folder}. */
    public static AgentOptions sessions(String folder, List<String> includes) {
        return new AgentOptions(folder, null, includes, null);
    }

    /** A JVM that writes the statements file {@code file} when it exits. */
    public static AgentOptions statementsFile(String file, List<String> includes) {
        return new AgentOptions(null, file, includes, null);
    }

    /** Whether the options can carry {@code value}: it holds no {@link #SEPARATOR}. */
    public static boolean canCarry(String value) {
        return value.indexOf(SEPARATOR) < 0;
    }

    /** These options with the JUnit listener's jar for the agent to put on the system class path. */
    public AgentOptions withListener(String jar) {
        return new AgentOptions(output, statements, includes, jar);
    }

    /** The JUnit listener's jar, or null. */
    public String listener() {
        return listener;
    }

    /** The folder for session files, or null. */
    public String output() {
        return output;
    }

    /** The statements file, or null. */
    public String statements() {
        return statements;
    }

    /** The packages to record. */
    public List<String> includes() {
        return includes;
    }

    /** The options as the agent's argument, after {@code -javaagent:JAR=}. */
    public String text() {
        String include = "include=" + String.join(":", includes);
        String text = output != null ? "output=" + output + SEPARATOR + include : include + SEPARATOR + "statements=" + statements;
        return listener == null ? text : text + SEPARATOR + "listener=" + listener;
    }

    /** The whole JVM option that attaches the agent in {@code agentJar} with these options. */
    public String javaagent(String agentJar) {
        return "-javaagent:" + agentJar + "=" + text();
    }

    /**
     * Reads the agent's argument.
     *
     * @throws IllegalArgumentException with one sentence saying what is wrong
     */
    public static AgentOptions parse(String text) {
        String output = null;
        String statements = null;
        String listener = null;
        List<String> includes = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String option : text.split(String.valueOf(SEPARATOR))) {
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
                    case "listener":
                        listener = value.isEmpty() ? null : value;
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
                                + "\"; the options are include, statements, output and listener.");
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
        return new AgentOptions(hasOutput ? output : null, hasStatements ? statements : null, includes, listener);
    }

    /** Whether an internal class name ({@code a/b/C}) is in an included package: the test on every class load. */
    public boolean includedInternal(String internalName) {
        return included.containsInternal(internalName);
    }
}
