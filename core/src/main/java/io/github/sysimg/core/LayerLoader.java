package io.github.sysimg.core;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The main class of the JVM that writes a top layer ({@link TopLayer}): it loads, without initializing, each class of
 * a class list through the application class loader, and spins the lambda proxy class of each {@code @lambda-proxy}
 * line whose caller that loader defines, so that {@code -XX:ArchiveClassesAtExit} archives exactly the list. No code
 * of the listed classes runs: no static initializer, no lambda body.
 *
 * <p>It runs as a class file of version 49 from the boot class path append, which the JVM never archives: the layer
 * holds none of the tool's classes and does not require the tool's jar on the class path of the programs that use
 * it. So it is written as Java 5 code: no lambdas, no string concatenation ({@code invokedynamic} on Java 9+), no
 * nested classes.
 */
public final class LayerLoader {

    private LayerLoader() {
    }

    /** {@code args[0]}: the class list file. Prints one line of counts. */
    public static void main(String[] args) throws Exception {
        ClassLoader app = ClassLoader.getSystemClassLoader();
        MethodHandles.Lookup trusted = trustedLookup();
        int loaded = 0;
        int missing = 0;
        int lambdas = 0;
        int lambdasSkipped = 0;
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), "UTF-8"));
        try {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.length() == 0 || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@lambda-proxy ")) {
                    if (trusted != null && lambda(line.split(" "), app, trusted)) {
                        lambdas++;
                    } else {
                        lambdasSkipped++;
                    }
                } else if (!line.startsWith("@")) {
                    try {
                        Class.forName(line.split(" ")[0].replace('/', '.'), false, app);
                        loaded++;
                    } catch (Throwable e) {
                        missing++;
                    }
                }
            }
        } finally {
            in.close();
        }
        StringBuilder counts = new StringBuilder("[sysimg] top layer: loaded ").append(loaded).append(" classes (")
                .append(missing).append(" not found), spun ").append(lambdas).append(" lambda proxy classes (")
                .append(lambdasSkipped).append(" not linkable)");
        System.out.println(counts.toString());
    }

    /**
     * The JVM's fully trusted lookup, reached through {@code sun.misc.Unsafe} as the training's bootstrap does: the
     * lambda metafactory takes only a caller's full-privilege lookup, which a class of another module (this one, on
     * the boot class path) gets no other way without {@code --add-opens}. Null where that fails; no lambdas then.
     */
    private static MethodHandles.Lookup trustedLookup() {
        try {
            java.lang.reflect.Field theUnsafe = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            sun.misc.Unsafe unsafe = (sun.misc.Unsafe) theUnsafe.get(null);
            java.lang.reflect.Field implLookup = MethodHandles.Lookup.class.getDeclaredField("IMPL_LOOKUP");
            return (MethodHandles.Lookup) unsafe.getObject(unsafe.staticFieldBase(implLookup), unsafe.staticFieldOffset(implLookup));
        } catch (Throwable e) {
            return null;
        }
    }

    /**
     * Links one lambda call site as {@code invokedynamic} would: {@code @lambda-proxy caller name factoryType
     * interfaceType REF_kind implClass implName implType instantiatedType}.
     */
    private static boolean lambda(String[] f, ClassLoader app, MethodHandles.Lookup trusted) {
        if (f.length != 10) {
            return false;
        }
        try {
            Class<?> caller = Class.forName(f[1].replace('/', '.'), false, app);
            MethodHandles.Lookup callerLookup = trusted.in(caller);
            Class<?> implClass = Class.forName(f[6].replace('/', '.'), false, app);
            MethodType implType = MethodType.fromMethodDescriptorString(f[8], app);
            MethodHandle impl;
            if ("REF_invokeStatic".equals(f[5])) {
                impl = callerLookup.findStatic(implClass, f[7], implType);
            } else if ("REF_newInvokeSpecial".equals(f[5])) {
                impl = callerLookup.findConstructor(implClass, implType);
            } else if ("REF_invokeSpecial".equals(f[5])) {
                impl = callerLookup.findSpecial(implClass, f[7], implType, caller);
            } else {
                impl = callerLookup.findVirtual(implClass, f[7], implType);
            }
            LambdaMetafactory.metafactory(callerLookup, f[2], MethodType.fromMethodDescriptorString(f[3], app),
                    MethodType.fromMethodDescriptorString(f[4], app), impl, MethodType.fromMethodDescriptorString(f[9], app));
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
