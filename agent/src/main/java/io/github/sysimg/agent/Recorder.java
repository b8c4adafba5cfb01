package io.github.sysimg.agent;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recorder that instrumented code calls. It lives on the system class loader and takes only Strings, so that
 * advice inlined into any included class can reach it, whatever that class's loader sees.
 *
 * <p>The JUnit Platform extension calls {@link #testStarted}, {@link #testFinished} and {@link #testLocations}
 * reflectively: it must not link against the agent, which may be absent.
 */
public final class Recorder {
    private static final Map<String, Boolean> ENTERED = new ConcurrentHashMap<>();
    private static final Object KEYS_LOCK = new Object();
    private static final List<String> KEYS = new ArrayList<>();
    private static final int FAST_IDS = 1 << 20;
    /**
     * Which methods have run, by id: once a method ran, its probe costs one read of a constant array, which the JIT
     * folds into the caller like any field read. Not volatile on purpose: a volatile read in every call of a parser's
     * per-character methods keeps the JIT from moving loads across it, and a thread that misses another's write
     * only takes the slow path once more, where the map counts each method once. A library with more methods than this array has ids records the rest through the map.
     */
    private static final boolean[] ENTERED_IDS = new boolean[FAST_IDS];
    private static final ThreadLocal<String> THREAD_TEST = new ThreadLocal<>();
    private static volatile String currentTest = "";
    private static volatile RecordingSession session;
    private static final MethodHandle NO_OP = MethodHandles.empty(MethodType.methodType(void.class));
    /** The start of an entry probe's call site name; the method's number follows. */
    static final String PROBE_PREFIX = "sysimg$";

    private Recorder() {
    }

    static void start(RecordingSession newSession) {
        session = newSession;
    }

    /** Numbers a method (as {@code binary.ClassName.method(descriptor)}) for its probe. */
    static int register(String key) {
        synchronized (KEYS_LOCK) {
            KEYS.add(key);
            return KEYS.size() - 1;
        }
    }

    /**
     * The bootstrap of a method's entry probe ({@code invokedynamic} in class files of Java 7 and later). The JVM
     * links a call site when it first runs, that is when the method is first entered: the bootstrap records that
     * entry and links the site, for good, to a no-op, so that the probe costs nothing from then on, not even the
     * array read of {@link #enter}, which in hot code changes what the JIT inlines.
     *
     * <p>The method's number is in the call site's name, {@code sysimg$ID}, not a static argument: an {@code int}
     * argument makes the JVM adapt the bootstrap's type at each link, which loads method handle classes that would
     * then count as JDK classes the library needs.
     *
     * @param name {@link #PROBE_PREFIX} and the method's number from {@link #register}
     */
    public static CallSite probe(MethodHandles.Lookup caller, String name, MethodType type) {
        firstEntry(Integer.parseInt(name, PROBE_PREFIX.length(), name.length(), 10));
        return new ConstantCallSite(NO_OP);
    }

    /**
     * Called on entry of every method and constructor of an included class whose class file is too old for
     * {@link #probe}.
     *
     * @param id the method's number from {@link #register}
     */
    public static void enter(int id) {
        if (id < FAST_IDS && ENTERED_IDS[id]) {
            return;
        }
        firstEntry(id);
    }

    private static void firstEntry(int id) {
        String key;
        synchronized (KEYS_LOCK) {
            key = KEYS.get(id);
        }
        // Two threads may race past the array read; the map makes the first entry count once.
        if (ENTERED.putIfAbsent(key, Boolean.TRUE) == null) {
            RecordingSession s = session;
            if (s != null) {
                s.methodEntered(key, test());
            }
        }
        if (id < FAST_IDS) {
            ENTERED_IDS[id] = true;
        }
    }

    /** The unique id of the test running on this thread, or the last one started anywhere. */
    static String test() {
        String test = THREAD_TEST.get();
        return test != null ? test : currentTest;
    }

    /** A test (or container) started on this thread. */
    public static void testStarted(String uniqueId) {
        THREAD_TEST.set(uniqueId);
        currentTest = uniqueId;
    }

    /** A test finished: records it with its duration and outcome. */
    public static void testFinished(String uniqueId, long millis, String status) {
        THREAD_TEST.remove();
        RecordingSession s = session;
        if (s != null) {
            s.testFinished(uniqueId, millis, status);
        }
    }

    /**
     * The code-source locations (URIs, separated by newlines) of the discovered test classes: classes from them
     * are tests, not the included library code, even when they share its packages.
     */
    public static void testLocations(String locations) {
        RecordingSession s = session;
        if (s != null) {
            s.testLocations(Set.of(locations.split("\n")));
        }
    }
}
