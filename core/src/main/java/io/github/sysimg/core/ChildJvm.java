package io.github.sysimg.core;

import java.util.concurrent.TimeUnit;

/** A JVM the tool started and waits for: it never outlives the tool, and never runs past its time. */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Waits up to {@code timeoutNanos} for {@code process} to end; stops it if it does not, or if this JVM exits first
     * (Ctrl-C on the CLI).
     *
     * @param name the name of the shutdown hook's thread
     * @return whether the process ended by itself in time
     */
    static boolean endsWithin(Process process, long timeoutNanos, String name) throws InterruptedException {
        Thread stop = new Thread(process::destroyForcibly, name);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            if (!process.waitFor(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                return false;
            }
            return true;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook stops the process
            }
        }
    }
}
