package com.example.shop;

import java.util.Map;
import org.springframework.stereotype.Component;

@Component
public class PriceList {
    private final Map<String, Integer> cents = Map.of("apple", 40, "pear", 55);

    public String total(String... items) {
        int sum = 0;
        for (String item : items) {
            Integer price = cents.get(item);
            if (price == null) {
                throw new IllegalArgumentException("no price for " + item);
            }
            sum += price;
        }
        return String.format("%d.%02d", sum / 100, sum % 100);
    }
}
