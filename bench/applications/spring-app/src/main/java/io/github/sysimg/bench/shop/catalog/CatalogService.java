package io.github.sysimg.bench.shop.catalog;

import io.github.sysimg.bench.shop.web.NotFoundException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final ProductRepository products;

    public CatalogService(ProductRepository products) {
        this.products = products;
    }

    public Page<ProductResponse> list(Category category, String search, Pageable pageable) {
        Page<Product> page;
        if (category != null) {
            page = products.findByCategory(category, pageable);
        } else if (search != null && !search.isBlank()) {
            page = products.findByNameContainingIgnoreCase(search.strip(), pageable);
        } else {
            page = products.findAll(pageable);
        }
        return page.map(ProductResponse::of);
    }

    public ProductResponse get(String sku) {
        return ProductResponse.of(find(sku));
    }

    public List<ProductResponse> lowStock(int threshold) {
        return products.findLowStock(threshold).stream().map(ProductResponse::of).toList();
    }

    @Transactional
    public ProductResponse create(ProductRequest request) {
        if (products.existsBySku(request.sku())) {
            throw new DuplicateSkuException(request.sku());
        }
        Product product = products.save(new Product(request.sku(), request.name(), request.description(), request.price(),
                request.category(), request.stock()));
        return ProductResponse.of(product);
    }

    @Transactional
    public ProductResponse update(String sku, ProductRequest request) {
        Product product = find(sku);
        product.setName(request.name());
        product.setDescription(request.description());
        product.setPrice(request.price());
        product.setCategory(request.category());
        return ProductResponse.of(product);
    }

    @Transactional
    public ProductResponse restock(String sku, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("restock quantity must be positive, was " + quantity);
        }
        Product product = find(sku);
        product.addStock(quantity);
        return ProductResponse.of(product);
    }

    Product find(String sku) {
        return products.findBySku(sku).orElseThrow(() -> new NotFoundException("product", sku));
    }
}
