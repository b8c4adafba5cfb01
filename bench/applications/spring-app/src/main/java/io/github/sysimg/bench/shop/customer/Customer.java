package io.github.sysimg.bench.shop.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class Customer {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private Instant registeredAt;

    private boolean loyaltyMember;

    protected Customer() {
    }

    public Customer(String email, String name, Instant registeredAt, boolean loyaltyMember) {
        this.email = email;
        this.name = name;
        this.registeredAt = registeredAt;
        this.loyaltyMember = loyaltyMember;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isLoyaltyMember() {
        return loyaltyMember;
    }
}
