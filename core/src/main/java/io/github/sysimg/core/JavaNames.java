package io.github.sysimg.core;

import java.util.regex.Pattern;

/** What the Java language accepts as names, for checking what users type before anything runs. */
public final class JavaNames {
    private static final Pattern QUALIFIED =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private JavaNames() {
    }

    /** Whether {@code name} is a package or class name: identifiers joined by dots ({@code com.example}, {@code a.B$C}). */
    public static boolean isQualifiedName(String name) {
        return QUALIFIED.matcher(name).matches();
    }

    /**
     * Refuses a package the agent cannot match: one that is not a package name ({@code com.example.*}, {@code com/example}).
     *
     * @throws SysimgException naming the first such package
     */
    public static void requirePackageNames(Iterable<String> packages) {
        for (String pkg : packages) {
            if (!isQualifiedName(pkg)) {
                throw new SysimgException(Setting.INCLUDE_PACKAGE, s -> "\"" + pkg + "\" is not a Java package name; give names like "
                        + "com.example with " + s.of(Setting.INCLUDE_PACKAGE) + ".");
            }
        }
    }
}
