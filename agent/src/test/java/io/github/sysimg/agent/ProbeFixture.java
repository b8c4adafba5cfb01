package io.github.sysimg.agent;

/** A class of an "included" package for {@link MethodIndexTest}: Java 5 style, so it also runs as a class file of version 49. */
public class ProbeFixture {
    private int calls;

    public ProbeFixture() {
        super();
    }

    public static int twice(int x) {
        return x + x;
    }

    public int counted() {
        calls++;
        return calls;
    }

    public static int neverCalled() {
        return 42;
    }
}
