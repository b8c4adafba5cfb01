package io.github.sysimg.protocol;

import java.util.List;

/**
 * Which classes are in the included packages (sub-packages included): the agent records those, and the tool treats
 * every other class as one the agent did not watch. One rule for both sides.
 */
public final class IncludedPackages {
    private final String[] internalPrefixes;

    private IncludedPackages(List<String> packages) {
        this.internalPrefixes = packages.stream().map(p -> p.replace('.', '/') + '/').toArray(String[]::new);
    }

    /** The packages, by name ({@code com.example}). */
    public static IncludedPackages of(List<String> packages) {
        return new IncludedPackages(packages);
    }

    /** Whether an internal class name ({@code a/b/C}) is in an included package: the test on every class load. */
    public boolean containsInternal(String internalName) {
        for (String prefix : internalPrefixes) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
