package com.example.kinds;

/** What only the spring tests exercise: a class of the library that the image must hold after the training. */
public final class SpringWork {
    private SpringWork() {
    }

    public static String describe(int n) {
        return "Spring:" + n;
    }
}
