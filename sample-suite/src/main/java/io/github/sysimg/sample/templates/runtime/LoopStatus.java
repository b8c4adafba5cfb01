package io.github.sysimg.sample.templates.runtime;

/**
 * The {@code loop} variable visible inside {@code each} blocks and list sections.
 *
 * @param index 0-based position of the current item
 * @param size  number of items
 */
public record LoopStatus(int index, int size) {

    /** 1-based position, for numbered lists. */
    public int number() {
        return index + 1;
    }

    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == size - 1;
    }

    public boolean odd() {
        return index % 2 == 1;
    }

    public boolean even() {
        return index % 2 == 0;
    }
}
