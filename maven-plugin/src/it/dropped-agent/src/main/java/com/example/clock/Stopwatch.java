package com.example.clock;

import java.time.Duration;

/** Measures elapsed time from a clock the caller controls. */
public final class Stopwatch {
    private final long startNanos;

    public Stopwatch(long startNanos) {
        this.startNanos = startNanos;
    }

    public Duration elapsed(long nowNanos) {
        return Duration.ofNanos(nowNanos - startNanos);
    }

    public static void main(String[] args) {
        System.out.println("elapsed: " + new Stopwatch(0).elapsed(1_500_000_000L).toMillis() + " ms");
    }
}
