package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class ShopApplicationTest {

    @Test
    void theContextServesThePriceList() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ShopApplication.class)
                .web(WebApplicationType.NONE).run()) {
            assertEquals("1.35", context.getBean(PriceList.class).total("apple", "pear", "apple"));
        }
    }

    @Test
    void anUnknownItemHasNoPrice() {
        assertThrows(IllegalArgumentException.class, () -> new PriceList().total("plum"));
    }
}
