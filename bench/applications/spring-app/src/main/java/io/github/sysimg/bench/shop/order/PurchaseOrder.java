package io.github.sysimg.bench.shop.order;

import io.github.sysimg.bench.shop.catalog.Product;
import io.github.sysimg.bench.shop.customer.Customer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
public class PurchaseOrder {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    private Customer customer;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrderLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status = OrderStatus.PLACED;

    @Column(nullable = false)
    private Instant placedAt;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal discount = BigDecimal.ZERO;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(Customer customer, Instant placedAt) {
        this.customer = customer;
        this.placedAt = placedAt;
    }

    public void addLine(Product product, int quantity, BigDecimal unitPrice) {
        lines.add(new OrderLine(this, product, quantity, unitPrice));
    }

    public BigDecimal subtotal() {
        return lines.stream().map(OrderLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void price(BigDecimal discount) {
        this.discount = discount;
        this.total = subtotal().subtract(discount);
    }

    void cancel() {
        if (status != OrderStatus.PLACED) {
            throw new OrderStateException(id, status, "cancelled");
        }
        status = OrderStatus.CANCELLED;
        lines.forEach(line -> line.getProduct().addStock(line.getQuantity()));
    }

    void ship() {
        if (status != OrderStatus.PLACED) {
            throw new OrderStateException(id, status, "shipped");
        }
        status = OrderStatus.SHIPPED;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getTotal() {
        return total;
    }
}
