package io.github.sysimg.core;

import io.github.sysimg.protocol.StatementLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The readable record of a workload: a header (format version, JDK, selectors, time, ...) and the statements.
 *
 * <p>On disk it is UTF-8 text, one item a line:
 * <pre>
 * # comments start with '#'
 * &#64;format 1
 * &#64;jdk Eclipse Adoptium 25.0.3+9-LTS
 * &#64;selectors --select-package com.example
 * &#64;time 2026-11-23T20:30:00Z
 * class com.example.Foo&lt;TAB&gt;[engine:junit-jupiter]/[class:com.example.FooTest]/[method:bar()]
 * method com.example.Foo#bar(I)Ljava/lang/String;
 * &#64;end
 * </pre>
 * {@code @end} closes a file that was written whole; a recording cut short (the test JVM killed) lacks it.
 */
public final class StatementsFile {
    /** The format version this build writes, and the newest it reads. */
    public static final int FORMAT_VERSION = StatementLines.FORMAT_VERSION;

    public static final String HEADER_FORMAT = StatementLines.FORMAT;
    public static final String HEADER_JDK = StatementLines.JDK;
    public static final String HEADER_SELECTORS = "selectors";
    public static final String HEADER_TIME = "time";
    public static final String HEADER_INCLUDES = StatementLines.INCLUDES;
    public static final String END = StatementLines.END;
    /** The header key of the class path the statements were filtered for, which {@code build} reuses. */
    public static final String HEADER_IMAGE_CLASS_PATH = StatementLines.IMAGE_CLASS_PATH;

    private final Map<String, String> header;
    private final List<Statement> statements;
    private final boolean complete;
    private final List<String> warnings;

    public StatementsFile(Map<String, String> header, List<Statement> statements, boolean complete, List<String> warnings) {
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
        this.statements = List.copyOf(statements);
        this.complete = complete;
        this.warnings = List.copyOf(warnings);
    }

    /** A complete file with the given header and statements, and no warnings. */
    public StatementsFile(Map<String, String> header, List<Statement> statements) {
        this(header, statements, true, List.of());
    }

    /** The included packages the header names (the recording's {@code includes}); none when it names none. */
    public List<String> includes() {
        String value = header.getOrDefault(HEADER_INCLUDES, "").strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The header values by key, in file order ({@code format} is always present in files read from disk). */
    public Map<String, String> header() {
        return header;
    }

    /** The statements, in file order. */
    public List<Statement> statements() {
        return statements;
    }

    /** Whether the file ended with {@code @end}: false for a recording that was cut short. */
    public boolean isComplete() {
        return complete;
    }

    /** The lines the reader skipped, each as {@code file:line: reason}. */
    public List<String> warnings() {
        return warnings;
    }

    /** The statements of one kind, in file order. */
    public List<Statement> statements(StatementKind kind) {
        return statements.stream().filter(s -> s.kind() == kind).collect(Collectors.toList());
    }

    /** The names of the statements of one kind, sorted. */
    public Set<String> names(StatementKind kind) {
        return statements.stream().filter(s -> s.kind() == kind).map(Statement::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * This file in canonical form: one statement per kind and name (the first attribution met wins), sorted by
     * kind then name (tests in the order they ran), so that two recordings of the same workload give the same text.
     */
    public StatementsFile normalized() {
        return merge(List.of(this), header);
    }

    /**
     * Merges files: the union of their statements, keeping for each the first attribution met, in canonical order
     * (tests in the order met).
     *
     * @param files  the files, in priority order for attributions
     * @param header the header of the result
     */
    public static StatementsFile merge(List<StatementsFile> files, Map<String, String> header) {
        Map<Statement, Statement> byKey = new LinkedHashMap<>();
        for (StatementsFile file : files) {
            for (Statement statement : file.statements) {
                Statement key = statement.withoutAttribution();
                Statement known = byKey.get(key);
                if (known == null || (known.attribution().isEmpty() && !statement.attribution().isEmpty())) {
                    byKey.put(key, statement);
                }
            }
        }
        List<Statement> merged = new ArrayList<>(byKey.values());
        // Tests stay in the order they ran (a stable sort): a set of them selected again runs in the same order, so
        // the JDK classes whose first loader decides whether they are recorded are loaded the same way.
        merged.sort((a, b) -> a.kind() != b.kind() || a.kind() != StatementKind.TEST ? a.compareTo(b) : 0);
        List<String> warnings = new ArrayList<>();
        boolean complete = true;
        for (StatementsFile file : files) {
            warnings.addAll(file.warnings);
            complete &= file.complete;
        }
        Map<String, String> mergedHeader = new LinkedHashMap<>();
        mergedHeader.put(HEADER_FORMAT, Integer.toString(FORMAT_VERSION));
        header.forEach((k, v) -> {
            if (!HEADER_FORMAT.equals(k) && !END.equals(k)) {
                mergedHeader.put(k, v);
            }
        });
        return new StatementsFile(mergedHeader, merged, complete, warnings);
    }

    /** The JDK the statements were recorded on, as the {@code @jdk} header names it (vendor and runtime version), or null. */
    public String recordedOn() {
        return header.get(HEADER_JDK);
    }

    /**
     * One line that names the files recorded on another JDK than {@code jdk}, which builds the image, or empty when
     * all were recorded on it (or do not say). The JDK classes and lambdas a file names are those its recording JDK
     * loaded; the image holds {@code jdk}'s own classes of those names.
     *
     * @param files the files by the name to show, in order
     */
    public static java.util.Optional<String> recordedOnOtherJdk(Map<String, StatementsFile> files, Jdk jdk) {
        Map<String, String> other = new LinkedHashMap<>();
        files.forEach((name, file) -> {
            String recorded = file.recordedOn();
            if (recorded != null && !recorded.isBlank() && !recorded.strip().equals(jdk.describe())) {
                other.put(name, recorded.strip());
            }
        });
        if (other.isEmpty()) {
            return java.util.Optional.empty();
        }
        String which;
        if (other.size() == 1) {
            Map.Entry<String, String> only = other.entrySet().iterator().next();
            which = "\"" + only.getKey() + "\" was recorded on JDK " + only.getValue() + ", not on";
        } else {
            which = other.entrySet().stream().map(e -> "\"" + e.getKey() + "\" (JDK " + e.getValue() + ")")
                    .collect(Collectors.joining(", ")) + " were recorded on another JDK than";
        }
        return java.util.Optional.of(which + " JDK " + jdk.describe() + ", which builds the image: the JDK classes and lambdas "
                + "recorded are that JDK's, which this one may lack or load differently; record on this JDK for the image that fits it best.");
    }

    /**
     * The header of a recording's statements file: the JDK, the workload's selectors, the time, the included packages
     * and the image class path.
     */
    public static Map<String, String> recordingHeader(Jdk jdk, String selectors, List<String> includes, ClassPath imageClassPath) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put(HEADER_JDK, jdk.describe());
        header.put(HEADER_SELECTORS, selectors);
        header.put(HEADER_TIME, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        header.put(HEADER_INCLUDES, String.join(",", includes));
        header.put(HEADER_IMAGE_CLASS_PATH, imageClassPath.toPathString());
        return header;
    }

    /**
     * The statements an image on {@code imageClassPath} can be made from, under {@code header}, in canonical form:
     * only the classes, methods and lambdas of classes that the image class path holds. Test classes share the
     * library's packages but not its jars, so they fall out here; so do classes a jar no longer holds.
     */
    public StatementsFile retainAvailable(ClassPath imageClassPath, Map<String, String> header) {
        Set<String> available = new java.util.HashSet<>();
        for (java.nio.file.Path entry : imageClassPath.expandedEntries()) {
            available.addAll(ClassPath.classNames(entry));
        }
        List<Statement> kept = new ArrayList<>();
        for (Statement s : statements) {
            boolean keep;
            switch (s.kind()) {
                case CLASS:
                    keep = available.contains(s.name());
                    break;
                case METHOD:
                    keep = available.contains(s.declaringClass());
                    break;
                case LAMBDA:
                    keep = available.contains(s.name().substring(0, s.name().indexOf(' ')).replace('/', '.'));
                    break;
                default:
                    keep = true;
            }
            if (keep) {
                kept.add(s);
            }
        }
        return merge(List.of(new StatementsFile(this.header, kept, complete, warnings)), header);
    }
}
