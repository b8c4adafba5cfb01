package com.example.kinds;

/** Loads what each kind of test exercised: the program the image is checked with. */
public final class ShelfMain {
    private ShelfMain() {
    }

    public static void main(String[] args) {
        String[] described = {NestedWork.describe(1), RepeatedWork.describe(1), DynamicWork.describe(1), ParameterizedWork.describe(1),
                new Stocktake(new Shelf().put("x")).report(), SpringWork.describe(1)};
        System.out.println("kinds: " + described.length);
    }
}
