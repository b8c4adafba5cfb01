package io.github.sysimg.bench.shop.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
@Validated
public class ProductController {

    private final CatalogService catalog;

    public ProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public Page<ProductResponse> list(@RequestParam(required = false) Category category,
            @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "name", direction = Sort.Direction.ASC) Pageable pageable) {
        return catalog.list(category, q, pageable);
    }

    @GetMapping("/{sku}")
    public ProductResponse get(@PathVariable String sku) {
        return catalog.get(sku);
    }

    @GetMapping("/low-stock")
    public List<ProductResponse> lowStock(@RequestParam(defaultValue = "5") @Min(0) @Max(1000) int threshold) {
        return catalog.lowStock(threshold);
    }

    @PostMapping
    public ResponseEntity<ProductResponse> create(@Valid @RequestBody ProductRequest request) {
        ProductResponse created = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/products/" + created.sku())).body(created);
    }

    @PutMapping("/{sku}")
    public ProductResponse update(@PathVariable String sku, @Valid @RequestBody ProductRequest request) {
        return catalog.update(sku, request);
    }

    @PostMapping("/{sku}/restock")
    public ProductResponse restock(@PathVariable String sku, @RequestParam @Min(1) @Max(10_000) int quantity) {
        return catalog.restock(sku, quantity);
    }
}
