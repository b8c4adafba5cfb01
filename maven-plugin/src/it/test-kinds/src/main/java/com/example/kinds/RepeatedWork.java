package com.example.kinds;

/** What only the repeated tests exercise: a class of the library that the image must hold after the training. */
public final class RepeatedWork {
    private RepeatedWork() {
    }

    public static String describe(int n) {
        return "Repeated:" + n;
    }
}
