package io.github.sysimg.bench.shop.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingPolicyTests {

    final PricingPolicy pricing = new PricingPolicy();

    @ParameterizedTest(name = "{0} (loyal: {1}, spent {2}) -> discount {3}")
    @CsvSource({
        "99.99,   false, 0,       0.00",
        "100.00,  false, 0,       5.00",
        "499.99,  false, 0,       25.00",
        "500.00,  false, 0,       50.00",
        "50.00,   true,  0,       1.50",
        "200.00,  true,  0,       16.00",
        "200.00,  false, 1000.00, 14.00",
        "1000.00, true,  2500.00, 150.00",
    })
    void discounts(BigDecimal subtotal, boolean loyal, BigDecimal spent, BigDecimal expected) {
        assertThat(pricing.discount(subtotal, loyal, spent)).isEqualTo(expected);
    }

    @Test
    void neverGivesMoreThanTheMaximumRate() {
        BigDecimal subtotal = new BigDecimal("12345.67");
        assertThat(pricing.discount(subtotal, true, new BigDecimal("99999"))).isLessThanOrEqualTo(subtotal.multiply(PricingPolicy.MAX_RATE));
    }

    @Test
    void roundsToCents() {
        assertThat(pricing.discount(new BigDecimal("102.90"), true, BigDecimal.ZERO)).isEqualTo(new BigDecimal("8.23"));
    }
}
