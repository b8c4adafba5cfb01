package io.github.sysimg.bench.shop.order;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

public record OrderRequest(@NotNull Long customerId, @NotEmpty @Size(max = 50) List<@Valid Line> lines) {

    public record Line(@NotBlank String sku, @Positive @Max(100) int quantity) {
    }
}
