package io.github.sysimg.agent;

import io.github.sysimg.protocol.AgentOptions;
import io.github.sysimg.protocol.StatementLines;
import java.io.File;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one JVM records: the included classes it loads, the methods that run, the JDK classes that included code
 * needs and the lambdas of its call sites, each with the test that first exercised it.
 *
 * <p>Classes that share the included packages but come from the test classes' locations are tests, not the
 * library: they never go into a statement, and JDK classes they load are not attributed to the library.
 */
final class RecordingSession {
    private final AgentOptions options;
    private final Journal journal;
    private final Map<String, String> classLocations = new ConcurrentHashMap<>();
    private final Map<String, MethodIndex.Uses> methodUses = new ConcurrentHashMap<>();
    private final Map<String, String> jdkCandidates = new ConcurrentHashMap<>();
    private final Set<String> jdkRecorded = ConcurrentHashMap.newKeySet();
    private final Set<String> lambdasRecorded = ConcurrentHashMap.newKeySet();
    private volatile Set<String> testLocations = Collections.emptySet();
    private volatile boolean libraryLoaded;

    RecordingSession(AgentOptions options, Journal journal) {
        this.options = options;
        this.journal = journal;
    }

    AgentOptions options() {
        return options;
    }

    void header(String jdk) {
        journal.write(StatementLines.header(StatementLines.FORMAT, Integer.toString(StatementLines.FORMAT_VERSION)));
        journal.write(StatementLines.header(StatementLines.JDK, jdk));
        journal.write(StatementLines.header(StatementLines.INCLUDES, String.join(",", options.includes())));
        journal.write(StatementLines.header(StatementLines.PID, Long.toString(ProcessHandle.current().pid())));
    }

    /** An included class was loaded from {@code location}; {@code uses} indexes its methods. */
    void classLoaded(String binaryName, String location, Map<String, MethodIndex.Uses> uses) {
        classLocations.put(binaryName, location);
        libraryLoaded = true;
        methodUses.putAll(uses);
        if (!isTestLocation(location)) {
            journal.write(StatementLines.statement(StatementLines.CLASS, binaryName, Recorder.test()));
        }
    }

    /** Whether any included class has loaded yet. */
    boolean libraryLoaded() {
        return libraryLoaded;
    }

    boolean isLibraryClass(String binaryName) {
        String location = classLocations.get(binaryName);
        return location != null && !isTestLocation(location);
    }

    /** Whether a code-source location holds the discovered test classes. */
    boolean isTestLocation(String location) {
        return testLocations.contains(location);
    }

    /**
     * The locations of the discovered test classes, known once discovery is done: included classes loaded from
     * them after that get no probes.
     */
    void testLocations(Set<String> locations) {
        this.testLocations = Set.copyOf(locations);
    }

    void methodEntered(String key, String test) {
        int paren = key.indexOf('(');
        int dot = key.lastIndexOf('.', paren);
        String owner = key.substring(0, dot);
        if (!isLibraryClass(owner)) {
            return;
        }
        journal.write(StatementLines.statement(StatementLines.METHOD, owner + '#' + key.substring(dot + 1), test));
        MethodIndex.Uses uses = methodUses.remove(key);
        if (uses != null) {
            for (String lambda : uses.lambdas) {
                if (lambdasRecorded.add(lambda)) {
                    journal.write(StatementLines.statement(StatementLines.LAMBDA, lambda, test));
                }
            }
            for (String jdkClass : uses.jdkClasses) {
                jdkCandidates.putIfAbsent(jdkClass, test);
            }
        }
    }

    /** A JDK class was loaded while {@code trigger}, the innermost non-JDK frame, was running. */
    void jdkClassLoaded(String binaryName, String trigger) {
        if (isLibraryClass(trigger) && jdkRecorded.add(binaryName)) {
            journal.write(StatementLines.statement(StatementLines.JDK_CLASS, binaryName, Recorder.test()));
        }
    }

    void testFinished(String uniqueId, long millis, String status) {
        journal.write(StatementLines.statement(StatementLines.TEST, uniqueId, millis + " ms " + status));
    }

    /**
     * At exit: the JDK classes that ran included methods use directly and that this JVM did load. They may have
     * been loaded first by JUnit, before the library needed them, so the load-time attribution missed them.
     */
    void finish(Instrumentation instrumentation, Path javaHome) {
        Set<String> loadedJdk = new HashSet<>();
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            ClassLoader loader = type.getClassLoader();
            if ((loader == null || loader == platform) && !type.isHidden() && !type.isArray()) {
                loadedJdk.add(type.getName());
            }
        }
        Set<String> defaultList = defaultClassList(javaHome);
        for (Map.Entry<String, String> candidate : jdkCandidates.entrySet()) {
            String name = candidate.getKey();
            if (loadedJdk.contains(name) && jdkRecorded.add(name)) {
                journal.write(StatementLines.statement(StatementLines.JDK_CLASS, name, candidate.getValue()));
            }
        }
        // A JDK class's own nested classes do its work (Pattern's nodes, HashMap's nodes); take the loaded ones of
        // the classes the library uses that the JDK's default archive does not already cover.
        for (String name : List.copyOf(jdkRecorded)) {
            if (defaultList.contains(name)) {
                continue;
            }
            String prefix = name + "$";
            for (String loaded : loadedJdk) {
                if (loaded.startsWith(prefix) && !defaultList.contains(loaded) && jdkRecorded.add(loaded)) {
                    journal.write(StatementLines.statement(StatementLines.JDK_CLASS, loaded, ""));
                }
            }
        }
        if (journal.publishes()) {
            String imageClassPath = imageClassPath();
            if (!imageClassPath.isEmpty()) {
                journal.write(StatementLines.header(StatementLines.IMAGE_CLASS_PATH, imageClassPath));
            }
        }
        journal.write(StatementLines.end());
        journal.publish();
    }

    /**
     * The entries of this JVM's class path that the included classes it loaded came from, in class path order: what
     * {@code build} makes the image for. Classes of other loaders are never archived, so their locations stay out.
     */
    private String imageClassPath() {
        Set<Path> used = new HashSet<>();
        for (String location : classLocations.values()) {
            if (!location.isEmpty() && !isTestLocation(location)) {
                try {
                    used.add(Path.of(new URI(location)).toAbsolutePath().normalize());
                } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
                    // not a file on the class path: nothing an image can hold
                }
            }
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                if (used.contains(path) && !entries.contains(path.toString())) {
                    entries.add(path.toString());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Set<String> defaultClassList(Path javaHome) {
        Set<String> names = new HashSet<>();
        try {
            for (String line : Files.readAllLines(javaHome.resolve("lib").resolve("classlist"), StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("@")) {
                    int space = line.indexOf(' ');
                    names.add((space < 0 ? line : line.substring(0, space)).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            // Without the list every nested class counts as new: a larger image, not a wrong one.
        }
        return names;
    }
}
