package io.github.sysimg.bench.shop.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * The shop's discounts: 5% on orders of 100.00 or more, 10% from 500.00; loyalty members get 3% more, and a customer
 * who spent 1,000.00 or more in the last year 2% more. The discount never exceeds 15%.
 */
@Component
public class PricingPolicy {

    static final BigDecimal MAX_RATE = new BigDecimal("0.15");

    public BigDecimal discount(BigDecimal subtotal, boolean loyaltyMember, BigDecimal spentLastYear) {
        BigDecimal rate = BigDecimal.ZERO;
        if (subtotal.compareTo(new BigDecimal("500.00")) >= 0) {
            rate = new BigDecimal("0.10");
        } else if (subtotal.compareTo(new BigDecimal("100.00")) >= 0) {
            rate = new BigDecimal("0.05");
        }
        if (loyaltyMember) {
            rate = rate.add(new BigDecimal("0.03"));
        }
        if (spentLastYear.compareTo(new BigDecimal("1000.00")) >= 0) {
            rate = rate.add(new BigDecimal("0.02"));
        }
        return subtotal.multiply(rate.min(MAX_RATE)).setScale(2, RoundingMode.HALF_EVEN);
    }
}
