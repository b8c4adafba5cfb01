package io.github.sysimg.core;

/** A class with no dependencies beyond java.base, archived by the image build test. */
public class DumpFixture {
    public static String greet(String name) {
        return "Hello, " + name;
    }
}
