package io.github.sysimg.bench.shop.order;

public class OrderStateException extends RuntimeException {

    public OrderStateException(Long orderId, OrderStatus status, String action) {
        super("Order " + orderId + " is " + status.name().toLowerCase() + " and cannot be " + action);
    }
}
