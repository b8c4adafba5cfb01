package com.example.kinds;

/** Counts what a shelf holds, for a report. */
public class Stocktake {
    private final Shelf shelf;

    public Stocktake(Shelf shelf) {
        this.shelf = shelf;
    }

    public String report() {
        return MockedWork.describe(shelf.count());
    }
}
