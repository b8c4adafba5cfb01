package io.github.sysimg.bench.shop.catalog;

public class InsufficientStockException extends RuntimeException {

    private final String sku;

    public InsufficientStockException(String sku, int requested, int available) {
        super("Only " + available + " of " + sku + " in stock, " + requested + " requested");
        this.sku = sku;
    }

    public String getSku() {
        return sku;
    }
}
