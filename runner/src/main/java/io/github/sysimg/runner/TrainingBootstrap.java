package io.github.sysimg.runner;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The main class of an image's training run: {@code TrainingBootstrap LOADER_PATH MAIN ARGS...}. It loads MAIN
 * and everything on LOADER_PATH (the tests, their dependencies, the replay) in a class loader of its own, whose
 * classes the JVM never archives; only the library, on the class path, goes into the image.
 *
 * <p>sysimg-tests rewrites this class to class file version 49 (Java 5) before the run: the JVM does not archive
 * such old classes, so not even the bootstrap ends up in the image. Hence the Java 5 style: no lambdas, no string
 * concatenation (compiled to invokedynamic), no nested classes.
 */
public final class TrainingBootstrap {
    private TrainingBootstrap() {
    }

    public static void main(String[] args) throws Exception {
        String[] entries = args[0].split(File.pathSeparator);
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = new File(entries[i]).toURI().toURL();
        }
        URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getSystemClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = Class.forName(args[1], true, loader);
        String[] rest = new String[args.length - 2];
        System.arraycopy(args, 2, rest, 0, rest.length);
        Method method = main.getMethod("main", new Class<?>[] {String[].class});
        method.invoke(null, new Object[] {rest});
    }
}
