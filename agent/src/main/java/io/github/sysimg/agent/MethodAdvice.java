package io.github.sysimg.agent;

import net.bytebuddy.asm.Advice;

/** Inlined at the start of every method and constructor of an included class. */
final class MethodAdvice {
    private MethodAdvice() {
    }

    @Advice.OnMethodEnter
    static void enter(@Advice.Origin("#t.#m#d") String method) {
        // Only a String constant and a public class on the system class loader: visible from any included class.
        Recorder.enter(method);
    }
}
