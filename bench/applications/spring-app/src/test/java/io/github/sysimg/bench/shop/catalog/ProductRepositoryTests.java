package io.github.sysimg.bench.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@DataJpaTest
class ProductRepositoryTests {

    @Autowired
    ProductRepository products;

    @Autowired
    TestEntityManager entities;

    @Test
    void findsTheSeededProductBySku() {
        assertThat(products.findBySku("EL-2002")).hasValueSatisfying(p -> assertThat(p.getStock()).isEqualTo(8));
    }

    @Test
    void searchesNamesIgnoringCase() {
        assertThat(products.findByNameContainingIgnoreCase("CHARGER", PageRequest.of(0, 10)).getContent())
                .extracting(Product::getSku).containsExactly("EL-2001");
    }

    @Test
    void listsLowStockLowestFirst() {
        assertThat(products.findLowStock(5)).extracting(Product::getSku).containsExactly("KI-4002", "GA-3001");
    }

    @Test
    void pagesACategorySorted() {
        var page = products.findByCategory(Category.KITCHEN, PageRequest.of(0, 1, Sort.by("price").descending()));
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent().get(0).getSku()).isEqualTo("KI-4002");
    }

    @Test
    void bumpsTheVersionOnUpdate() {
        Product product = entities.persistFlushFind(new Product("TO-5002", "Kite", null, new BigDecimal("19.99"), Category.TOYS, 4));
        long before = (long) entities.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(product);
        product.addStock(1);
        entities.flush();
        assertThat(products.findById(before)).hasValueSatisfying(p -> assertThat(p.getStock()).isEqualTo(5));
        assertThat(products.existsBySku("TO-5002")).isTrue();
    }
}
