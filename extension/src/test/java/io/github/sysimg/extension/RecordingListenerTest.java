package io.github.sysimg.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The listener sits on every test class path that uses the Maven plugin, found by the JUnit Platform through
 * ServiceLoader. Without the recording agent it must change nothing: the same results, and not a line of output.
 */
class RecordingListenerTest {
    /** A suite to run: one test passes, one fails. */
    static class Fixture {
        @Test
        void passes() {
        }

        @Test
        void fails() {
            throw new AssertionError("fails on purpose");
        }
    }

    @Test
    void theJUnitPlatformFindsItThroughServiceLoader() {
        List<Class<? extends TestExecutionListener>> found = ServiceLoader.load(TestExecutionListener.class).stream().map(ServiceLoader.Provider::type).toList();
        assertTrue(found.contains(RecordingListener.class), found.toString());
    }

    @Test
    void withoutTheAgentASuiteRunsAsWithoutTheListenerAndNothingIsPrinted() throws Exception {
        assertNull(System.getProperty("sysimg.recording"), "this JVM runs without the recording agent");
        Captured<TestExecutionSummary> run = captured(() -> run(LauncherFactory.create()));
        assertOutcomes(run.value());
        assertEquals("", run.err(), "the listener printed to stderr");
        assertFalse(run.out().contains("[sysimg]"), run.out());
    }

    @Test
    void withTheRecordingPropertyButNoAgentItSaysSoOnceAndStaysInert() throws Exception {
        System.setProperty("sysimg.recording", "true");
        Captured<RecordingListener> created;
        try {
            created = captured(RecordingListener::new);
        } finally {
            System.clearProperty("sysimg.recording");
        }
        List<String> lines = created.err().lines().toList();
        assertEquals(1, lines.size(), created.err());
        assertTrue(lines.get(0).startsWith("[sysimg] the recording agent is not reachable from the test class loader ("), lines.get(0));
        assertTrue(lines.get(0).endsWith("); tests are not attributed."), lines.get(0));

        Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
        Captured<TestExecutionSummary> run = captured(() -> run(launcher, created.value()));
        assertOutcomes(run.value());
        assertEquals("", run.err(), "the listener printed to stderr during the run");
    }

    private static void assertOutcomes(TestExecutionSummary summary) {
        assertEquals(2, summary.getTestsFoundCount());
        assertEquals(1, summary.getTestsSucceededCount());
        assertEquals(1, summary.getTestsFailedCount());
        assertEquals("fails on purpose", summary.getFailures().get(0).getException().getMessage());
    }

    private static TestExecutionSummary run(Launcher launcher, TestExecutionListener... more) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Fixture.class)).build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        TestExecutionListener[] listeners = new TestExecutionListener[more.length + 1];
        listeners[0] = summary;
        System.arraycopy(more, 0, listeners, 1, more.length);
        launcher.execute(request, listeners);
        return summary.getSummary();
    }

    /** What a call returned and printed. */
    record Captured<T>(T value, String out, String err) {
    }

    private static <T> Captured<T> captured(Callable<T> call) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            T value = call.call();
            return new Captured<>(value, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
