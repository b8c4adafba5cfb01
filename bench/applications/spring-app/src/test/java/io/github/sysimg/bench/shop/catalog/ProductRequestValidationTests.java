package io.github.sysimg.bench.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductRequestValidationTests {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static ProductRequest withSku(String sku) {
        return new ProductRequest(sku, "Lamp", null, new BigDecimal("12.50"), Category.ELECTRONICS, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EL-123", "ABCD-123456", "GA-3001"})
    void acceptsWellFormedSkus(String sku) {
        assertThat(validator.validate(withSku(sku))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"el-123", "E-123", "ELECT-123", "EL-12", "EL123", ""})
    void refusesMalformedSkus(String sku) {
        Set<ConstraintViolation<ProductRequest>> violations = validator.validate(withSku(sku));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString()).contains("sku");
    }

    @Test
    void refusesAPriceWithMoreThanTwoDecimals() {
        ProductRequest request = new ProductRequest("EL-123", "Lamp", null, new BigDecimal("12.505"), Category.ELECTRONICS, 3);
        assertThat(validator.validate(request)).extracting(v -> v.getPropertyPath().toString()).containsExactly("price");
    }
}
