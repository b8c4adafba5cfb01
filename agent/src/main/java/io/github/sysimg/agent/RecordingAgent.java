package io.github.sysimg.agent;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;

import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * The recording Java agent: {@code -javaagent:sysimg-agent.jar=output=DIR,include=com.example}.
 *
 * <p>It transforms only classes of the included packages (an entry advice on each method and constructor) and
 * observes, without changing them, the loading of all other classes. It opens no port and starts no thread.
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
            journal = new Journal(Path.of(options.output));
        } catch (Exception e) {
            System.err.println("[sysimg] " + e.getMessage());
            System.exit(1);
            return;
        }
        RecordingSession session = new RecordingSession(options, journal);
        session.header(System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        Recorder.start(session);
        // First the observer, so it sees each class's original bytes; then Byte Buddy's transformation.
        instrumentation.addTransformer(new LoadObserver(session), false);
        installAdvice(options, instrumentation);
        Path javaHome = Path.of(System.getProperty("java.home"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> session.finish(instrumentation, javaHome), "sysimg-recorder"));
        System.setProperty(RECORDING_PROPERTY, journal.file().toString());
    }

    public static void agentmain(String arguments, Instrumentation instrumentation) {
        premain(arguments, instrumentation);
    }

    private static void installAdvice(AgentOptions options, Instrumentation instrumentation) {
        ElementMatcher.Junction<TypeDescription> included = none();
        for (String pkg : options.includes) {
            included = included.or(nameStartsWith(pkg + "."));
        }
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.DISABLED)
                .with(new ErrorListener())
                .ignore(nameStartsWith("io.github.sysimg.agent."))
                .type(included)
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(MethodAdvice.class).on(isMethod().and(not(isAbstract())).and(not(isNative())).or(isConstructor()))))
                .installOn(instrumentation);
    }

    /** Byte Buddy's errors would be swallowed by the JVM: print them. */
    private static final class ErrorListener extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded, Throwable throwable) {
            System.err.println("[sysimg] cannot instrument " + typeName + ": " + throwable);
        }
    }
}
