package io.github.sysimg.bench.shop.customer;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CustomerRequest(@NotBlank @Email String email, @NotBlank @Size(max = 100) String name, boolean loyaltyMember) {
}
