package com.example.kinds;

/** What only the parameterized tests exercise: a class of the library that the image must hold after the training. */
public final class ParameterizedWork {
    private ParameterizedWork() {
    }

    public static String describe(int n) {
        return "Parameterized:" + n;
    }
}
