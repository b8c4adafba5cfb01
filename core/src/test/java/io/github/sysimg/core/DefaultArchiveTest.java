package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultArchiveTest {
    private static final Jdk JDK = Jdk.current();
    private static final String JDK_LAMBDA = "@lambda-proxy java/util/stream/FindOps$FindSink$OfRef get ()Ljava/util/function/Supplier;"
            + " ()Ljava/lang/Object; REF_newInvokeSpecial java/util/stream/FindOps$FindSink$OfRef <init> ()V ()Ljava/util/stream/TerminalSink;";
    private static final String APP_LAMBDA = "@lambda-proxy com/example/App get ()Ljava/util/function/Supplier; ()Ljava/lang/Object;"
            + " REF_invokeStatic com/example/App lambda$main$0 ()Ljava/lang/String; ()Ljava/lang/String;";

    @Test
    void keepsTheDefaultListAndTheRuntimeImagesClassesTheWorkloadLoaded() throws IOException {
        List<String> workload = List.of("# comment", "java/lang/Object id: 1", "com/sun/tools/javac/Main id: 2", "com/example/App id: 3",
                JDK_LAMBDA, JDK_LAMBDA, APP_LAMBDA, "@cp com/sun/tools/javac/Main 1 2 3");
        List<String> list = DefaultArchive.of(JDK).classList(List.of(workload, List.of(JDK_LAMBDA)));

        assertEquals(JDK.defaultClassListLines().get(0), list.get(0), "the JDK's default list comes first, in its order");
        assertTrue(list.containsAll(JDK.defaultClassListLines().stream().filter(l -> !l.startsWith("@lambda-proxy")).toList()));
        assertTrue(list.contains("com/sun/tools/javac/Main"), "a class of the runtime image outside the default list, without its id");
        assertEquals(1, Collections.frequency(list, "java/lang/Object"));
        assertEquals(List.of(), list.stream().filter(l -> l.contains("com/example/App")).toList(), "no class of the class path, nor its lambdas");
        assertFalse(list.stream().anyMatch(l -> l.contains(" id: ") || l.startsWith("@cp ")));
        assertEquals(2, Collections.frequency(list, JDK_LAMBDA), "a lambda line as often as one workload wrote it, not summed over workloads");
    }
}
