package io.github.sysimg.bench.shop.customer;

import java.time.Instant;

public record CustomerResponse(Long id, String email, String name, Instant registeredAt, boolean loyaltyMember) {

    public static CustomerResponse of(Customer customer) {
        return new CustomerResponse(customer.getId(), customer.getEmail(), customer.getName(), customer.getRegisteredAt(),
                customer.isLoyaltyMember());
    }
}
