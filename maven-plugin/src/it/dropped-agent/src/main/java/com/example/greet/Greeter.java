package com.example.greet;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Greets each of a comma-separated list of names. */
public final class Greeter {
    private final Punctuation punctuation;

    public Greeter(Punctuation punctuation) {
        this.punctuation = punctuation;
    }

    public String greet(String names) {
        return Stream.of(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> "Hello, " + name + punctuation.mark())
                .collect(Collectors.joining(" "));
    }
}
