package io.github.sysimg.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What every program that starts with an image does and no image can do ahead of time: link the lambdas, method
 * references and string concatenations of its own classes, which are never in the image. Run in a JVM of its own
 * with {@code -XX:DumpLoadedClassList}, it shows which JDK classes that linkage loads (the lambda metafactory's
 * class writer, the string concatenation strategy and their helpers), so that the image holds them even when the
 * library and its tests never linked a call site at run time: a library built for Java 8 concatenates with
 * {@code StringBuilder}, and an image links the library's lambdas ahead of time.
 *
 * <p>Nobody knows the call sites of the program that will start with the image, so the set is not a sample of any
 * program's code but the language's linkage kinds, each once: a string concatenation with an argument of each
 * kind the concatenation strategy treats apart ({@code int}, {@code long}, {@code char}, {@code boolean},
 * {@code float}, {@code double}, {@code String}, any other object, {@code null}), and a lambda or method
 * reference of each method handle kind the metafactory links (a static body, a capturing body, a virtual, an
 * interface, a bound-receiver, a constructor and an array-constructor reference), through functional interfaces
 * of each arity and of a primitive result.
 *
 * <p>This class is compiled with javac's default {@code invokedynamic} string concatenation, unlike the rest of
 * the runner (see its pom). It prints nothing.
 */
public final class LinkageExercise {
    private LinkageExercise() {
    }

    public static void main(String[] args) {
        int i = args.length + 3;
        long l = i * 1_000_003L;
        char c = (char) ('a' + i);
        boolean z = i > 1;
        float f = i / 3.0f;
        double d = i / 7.0;
        String s = "s" + i;
        Object o = List.of(i);
        String none = args.length > 100 ? s : null;

        List<String> out = new ArrayList<>();
        // one argument of each kind, then all kinds together
        out.add("i=" + i);
        out.add("l=" + l);
        out.add("c=" + c);
        out.add("z=" + z);
        out.add("f=" + f);
        out.add("d=" + d);
        out.add("s=" + s);
        out.add("o=" + o);
        out.add("n=" + none);
        out.add(i + ":" + l + ":" + c + ":" + z + ":" + f + ":" + d + ":" + s + ":" + o + ":" + none);

        Runnable staticBody = LinkageExercise::touch;
        Consumer<String> capturing = x -> out.add(x + s);
        Function<Object, String> virtualRef = Object::toString;
        ToIntFunction<List<String>> interfaceRef = List::size;
        IntSupplier boundRef = out::size;
        Supplier<List<String>> constructorRef = ArrayList::new;
        IntFunction<String[]> arrayConstructorRef = String[]::new;
        BiFunction<String, String, String> twoArguments = String::concat;
        Predicate<String> primitiveResult = String::isEmpty;
        Comparator<String> comparator = Comparator.comparingInt(String::length);

        staticBody.run();
        capturing.accept("x");
        List<String> copy = constructorRef.get();
        copy.add(virtualRef.apply(o));
        copy.add(twoArguments.apply(s, s));
        copy.sort(comparator);
        int total = interfaceRef.applyAsInt(copy) + boundRef.getAsInt() + arrayConstructorRef.apply(1).length
                + (primitiveResult.test(s) ? 1 : 0);
        if (total < 0) {
            // never: keeps the work from being optimized away without printing anything
            System.out.println(out);
        }
    }

    private static void touch() {
        // the body of a static method reference
    }
}
