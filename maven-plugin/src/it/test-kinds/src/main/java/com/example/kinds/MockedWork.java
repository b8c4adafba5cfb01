package com.example.kinds;

/** What only the mocked tests exercise: a class of the library that the image must hold after the training. */
public final class MockedWork {
    private MockedWork() {
    }

    public static String describe(int n) {
        return "Mocked:" + n;
    }
}
