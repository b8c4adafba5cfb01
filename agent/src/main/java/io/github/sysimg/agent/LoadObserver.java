package io.github.sysimg.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Watches class loading without changing any class: included classes are indexed and recorded, and a JDK class
 * is attributed to the library when the innermost non-JDK frame that caused its loading is library code.
 */
final class LoadObserver implements ClassFileTransformer {
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final ThreadLocal<Boolean> BUSY = new ThreadLocal<>();

    private final RecordingSession session;
    private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();
    private final Function<Stream<StackWalker.StackFrame>, Optional<String>> firstForeignFrame = new FirstForeignFrame();

    LoadObserver(RecordingSession session) {
        this.session = session;
    }

    @Override
    public byte[] transform(ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
        if (internalName == null || redefined != null || BUSY.get() != null) {
            return null;
        }
        BUSY.set(Boolean.TRUE);
        try {
            String name = internalName.replace('/', '.');
            if (loader == null || loader == platformLoader) {
                if (MethodIndex.isJdkClass(internalName) && !internalName.contains("$$")) {
                    WALKER.walk(firstForeignFrame).ifPresent(trigger -> session.jdkClassLoaded(name, trigger));
                }
            } else if (session.options().included(name)) {
                session.classLoaded(name, location(domain), MethodIndex.of(bytes));
            }
        } catch (Throwable t) {
            // The JVM swallows a transformer's exceptions: say it, and keep the test run going.
            System.err.println("[sysimg] cannot record " + internalName + ": " + t);
        } finally {
            BUSY.remove();
        }
        return null;
    }

    private static String location(ProtectionDomain domain) {
        CodeSource source = domain == null ? null : domain.getCodeSource();
        return source == null || source.getLocation() == null ? "" : source.getLocation().toString();
    }

    /** The class name of the innermost frame that is neither the JDK's nor the agent's. */
    private static final class FirstForeignFrame implements Function<Stream<StackWalker.StackFrame>, Optional<String>> {
        @Override
        public Optional<String> apply(Stream<StackWalker.StackFrame> frames) {
            var it = frames.iterator();
            while (it.hasNext()) {
                String name = it.next().getClassName();
                if (!MethodIndex.isJdkClass(name) && !name.startsWith("io.github.sysimg.agent.")) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }
}
