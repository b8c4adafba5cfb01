package io.github.sysimg.runner;

import io.github.sysimg.protocol.RunnerProtocol;
import java.io.PrintStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fallback workload of an image's training run, where no JUnit Platform launcher is at hand (see
 * {@link JUnitTraining}): {@code TrainingReplay TESTS}. It replays the recorded tests by
 * reflection, with no JUnit engine and no agent, so that the JVM records the library's own start-up work: its
 * classes, the JDK classes it uses, its lambdas and (JDK 24+) the constant pool entries it links. The JDK classes a JUnit engine
 * would need stay out of the image. It loads nothing the tests do not: on JDK 24+ every archived class is loaded
 * at start-up, so a class no test needed would only cost.
 *
 * <p>A replay is not a test run: it supports what most tests are (no-argument {@code @Test} methods with
 * {@code @BeforeAll}, {@code @BeforeEach} and {@code @AfterEach}; {@code @ParameterizedTest} with
 * {@code @ValueSource} or {@code @CsvSource}; {@code @Nested} classes), ignores outcomes and skips the rest.
 * Annotations are matched by simple name, so the replay links against no JUnit version.
 */
public final class TrainingReplay {
    /**
     * With {@code -Dsysimg.replay.markers=true} each test's unique id is printed before the test is loaded: with
     * {@code -Xlog:class+load} on the same stream, the classes each test loads first can be told apart.
     */
    static final String MARKER = RunnerProtocol.Training.MARKER;
    /** With markers, printed after a test that threw: its unique id. */
    static final String THREW = RunnerProtocol.Training.THREW;
    private static final boolean MARKERS = Boolean.getBoolean("sysimg.replay.markers");
    private int replayed;
    private int threw;
    private int skipped;
    private final Set<Class<?>> initializedClasses = new HashSet<>();

    private final PrintStream out;

    private TrainingReplay(PrintStream out) {
        this.out = out;
    }

    static PrintStream unclosable(PrintStream stream) {
        return new PrintStream(stream, true) {
            @Override
            public void close() {
                flush();
            }
        };
    }

    public static void main(String[] args) throws Exception {
        // Some suites close System.out (commons-csv's do); the markers and the summary must still reach the log, so
        // the tests get streams whose close only flushes.
        PrintStream out = System.out;
        System.setOut(unclosable(out));
        System.setErr(unclosable(System.err));
        TrainingReplay replay = new TrainingReplay(out);
        for (String uniqueId : JUnitTraining.lines(args[0])) {
            replay.replay(uniqueId);
        }
        out.println(JUnitTraining.SUMMARY + replay.replayed + " of " + (replay.replayed + replay.skipped) + " tests by reflection ("
                + replay.threw + " threw); " + replay.skipped + " not run (not replayable without a JUnit engine)");
        out.flush();
        System.err.flush();
        // Threads a test leaves behind must not keep the training JVM alive. halt, not exit: since JDK 21 exit
        // starts the platform logging (to log the exit), whose classes would go into the image. The JVM still
        // writes what it recorded (AOT configuration, class list) on halt.
        Runtime.getRuntime().halt(0);
    }

    private void replay(String uniqueId) {
        if (MARKERS) {
            out.println(MARKER + uniqueId);
        }
        List<String[]> segments = segments(uniqueId);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Class<?>> chain = new ArrayList<>();
        String methodSegment = null;
        String invocation = null;
        try {
            for (String[] segment : segments) {
                switch (segment[0]) {
                    case "class":
                        chain.add(Class.forName(segment[1], true, loader));
                        break;
                    case "nested-class":
                        chain.add(Class.forName(chain.get(chain.size() - 1).getName() + "$" + segment[1], true, loader));
                        break;
                    case "method":
                    case "test-template":
                        methodSegment = segment[1];
                        break;
                    case "test-template-invocation":
                        invocation = segment[1];
                        break;
                    default:
                        break;
                }
            }
        } catch (Throwable e) {
            skipped++;
            return;
        }
        if (chain.isEmpty() || methodSegment == null) {
            skipped++;
            return;
        }
        Class<?> testClass = chain.get(chain.size() - 1);
        Method method = findMethod(testClass, methodSegment);
        Object[] arguments = method == null ? null : arguments(method, invocation);
        if (arguments == null) {
            skipped++;
            return;
        }
        replayed++;
        try {
            for (Class<?> type : chain) {
                beforeAll(type);
            }
            Object instance = instantiate(chain);
            invokeAnnotated(testClass, instance, "BeforeEach", true);
            try {
                method.setAccessible(true);
                method.invoke(instance, arguments);
            } finally {
                invokeAnnotated(testClass, instance, "AfterEach", false);
            }
        } catch (Throwable outcomeIgnored) {
            // The outcome does not matter: the training run only needs the code to run.
            threw++;
            if (MARKERS) {
                out.println(THREW + uniqueId);
            }
        }
    }

    private void beforeAll(Class<?> type) {
        if (initializedClasses.add(type)) {
            try {
                invokeAnnotated(type, null, "BeforeAll", true);
            } catch (Throwable ignored) {
                // as for the tests: the outcome does not matter
            }
        }
    }

    private static Object instantiate(List<Class<?>> chain) throws Exception {
        Object outer = null;
        for (Class<?> type : chain) {
            Constructor<?> constructor;
            if (outer != null && !Modifier.isStatic(type.getModifiers())) {
                constructor = type.getDeclaredConstructor(outer.getClass());
                constructor.setAccessible(true);
                outer = constructor.newInstance(outer);
            } else {
                constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                outer = constructor.newInstance();
            }
        }
        return outer;
    }

    /** Calls the no-argument methods annotated {@code annotation}, superclasses' first for before, last for after. */
    private static void invokeAnnotated(Class<?> type, Object instance, String annotation, boolean superFirst) throws Exception {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            if (superFirst) {
                hierarchy.add(0, t);
            } else {
                hierarchy.add(t);
            }
        }
        for (Class<?> t : hierarchy) {
            for (Method m : t.getDeclaredMethods()) {
                if (m.getParameterCount() == 0 && annotated(m, annotation) && (instance != null || Modifier.isStatic(m.getModifiers()))) {
                    m.setAccessible(true);
                    m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance);
                }
            }
        }
    }

    private static Method findMethod(Class<?> type, String segment) {
        int paren = segment.indexOf('(');
        String name = paren < 0 ? segment : segment.substring(0, paren);
        String parameters = paren < 0 ? "" : segment.substring(paren + 1, segment.length() - 1);
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Method m : t.getDeclaredMethods()) {
                if (m.getName().equals(name) && parameterList(m).equals(parameters)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static String parameterList(Method m) {
        StringBuilder s = new StringBuilder();
        for (Class<?> p : m.getParameterTypes()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(p.getTypeName());
        }
        return s.toString();
    }

    /** The arguments of one invocation, or null if the replay cannot supply them. */
    private static Object[] arguments(Method method, String invocation) {
        if (method.getParameterCount() == 0) {
            return new Object[0];
        }
        if (invocation == null || !invocation.startsWith("#")) {
            return null;
        }
        int index = Integer.parseInt(invocation.substring(1)) - 1;
        try {
            Annotation values = annotation(method, "ValueSource");
            if (values != null && method.getParameterCount() == 1) {
                for (String attribute : new String[] {"strings", "ints", "longs", "doubles", "chars", "booleans", "classes"}) {
                    Object array = values.annotationType().getMethod(attribute).invoke(values);
                    int length = java.lang.reflect.Array.getLength(array);
                    if (length > 0) {
                        return index < length ? new Object[] {java.lang.reflect.Array.get(array, index)} : null;
                    }
                }
                return null;
            }
            Annotation csv = annotation(method, "CsvSource");
            if (csv != null) {
                List<String> rows = new ArrayList<>(List.of((String[]) attribute(csv, "value")));
                if (rows.isEmpty()) {
                    for (String line : ((String) attribute(csv, "textBlock")).split("\n")) {
                        if (!line.isBlank() && !line.strip().startsWith("#")) {
                            rows.add(line);
                        }
                    }
                }
                if (index >= rows.size()) {
                    return null;
                }
                String delimiter = (String) attribute(csv, "delimiterString");
                if (delimiter.isEmpty()) {
                    char c = (Character) attribute(csv, "delimiter");
                    delimiter = c == '\0' ? "," : String.valueOf(c);
                }
                return convert(method, splitCsv(rows.get(index), delimiter));
            }
        } catch (Throwable e) {
            return null;
        }
        return null;
    }

    private static Object attribute(Annotation annotation, String name) throws ReflectiveOperationException {
        return annotation.annotationType().getMethod(name).invoke(annotation);
    }

    /**
     * A CSV row as JUnit's {@code @CsvSource} splits it: by the delimiter; a cell that starts with ' is quoted up to
     * the next lone ' ('' inside it is one '), so it may hold the delimiter and keeps its spaces; elsewhere ' is a
     * plain character. Unquoted cells are stripped, and an empty unquoted cell is null.
     */
    static List<String> splitCsv(String row, String delimiter) {
        List<String> cells = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            while (start < row.length() && Character.isWhitespace(row.charAt(start))) {
                start++;
            }
            int next;
            if (start < row.length() && row.charAt(start) == '\'') {
                StringBuilder cell = new StringBuilder();
                int j = start + 1;
                while (j < row.length()) {
                    char c = row.charAt(j);
                    if (c == '\'' && j + 1 < row.length() && row.charAt(j + 1) == '\'') {
                        cell.append(c);
                        j += 2;
                    } else if (c == '\'') {
                        j++;
                        break;
                    } else {
                        cell.append(c);
                        j++;
                    }
                }
                cells.add(cell.toString());
                next = row.indexOf(delimiter, j);
            } else {
                next = row.indexOf(delimiter, start);
                String cell = (next < 0 ? row.substring(start) : row.substring(start, next)).strip();
                cells.add(cell.isEmpty() ? null : cell);
            }
            if (next < 0) {
                return cells;
            }
            i = next + delimiter.length();
        }
    }

    private static Object[] convert(Method method, List<String> cells) {
        Class<?>[] types = method.getParameterTypes();
        if (cells.size() != types.length) {
            return null;
        }
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            String cell = cells.get(i);
            Class<?> t = types[i];
            if (cell == null) {
                values[i] = null;
            } else if (t == String.class || t == Object.class || t == CharSequence.class) {
                values[i] = cell;
            } else if (t == int.class || t == Integer.class) {
                values[i] = Integer.valueOf(cell);
            } else if (t == long.class || t == Long.class) {
                values[i] = Long.valueOf(cell);
            } else if (t == double.class || t == Double.class) {
                values[i] = Double.valueOf(cell);
            } else if (t == boolean.class || t == Boolean.class) {
                values[i] = Boolean.valueOf(cell);
            } else if (t == char.class || t == Character.class) {
                values[i] = cell.length() == 1 ? cell.charAt(0) : null;
            } else if (t.isEnum()) {
                values[i] = enumConstant(t, cell);
            } else {
                return null;
            }
            if (values[i] == null && t.isPrimitive()) {
                return null;
            }
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static boolean annotated(Method m, String simpleName) {
        return annotation(m, simpleName) != null;
    }

    private static Annotation annotation(Method m, String simpleName) {
        for (Annotation a : m.getDeclaredAnnotations()) {
            if (a.annotationType().getSimpleName().equals(simpleName)) {
                return a;
            }
        }
        return null;
    }

    /** {@code [engine:junit-jupiter]/[class:a.B]/[method:c()]} as (type, value) pairs. */
    static List<String[]> segments(String uniqueId) {
        List<String[]> segments = new ArrayList<>();
        int i = 0;
        while (i < uniqueId.length()) {
            int open = uniqueId.indexOf('[', i);
            int colon = uniqueId.indexOf(':', open);
            int close = uniqueId.indexOf("]/[", colon);
            if (close < 0) {
                close = uniqueId.lastIndexOf(']');
            }
            if (open < 0 || colon < 0 || close < colon) {
                break;
            }
            segments.add(new String[] {uniqueId.substring(open + 1, colon), uniqueId.substring(colon + 1, close)});
            i = close + 1;
        }
        return segments;
    }
}
