package io.github.sysimg.bench.shop.catalog;

public class DuplicateSkuException extends RuntimeException {

    public DuplicateSkuException(String sku) {
        super("A product with SKU " + sku + " already exists");
    }
}
