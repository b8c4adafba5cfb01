package io.github.sysimg.bench.shop.web;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super("No " + what + " " + key);
    }
}
