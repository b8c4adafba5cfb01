package com.example.kinds;

/** What only the dynamic tests exercise: a class of the library that the image must hold after the training. */
public final class DynamicWork {
    private DynamicWork() {
    }

    public static String describe(int n) {
        return "Dynamic:" + n;
    }
}
