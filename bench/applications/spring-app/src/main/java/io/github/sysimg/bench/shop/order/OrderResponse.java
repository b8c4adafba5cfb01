package io.github.sysimg.bench.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record OrderResponse(Long id, Long customerId, OrderStatus status, Instant placedAt, List<Line> lines, BigDecimal subtotal,
        BigDecimal discount, BigDecimal total) {

    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    public static OrderResponse of(PurchaseOrder order) {
        List<Line> lines = order.getLines().stream()
                .map(l -> new Line(l.getProduct().getSku(), l.getProduct().getName(), l.getQuantity(), l.getUnitPrice(), l.getAmount()))
                .toList();
        return new OrderResponse(order.getId(), order.getCustomer().getId(), order.getStatus(), order.getPlacedAt(), lines,
                order.subtotal(), order.getDiscount(), order.getTotal());
    }
}
