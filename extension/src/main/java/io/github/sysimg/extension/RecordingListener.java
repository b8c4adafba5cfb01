package io.github.sysimg.extension;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.security.CodeSource;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Tells the sysimg recording agent which test is running, so each statement names the test that first exercised
 * it, and where the test classes live, so they are not taken for library code.
 *
 * <p>Registered through {@code META-INF/services}; inert unless the agent is recording in this JVM (it sets the
 * system property {@code sysimg.recording}). It links only against the JUnit Platform and reaches the agent's
 * {@code Recorder} reflectively, with Strings only.
 */
public class RecordingListener implements TestExecutionListener {
    private static final String RECORDER = "io.github.sysimg.agent.Recorder";

    private final boolean active;
    private final Map<String, Long> startTimes = new ConcurrentHashMap<>();
    private MethodHandle testStarted;
    private MethodHandle testFinished;
    private MethodHandle testLocations;

    public RecordingListener() {
        boolean found = false;
        if (System.getProperty("sysimg.recording") != null) {
            try {
                Class<?> recorder = Class.forName(RECORDER, true, ClassLoader.getSystemClassLoader());
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                testStarted = lookup.findStatic(recorder, "testStarted", MethodType.methodType(void.class, String.class));
                testFinished = lookup.findStatic(recorder, "testFinished",
                        MethodType.methodType(void.class, String.class, long.class, String.class));
                testLocations = lookup.findStatic(recorder, "testLocations", MethodType.methodType(void.class, String.class));
                found = true;
            } catch (ReflectiveOperationException | LinkageError e) {
                System.err.println("[sysimg] the recording agent is not reachable from the test class loader (" + e
                        + "); tests are not attributed.");
            }
        }
        this.active = found;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (!active) {
            return;
        }
        Set<String> locations = new TreeSet<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            collectLocations(testPlan, root, locations);
        }
        invoke(testLocations, String.join("\n", locations));
    }

    private void collectLocations(TestPlan plan, TestIdentifier identifier, Set<String> locations) {
        identifier.getSource().ifPresent(source -> {
            Class<?> type = javaClass(source);
            CodeSource codeSource = type == null || type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
            if (codeSource != null && codeSource.getLocation() != null) {
                locations.add(codeSource.getLocation().toString());
            }
        });
        for (TestIdentifier child : plan.getChildren(identifier)) {
            collectLocations(plan, child, locations);
        }
    }

    private static Class<?> javaClass(TestSource source) {
        try {
            if (source instanceof ClassSource) {
                return ((ClassSource) source).getJavaClass();
            }
            if (source instanceof MethodSource) {
                return ((MethodSource) source).getJavaClass();
            }
        } catch (RuntimeException | LinkageError e) {
            // a source whose class cannot be loaded here has no location to report
        }
        return null;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (active) {
            startTimes.put(identifier.getUniqueId(), System.nanoTime());
            invoke(testStarted, identifier.getUniqueId());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!active) {
            return;
        }
        Long start = startTimes.remove(identifier.getUniqueId());
        if (identifier.isTest()) {
            long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
            try {
                testFinished.invoke(identifier.getUniqueId(), millis, result.getStatus().name());
            } catch (Throwable t) {
                report(t);
            }
        }
    }

    private static void invoke(MethodHandle handle, String argument) {
        try {
            handle.invoke(argument);
        } catch (Throwable t) {
            report(t);
        }
    }

    private static void report(Throwable t) {
        System.err.println("[sysimg] cannot reach the recording agent: " + t);
    }
}
