package io.github.sysimg.core.classlist;

/**
 * One line of a JVM class list ({@code -XX:DumpLoadedClassList}, {@code -XX:SharedClassListFile}): a class, or one
 * of the directives that follow the classes they belong to.
 *
 * @param kind  what the line is
 * @param owner the class the line belongs to (internal name): the class itself, the caller of a lambda proxy or
 *              the class whose constant pool entries a {@code @cp} line links; null for a method handle shape
 * @param text  the line as the JVM reads it
 */
public record ClassListLine(Kind kind, String owner, String text) {

    /** The kinds of class list lines. */
    public enum Kind {
        /** {@code a/b/C}: a class; a line of a dumped list may carry its id and, for a custom loader's class, its source */
        CLASS,
        /** {@code @lambda-proxy a/b/C ...}: a lambda call site of class {@code a/b/C}; the JVM archives one proxy a line */
        LAMBDA_PROXY,
        /** {@code @cp a/b/C ...}: constant pool entries of {@code a/b/C} that an AOT-linked image resolves ahead of time (JDK 24+) */
        CONSTANT_POOL,
        /** {@code @lambda-form-invoker ...}: a method handle shape whose holder class the dump regenerates */
        LAMBDA_FORM_INVOKER,
        /** any other directive */
        OTHER
    }

    private static final String LAMBDA_PROXY_PREFIX = "@lambda-proxy ";
    private static final String CONSTANT_POOL_PREFIX = "@cp ";
    private static final String LAMBDA_FORM_INVOKER_PREFIX = "@lambda-form-invoker ";

    /** The line, or null for a blank line or a comment. */
    public static ClassListLine parse(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        if (line.startsWith(LAMBDA_PROXY_PREFIX)) {
            return new ClassListLine(Kind.LAMBDA_PROXY, secondWord(line), line);
        }
        if (line.startsWith(CONSTANT_POOL_PREFIX)) {
            return new ClassListLine(Kind.CONSTANT_POOL, secondWord(line), line);
        }
        if (line.startsWith(LAMBDA_FORM_INVOKER_PREFIX)) {
            return new ClassListLine(Kind.LAMBDA_FORM_INVOKER, null, line);
        }
        if (line.startsWith("@")) {
            return new ClassListLine(Kind.OTHER, null, line);
        }
        int space = line.indexOf(' ');
        return new ClassListLine(Kind.CLASS, space < 0 ? line : line.substring(0, space), line);
    }

    /** How many class lines (not directives, blanks or comments) {@code lines} holds. */
    public static int countClasses(java.util.Collection<String> lines) {
        int classes = 0;
        for (String text : lines) {
            ClassListLine line = parse(text);
            if (line != null && line.isClass()) {
                classes++;
            }
        }
        return classes;
    }

    /** A class line of just its name. */
    public static ClassListLine ofClass(String internalName) {
        return new ClassListLine(Kind.CLASS, internalName, internalName);
    }

    /** A lambda proxy line of a recorded lambda ({@code caller interface-method-name ...}). */
    public static ClassListLine lambdaProxy(String lambda) {
        return parse(LAMBDA_PROXY_PREFIX + lambda);
    }

    public boolean isClass() {
        return kind == Kind.CLASS;
    }

    /** A class line that names a class of a custom loader ({@code source:}), which a class list of the app loader skips. */
    public boolean hasSource() {
        return kind == Kind.CLASS && text.contains(" source: ");
    }

    /** The owner's binary name ({@code a.b.C}), or null. */
    public String ownerBinaryName() {
        return owner == null ? null : owner.replace('/', '.');
    }

    /** A class line as the class name alone, without the id words of a dumped list; other lines as they are. */
    public ClassListLine plain() {
        return kind == Kind.CLASS && !owner.equals(text) ? ofClass(owner) : this;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String secondWord(String line) {
        String[] words = line.split(" ");
        return words.length > 1 ? words[1] : "";
    }
}
