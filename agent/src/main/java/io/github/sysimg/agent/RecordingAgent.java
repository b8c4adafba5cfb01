package io.github.sysimg.agent;

import io.github.sysimg.protocol.AgentOptions;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;

/**
 * The recording Java agent: {@code -javaagent:sysimg-agent.jar=include=com.example,statements=FILE} on any JVM, or
 * {@code output=DIR} in place of {@code statements=FILE} in the test JVMs the launcher and the Maven plugin start.
 *
 * <p>It adds an entry probe to each method and constructor of the included packages' classes as they load, with
 * ASM (shaded and relocated, so a suite's own ASM or Byte Buddy never clashes), and observes without changing
 * them the loading of all other classes. It opens no port and starts no thread.
 *
 * <p>A probe is four bytes of bytecode, so the agent writes it with ASM itself: a higher-level library such as Byte
 * Buddy would add its own start-up and a type description and advice weaving for every class loaded.
 */
public final class RecordingAgent {
    /** System property set while recording, so the JUnit extension knows to report tests. */
    public static final String RECORDING_PROPERTY = "sysimg.recording";

    private RecordingAgent() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        AgentOptions options;
        Journal journal;
        try {
            options = AgentOptions.parse(arguments);
            journal = options.statements() != null ? Journal.statements(Path.of(options.statements())) : Journal.session(Path.of(options.output()));
        } catch (java.io.IOException e) {
            System.err.println("[sysimg] The agent cannot write its record (" + e + "); give a writable statements=<file> or output=<folder>.");
            System.exit(1);
            return;
        } catch (Exception e) {
            System.err.println("[sysimg] " + e.getMessage());
            System.exit(1);
            return;
        }
        RecordingSession session = new RecordingSession(options, journal);
        session.header(System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        Recorder.start(session);
        instrumentation.addTransformer(new LoadObserver(session), false);
        Path javaHome = Path.of(System.getProperty("java.home"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> session.finish(instrumentation, javaHome), "sysimg-recorder"));
        System.setProperty(RECORDING_PROPERTY, journal.file().toString());
        if (options.listener() != null) {
            addListener(Path.of(options.listener()), instrumentation);
        }
    }

    /**
     * Puts the JUnit listener's jar on the system class path, where the JUnit Platform finds it through its service
     * file, when the JUnit Platform is there too: a listener class whose interface its loader cannot see would break
     * the launcher's service loading (a test class loader of its own, Surefire's useSystemClassLoader=false).
     */
    private static void addListener(Path jar, Instrumentation instrumentation) {
        if (ClassLoader.getSystemClassLoader().getResource("org/junit/platform/launcher/TestExecutionListener.class") == null) {
            System.err.println("[sysimg] The JUnit Platform is not on the system class path, so the tests are not attributed; add "
                    + "io.github.sysimg:sysimg-junit-extension as a test dependency.");
            return;
        }
        try {
            instrumentation.appendToSystemClassLoaderSearch(new java.util.jar.JarFile(jar.toFile()));
        } catch (java.io.IOException e) {
            System.err.println("[sysimg] Cannot open the JUnit listener's jar " + jar + " (" + e + "), so the tests are not attributed.");
        }
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        premain(arguments, instrumentation);
    }
}
