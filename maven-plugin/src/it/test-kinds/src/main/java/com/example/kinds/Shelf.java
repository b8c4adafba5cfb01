package com.example.kinds;

import java.util.ArrayList;
import java.util.List;

/** Items on a shelf; final, so a mock of it needs Mockito's inline mock maker. */
public final class Shelf {
    private final List<String> items = new ArrayList<>();

    public Shelf put(String item) {
        items.add(item);
        return this;
    }

    public int count() {
        return items.size();
    }
}
