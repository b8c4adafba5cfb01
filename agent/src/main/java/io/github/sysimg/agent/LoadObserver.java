package io.github.sysimg.agent;

import java.lang.instrument.ClassFileTransformer;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The agent's one class file transformer. Included classes get entry probes and are indexed and recorded; a JDK
 * class is attributed to the library when the innermost non-JDK frame that caused its loading is library code;
 * every other class passes with one string comparison, so a large test suite's thousands of classes cost next to
 * nothing.
 *
 * <p>A test class of the included packages that loads after test discovery, when the test classes' locations are
 * known (see {@link RecordingSession#testLocations}), gets no probes: no statement comes from it.
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
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined, ProtectionDomain domain,
                            byte[] bytes) {
        if (internalName == null || redefined != null || BUSY.get() != null) {
            return null;
        }
        BUSY.set(Boolean.TRUE);
        try {
            if (loader == null || loader == platformLoader) {
                // Until the library's first class loads, every JDK class is JUnit's or the JVM's: no stack walk.
                if (session.libraryLoaded() && MethodIndex.isJdkClass(internalName) && !internalName.contains("$$")) {
                    String name = internalName.replace('/', '.');
                    WALKER.walk(firstForeignFrame).ifPresent(trigger -> session.jdkClassLoaded(name, trigger));
                }
                return null;
            }
            if (!session.options().includedInternal(internalName)) {
                return null;
            }
            String location = location(domain);
            if (session.isTestLocation(location)) {
                session.classLoaded(internalName.replace('/', '.'), location, Map.of());
                return null;
            }
            MethodIndex.Probed probed = MethodIndex.probe(bytes);
            session.classLoaded(internalName.replace('/', '.'), location, probed.index);
            return probed.classFile;
        } catch (Throwable t) {
            // The JVM swallows a transformer's exceptions: say it, and keep the test run going.
            System.err.println("[sysimg] cannot record " + internalName + ": " + t);
            return null;
        } finally {
            BUSY.remove();
        }
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
