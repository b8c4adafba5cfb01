package com.example.kinds;

/** What only the nested tests exercise: a class of the library that the image must hold after the training. */
public final class NestedWork {
    private NestedWork() {
    }

    public static String describe(int n) {
        return "Nested:" + n;
    }
}
