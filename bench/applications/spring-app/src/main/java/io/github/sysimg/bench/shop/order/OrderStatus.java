package io.github.sysimg.bench.shop.order;

public enum OrderStatus {
    PLACED, SHIPPED, CANCELLED
}
