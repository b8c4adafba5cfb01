package io.github.sysimg.bench.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sysimg.bench.shop.catalog.ProductRepository;
import io.github.sysimg.bench.shop.customer.Customer;
import io.github.sysimg.bench.shop.customer.CustomerRepository;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

@DataJpaTest
class OrderRepositoryTests {

    @Autowired
    OrderRepository orders;
    @Autowired
    ProductRepository products;
    @Autowired
    CustomerRepository customers;
    @Autowired
    TestEntityManager entities;

    PurchaseOrder order(Customer customer, Instant at, String total) {
        PurchaseOrder order = new PurchaseOrder(customer, at);
        order.addLine(products.findBySku("BK-1002").orElseThrow(), 1, new BigDecimal(total));
        order.price(BigDecimal.ZERO);
        return orders.save(order);
    }

    @Test
    void sumsWhatACustomerSpentSinceADateWithoutCancelledOrders() {
        Customer alan = customers.findByEmailIgnoreCase("ALAN@example.com").orElseThrow();
        order(alan, Instant.parse("2026-01-05T00:00:00Z"), "100.00");
        order(alan, Instant.parse("2026-02-05T00:00:00Z"), "40.50");
        order(alan, Instant.parse("2026-03-05T00:00:00Z"), "99.00").cancel();
        order(alan, Instant.parse("2024-03-05T00:00:00Z"), "1000.00");
        entities.flush();

        assertThat(orders.totalSpentSince(alan.getId(), Instant.parse("2025-06-01T00:00:00Z"))).isEqualByComparingTo("140.50");
    }

    @Test
    void loadsAnOrderWithItsLinesAndProducts() {
        Customer ada = customers.findByEmailIgnoreCase("ada@example.com").orElseThrow();
        long id = order(ada, Instant.parse("2026-01-05T00:00:00Z"), "31.50").getId();
        entities.flush();
        entities.clear();

        PurchaseOrder loaded = orders.findWithLinesById(id).orElseThrow();
        entities.clear();
        assertThat(loaded.getLines()).singleElement().satisfies(line -> assertThat(line.getProduct().getName()).isEqualTo("Cooking for Engineers"));
        assertThat(orders.findByCustomerIdOrderByPlacedAtDesc(ada.getId())).extracting(PurchaseOrder::getId).containsExactly(id);
    }
}
