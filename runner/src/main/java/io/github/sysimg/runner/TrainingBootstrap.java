package io.github.sysimg.runner;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;

/**
 * The main class of an image's training run: {@code TrainingBootstrap LOADER_PATH MAIN ARGS...}. It makes
 * everything on LOADER_PATH (the tests, their dependencies, the replay) loadable without the JVM archiving any of
 * it; only the library, on the class path, goes into the image.
 *
 * <p>LOADER_PATH is appended to the application class loader's search path at run time, as an agent's
 * {@code Instrumentation.appendToSystemClassLoaderSearch} does. The JVM archives no class from a location that was
 * not on the class path at start-up, yet the tests are defined by the same loader as the library: a test in the
 * library's package reaches its package-private classes and members, as under JUnit. (A class loader of its own
 * would make a runtime package of its own: about one test in five of a typical suite then fails with
 * {@code IllegalAccessError} and trains nothing.) The append goes through a JDK-internal method, reached with
 * {@code sun.misc.Unsafe}: neither {@code --add-opens} nor {@code -javaagent} can be used, as both change the
 * module graph that an AOT cache recorded from such a run holds, and the cache would then not load for the
 * application. Where that fails (a JDK without the method), a {@link URLClassLoader} of its own is the fallback.
 *
 * <p>sysimg-tests rewrites this class to class file version 49 (Java 5) before the run: the JVM does not archive
 * such old classes, so not even the bootstrap ends up in the image. Hence the Java 5 style: no lambdas, no string
 * concatenation (compiled to invokedynamic), no nested classes.
 */
public final class TrainingBootstrap {
    private TrainingBootstrap() {
    }

    public static void main(String[] args) throws Throwable {
        String[] entries = args[0].split(File.pathSeparator);
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        try {
            appendToSystemClassLoader(loader, entries);
        } catch (Throwable e) {
            System.out.println("[sysimg] training: tests run in a class loader of their own (".concat(String.valueOf(e))
                    .concat("); tests that use package-private parts of the library fail in the replay"));
            URL[] urls = new URL[entries.length];
            for (int i = 0; i < entries.length; i++) {
                urls[i] = new File(entries[i]).toURI().toURL();
            }
            loader = new URLClassLoader(urls, loader);
        }
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = Class.forName(args[1], true, loader);
        String[] rest = new String[args.length - 2];
        System.arraycopy(args, 2, rest, 0, rest.length);
        MethodHandle method = MethodHandles.publicLookup().findStatic(main, "main", MethodType.methodType(void.class, String[].class));
        method.invokeExact(rest);
    }

    /**
     * Calls {@code appendToClassPathForInstrumentation} of the JDK's application class loader through the JVM's
     * fully trusted lookup. Everything this JVM loads may end up in the image: so {@code sun.misc.Unsafe} is called
     * directly and the method handle exactly, as reflection and {@code invokeWithArguments} would load and spin
     * classes that every start-up from the image would then load too.
     */
    private static void appendToSystemClassLoader(ClassLoader loader, String[] entries) throws Throwable {
        Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
        Field implLookup = MethodHandles.Lookup.class.getDeclaredField("IMPL_LOOKUP");
        MethodHandles.Lookup lookup = (MethodHandles.Lookup) unsafe.getObject(unsafe.staticFieldBase(implLookup),
                unsafe.staticFieldOffset(implLookup));
        MethodHandle append = lookup.findVirtual(loader.getClass(), "appendToClassPathForInstrumentation",
                MethodType.methodType(void.class, String.class)).asType(MethodType.methodType(void.class, ClassLoader.class, String.class));
        for (int i = 0; i < entries.length; i++) {
            append.invokeExact(loader, entries[i]);
        }
    }
}
