package io.github.sysimg.bench.shop.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(OrderController.class)
class OrderControllerTests {

    static final OrderResponse SHIPPED = new OrderResponse(7L, 1L, OrderStatus.SHIPPED, Instant.parse("2026-06-01T10:00:00Z"),
            List.of(new OrderResponse.Line("BK-1001", "The Pragmatic Gardener", 1, new BigDecimal("24.90"), new BigDecimal("24.90"))),
            new BigDecimal("24.90"), BigDecimal.ZERO, new BigDecimal("24.90"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderService orders;

    @Test
    void getsAnOrder() throws Exception {
        given(orders.get(7)).willReturn(SHIPPED);
        mvc.perform(get("/api/orders/7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SHIPPED"))
                .andExpect(jsonPath("$.placedAt").value("2026-06-01T10:00:00Z"));
    }

    @Test
    void refusesAnOrderWithoutLines() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{\"customerId\":1,\"lines\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.lines").exists());
    }

    @Test
    void refusesALineWithAZeroQuantity() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":1,\"lines\":[{\"sku\":\"BK-1001\",\"quantity\":0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors['lines[0].quantity']").exists());
    }

    @Test
    void cannotCancelAShippedOrder() throws Exception {
        given(orders.cancel(7)).willThrow(new OrderStateException(7L, OrderStatus.SHIPPED, "cancelled"));
        mvc.perform(post("/api/orders/7/cancel"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Order 7 is shipped and cannot be cancelled"));
    }

    @Test
    void placesAnOrder() throws Exception {
        given(orders.place(any())).willReturn(SHIPPED);
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":1,\"lines\":[{\"sku\":\"BK-1001\",\"quantity\":1}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.total").value(24.90));
    }
}
