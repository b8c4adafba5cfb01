package io.github.sysimg.bench.shop.catalog;

import java.math.BigDecimal;

public record ProductResponse(String sku, String name, String description, BigDecimal price, Category category, int stock) {

    public static ProductResponse of(Product product) {
        return new ProductResponse(product.getSku(), product.getName(), product.getDescription(), product.getPrice(),
                product.getCategory(), product.getStock());
    }
}
