package com.example.multi.app;

/** Shouts its arguments: the program the image is for. */
public final class Main {
    public static void main(String[] args) {
        System.out.println(Shout.shout(args.length > 0 ? String.join(" ", args) : "hello world"));
    }
}
