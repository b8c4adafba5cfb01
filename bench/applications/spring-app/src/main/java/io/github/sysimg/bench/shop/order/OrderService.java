package io.github.sysimg.bench.shop.order;

import io.github.sysimg.bench.shop.catalog.Product;
import io.github.sysimg.bench.shop.catalog.ProductRepository;
import io.github.sysimg.bench.shop.customer.Customer;
import io.github.sysimg.bench.shop.customer.CustomerRepository;
import io.github.sysimg.bench.shop.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

    private final OrderRepository orders;
    private final ProductRepository products;
    private final CustomerRepository customers;
    private final PricingPolicy pricing;
    private final Clock clock;

    public OrderService(OrderRepository orders, ProductRepository products, CustomerRepository customers, PricingPolicy pricing,
            Clock clock) {
        this.orders = orders;
        this.products = products;
        this.customers = customers;
        this.pricing = pricing;
        this.clock = clock;
    }

    @Transactional
    public OrderResponse place(OrderRequest request) {
        Customer customer = customers.findById(request.customerId())
                .orElseThrow(() -> new NotFoundException("customer", request.customerId()));
        // The same SKU twice in one request is one line.
        Map<String, Integer> quantities = new TreeMap<>();
        request.lines().forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        Instant now = Instant.now(clock);
        PurchaseOrder order = new PurchaseOrder(customer, now);
        quantities.forEach((sku, quantity) -> {
            Product product = products.findBySku(sku).orElseThrow(() -> new NotFoundException("product", sku));
            product.takeStock(quantity);
            order.addLine(product, quantity, product.getPrice());
        });
        BigDecimal spent = orders.totalSpentSince(customer.getId(), now.minus(Duration.ofDays(365)));
        order.price(pricing.discount(order.subtotal(), customer.isLoyaltyMember(), spent));
        return OrderResponse.of(orders.save(order));
    }

    @Transactional(readOnly = true)
    public OrderResponse get(long id) {
        return OrderResponse.of(find(id));
    }

    @Transactional(readOnly = true)
    public List<OrderResponse> ofCustomer(long customerId) {
        return orders.findByCustomerIdOrderByPlacedAtDesc(customerId).stream().map(OrderResponse::of).toList();
    }

    @Transactional
    public OrderResponse cancel(long id) {
        PurchaseOrder order = find(id);
        order.cancel();
        return OrderResponse.of(order);
    }

    @Transactional
    public OrderResponse ship(long id) {
        PurchaseOrder order = find(id);
        order.ship();
        return OrderResponse.of(order);
    }

    private PurchaseOrder find(long id) {
        return orders.findWithLinesById(id).orElseThrow(() -> new NotFoundException("order", id));
    }
}
