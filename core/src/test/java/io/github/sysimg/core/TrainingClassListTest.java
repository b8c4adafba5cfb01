package io.github.sysimg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What of a training JVM's class list may go into the image. */
class TrainingClassListTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheJdkAndTheImageClassPathAndDropsTheTestsWithTheirLinkedEntries() throws IOException {
        // The tests' class path holds the test class and, as a test dependency, a copy of the library jar.
        Path tests = TestFiles.jar(dir.resolve("tests.jar"), Map.of(
                "com/example/FooTest.class", TestFiles.bytes("x"),
                "com/example/Foo.class", TestFiles.bytes("x")));
        Training training = new Training(ClassPath.of(List.of(tests)), dir.resolve("runner.jar"), 60);
        List<String> dumped = List.of(
                "# NOTE: Do not modify this file.",
                "java/lang/Object id: 0",
                "com/example/Foo id: 1",
                "com/example/FooTest id: 2",
                "com/example/Foo$$Lambda/0x0000000801001000 id: 3",
                "io/github/sysimg/runner/TrainingBootstrap id: 4",
                "@lambda-proxy com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$x$0 ()V ()V",
                "@lambda-proxy com/example/FooTest run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/FooTest lambda$y$0 ()V ()V",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
                "@cp com/example/Foo 2 7",
                "@cp com/example/FooTest 3 5",
                "@cp io/github/sysimg/runner/TrainingBootstrap 9");

        List<String> kept = training.filterClassList(dumped, Set.of("com.example.Foo"));

        assertEquals(List.of(
                "java/lang/Object",
                "com/example/Foo",
                "@lambda-proxy com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$x$0 ()V ()V",
                "@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L",
                "@cp com/example/Foo 2 7"), kept);
    }

    @Test
    void leavesOutTheAgentMachineryThatAMockingLibraryAttachesWith() {
        Training training = new Training(ClassPath.of(List.of()), dir.resolve("runner.jar"), 60);
        List<String> dumped = List.of(
                "java/lang/Object id: 0",
                "java/lang/instrument/Instrumentation id: 1",
                "sun/instrument/InstrumentationImpl id: 2",
                "com/sun/tools/attach/VirtualMachine id: 3",
                "sun/tools/attach/HotSpotVirtualMachine id: 4",
                "java/util/concurrent/ConcurrentHashMap id: 5");

        assertEquals(List.of("java/lang/Object", "java/util/concurrent/ConcurrentHashMap"), training.filterClassList(dumped, Set.of()));
    }
}
