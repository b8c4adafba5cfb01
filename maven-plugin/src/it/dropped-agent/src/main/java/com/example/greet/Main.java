package com.example.greet;

/** Prints a greeting: the program the image is for. */
public final class Main {
    public static void main(String[] args) {
        System.out.println(new Greeter(Punctuation.EXCITED).greet(args.length > 0 ? args[0] : "world"));
    }
}
