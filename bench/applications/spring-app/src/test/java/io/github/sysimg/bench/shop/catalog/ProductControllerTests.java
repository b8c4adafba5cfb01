package io.github.sysimg.bench.shop.catalog;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.sysimg.bench.shop.web.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProductController.class)
class ProductControllerTests {

    static final ProductResponse PAN = new ProductResponse("KI-4001", "Cast Iron Pan 28 cm", "Pre-seasoned", new BigDecimal("54.00"),
            Category.KITCHEN, 20);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CatalogService catalog;

    @Test
    void getsOneProduct() throws Exception {
        given(catalog.get("KI-4001")).willReturn(PAN);
        mvc.perform(get("/api/products/KI-4001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Cast Iron Pan 28 cm"))
                .andExpect(jsonPath("$.category").value("KITCHEN"));
    }

    @Test
    void passesTheSearchTextToTheCatalog() throws Exception {
        given(catalog.list(eq(null), eq("pan"), any(Pageable.class))).willReturn(new PageImpl<>(List.of(PAN)));
        mvc.perform(get("/api/products").param("q", "pan"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)));
    }

    @Test
    void createsAProductAndSaysWhere() throws Exception {
        given(catalog.create(any())).willReturn(PAN);
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"KI-4001\",\"name\":\"Cast Iron Pan 28 cm\",\"price\":54.00,\"category\":\"KITCHEN\",\"stock\":20}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/products/KI-4001"));
    }

    @Test
    void refusesAProductWithoutAPrice() throws Exception {
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"KI-4001\",\"name\":\"Pan\",\"category\":\"KITCHEN\",\"stock\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.price").value("must not be null"));
        verify(catalog, never()).create(any());
    }

    @Test
    void updatesAnUnknownProductAs404() throws Exception {
        given(catalog.update(eq("KI-9999"), any())).willThrow(new NotFoundException("product", "KI-9999"));
        mvc.perform(put("/api/products/KI-9999").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"KI-9999\",\"name\":\"Pan\",\"price\":1.00,\"category\":\"KITCHEN\",\"stock\":1}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesALowStockThresholdOutOfRange() throws Exception {
        mvc.perform(get("/api/products/low-stock").param("threshold", "-1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reportsADuplicateSkuAsConflict() throws Exception {
        given(catalog.create(any())).willThrow(new DuplicateSkuException("KI-4001"));
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"KI-4001\",\"name\":\"Pan\",\"price\":1.00,\"category\":\"KITCHEN\",\"stock\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A product with SKU KI-4001 already exists"));
    }
}
