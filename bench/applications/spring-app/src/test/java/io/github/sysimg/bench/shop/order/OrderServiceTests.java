package io.github.sysimg.bench.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.github.sysimg.bench.shop.catalog.Category;
import io.github.sysimg.bench.shop.catalog.InsufficientStockException;
import io.github.sysimg.bench.shop.catalog.Product;
import io.github.sysimg.bench.shop.catalog.ProductRepository;
import io.github.sysimg.bench.shop.customer.Customer;
import io.github.sysimg.bench.shop.customer.CustomerRepository;
import io.github.sysimg.bench.shop.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class OrderServiceTests {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Mock
    OrderRepository orders;
    @Mock
    ProductRepository products;
    @Mock
    CustomerRepository customers;

    OrderService service;
    Customer ada = new Customer("ada@example.com", "Ada", NOW, true);

    @BeforeEach
    void service() {
        service = new OrderService(orders, products, customers, new PricingPolicy(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void mergesLinesOfTheSameSkuAndTakesTheStock() {
        Product charger = new Product("EL-2001", "Charger", null, new BigDecimal("39.00"), Category.ELECTRONICS, 10);
        given(customers.findById(1L)).willReturn(Optional.of(ada));
        given(products.findBySku("EL-2001")).willReturn(Optional.of(charger));
        given(orders.totalSpentSince(any(), any())).willReturn(BigDecimal.ZERO);
        given(orders.save(any())).willAnswer(invocation -> invocation.getArgument(0));

        OrderResponse order = service.place(new OrderRequest(1L, List.of(new OrderRequest.Line("EL-2001", 2), new OrderRequest.Line("EL-2001", 1))));

        assertThat(order.lines()).singleElement().satisfies(line -> assertThat(line.quantity()).isEqualTo(3));
        assertThat(charger.getStock()).isEqualTo(7);
        assertThat(order.subtotal()).isEqualByComparingTo("117.00");
        assertThat(order.discount()).isEqualByComparingTo("9.36");
    }

    @Test
    void refusesAnUnknownCustomer() {
        given(customers.findById(anyLong())).willReturn(Optional.empty());
        assertThatThrownBy(() -> service.place(new OrderRequest(9L, List.of(new OrderRequest.Line("EL-2001", 1)))))
                .isInstanceOf(NotFoundException.class).hasMessage("No customer 9");
        verify(orders, never()).save(any());
    }

    @Test
    void refusesMoreThanTheStock() {
        given(customers.findById(1L)).willReturn(Optional.of(ada));
        given(products.findBySku("KI-4002")).willReturn(Optional.of(new Product("KI-4002", "Knife", null, BigDecimal.TEN, Category.KITCHEN, 1)));
        assertThatThrownBy(() -> service.place(new OrderRequest(1L, List.of(new OrderRequest.Line("KI-4002", 2)))))
                .isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void cancellingPutsTheStockBack() {
        Product pan = new Product("KI-4001", "Pan", null, new BigDecimal("54.00"), Category.KITCHEN, 5);
        PurchaseOrder order = new PurchaseOrder(ada, NOW);
        order.addLine(pan, 2, pan.getPrice());
        given(orders.findWithLinesById(4L)).willReturn(Optional.of(order));

        assertThat(service.cancel(4L).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(pan.getStock()).isEqualTo(7);
        assertThatThrownBy(() -> service.ship(4L)).isInstanceOf(OrderStateException.class);
    }
}
