package io.github.sysimg.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What every program that starts with an image does and no image can do ahead of time: link the lambdas, method
 * references and string concatenations of its own classes, which are never in the image. Run in a JVM of its own
 * with {@code -XX:DumpLoadedClassList}, it shows which JDK classes that linkage loads
 * (the lambda metafactory's class writer, the string concatenation strategy and their helpers), so that the image
 * holds them even when the library and its tests never linked a call site at run time: a library built for
 * Java 8 concatenates with {@code StringBuilder}, and an image links the library's lambdas ahead of time.
 *
 * <p>This class is compiled with javac's default {@code invokedynamic} string concatenation, unlike the rest of
 * the runner (see its pom). It links a few call sites of common shapes and prints nothing.
 */
public final class LinkageExercise {
    private LinkageExercise() {
    }

    public static void main(String[] args) {
        int n = args.length + 3;
        long id = n * 1_000_003L;
        double price = n / 7.0;
        String name = "item" + n;
        Object record = Integer.valueOf(n);
        char separator = ',';
        boolean flag = n > 1;

        StringBuilder sink = new StringBuilder();
        sink.append("record " + id + ": " + record);
        sink.append(name + separator + price + separator + flag);
        sink.append("[" + n + "] " + name + " (" + price + ", " + id + ", " + separator + ")");

        Runnable run = () -> sink.append('.');
        run.run();
        Supplier<String> supplier = () -> name;
        Function<String, String> prefixed = s -> name + s;
        BiFunction<Integer, Integer, Integer> sum = Integer::sum;
        ToIntFunction<String> length = String::length;
        IntSupplier count = sink::length;
        IntFunction<Object[]> array = Object[]::new;
        Supplier<List<String>> list = ArrayList::new;
        Comparator<String> order = (a, b) -> Integer.compare(a.length(), b.length());
        List<String> words = list.get();
        words.add(supplier.get());
        words.add(prefixed.apply("s"));
        int total = sum.apply(length.applyAsInt(words.get(0)), count.getAsInt()) + array.apply(1).length
                + order.compare(words.get(0), words.get(1));
        if (total < 0) {
            // never: keeps the work from being optimized away without printing anything
            System.out.println(sink);
        }
    }
}
