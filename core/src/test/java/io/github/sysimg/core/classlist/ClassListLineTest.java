package io.github.sysimg.core.classlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassListLineTest {

    @Test
    void readsEachKindOfLineAsTheJvmWritesIt() {
        ClassListLine dumped = ClassListLine.parse("com/example/Foo id: 1234");
        assertEquals(ClassListLine.Kind.CLASS, dumped.kind());
        assertEquals("com/example/Foo", dumped.owner());
        assertEquals("com.example.Foo", dumped.ownerBinaryName());
        assertEquals("com/example/Foo", dumped.plain().text(), "the id words go, the name stays");
        assertFalse(dumped.hasSource());
        assertTrue(ClassListLine.parse("com/example/Gen id: 7 super: 1 source: /tmp/x.jar").hasSource());

        ClassListLine proxy = ClassListLine.parse("@lambda-proxy com/example/Foo run ()Ljava/lang/Runnable; ()V REF_invokeStatic com/example/Foo lambda$0 ()V ()V");
        assertEquals(ClassListLine.Kind.LAMBDA_PROXY, proxy.kind());
        assertEquals("com/example/Foo", proxy.owner());

        ClassListLine links = ClassListLine.parse("@cp com/example/Foo 12 34");
        assertEquals(ClassListLine.Kind.CONSTANT_POOL, links.kind());
        assertEquals("com/example/Foo", links.owner());

        ClassListLine shape = ClassListLine.parse("@lambda-form-invoker [LF_RESOLVE] java.lang.invoke.DirectMethodHandle$Holder invokeStatic L_L");
        assertEquals(ClassListLine.Kind.LAMBDA_FORM_INVOKER, shape.kind());
        assertNull(shape.owner());
        assertNull(shape.ownerBinaryName());

        assertEquals(ClassListLine.Kind.OTHER, ClassListLine.parse("@archived-heap-object x").kind());
        assertNull(ClassListLine.parse("# NOTE: Do not modify this file."));
        assertNull(ClassListLine.parse("   "));
    }

    @Test
    void countsClassesNotDirectives() {
        assertEquals(2, ClassListLine.countClasses(List.of("# comment", "java/lang/Object", "@lambda-proxy a/B run ()V",
                "com/example/Foo id: 3", "@cp com/example/Foo 1", "")));
    }

    @Test
    void aRecordedLambdaBecomesAProxyLineOfItsCaller() {
        ClassListLine line = ClassListLine.lambdaProxy("com/example/Foo apply ()Ljava/util/function/Function;");
        assertEquals("@lambda-proxy com/example/Foo apply ()Ljava/util/function/Function;", line.text());
        assertEquals("com.example.Foo", line.ownerBinaryName());
    }
}
