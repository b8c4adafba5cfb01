package io.github.sysimg.runner;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;

/**
 * The agent of an application's start run: {@code -javaagent:JAR=LIST}. Before the application's main runs, it
 * loads (without initializing) every class LIST names (one binary name a line) with the application class loader,
 * so that the AOT cache the JVM writes from that run ({@code -XX:AOTCacheOutput}) holds what the tests loaded (the
 * request paths, error handling) as well as what the start itself ran and profiled.
 *
 * <p>It registers no transformer: classes an agent transforms are left out of an AOT cache, classes it only loads
 * are not. A class that cannot be loaded (it needs what only the tests had) is skipped. sysimg-tests rewrites
 * this class to class file version 49 (Java 5) so that the JVM never archives it; hence the Java 5 style: no
 * lambdas, no string concatenation, no nested classes.
 */
public final class ApplicationPreload {
    private ApplicationPreload() {
    }

    public static void premain(String list) throws Exception {
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(list), "UTF-8"));
        try {
            for (String name = in.readLine(); name != null; name = in.readLine()) {
                if (name.length() == 0) {
                    continue;
                }
                try {
                    Class.forName(name, false, loader);
                } catch (Throwable skipped) {
                    // a class that links to what only the tests had; the start run loads it if it needs it
                }
            }
        } finally {
            in.close();
        }
    }
}
