package io.github.sysimg.bench.shop.catalog;

public enum Category {
    BOOKS, ELECTRONICS, GARDEN, KITCHEN, TOYS
}
