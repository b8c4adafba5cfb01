package io.github.sysimg.bench.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sysimg.bench.shop.catalog.ProductResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/** The service over real HTTP, on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopHttpTests {

    @LocalServerPort
    int port;

    RestClient client;

    @BeforeEach
    void client() {
        client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    @Test
    void getsAProductAsJson() {
        ProductResponse product = client.get().uri("/api/products/{sku}", "GA-3001").retrieve().body(ProductResponse.class);
        assertThat(product.name()).isEqualTo("Rain Barrel 200 l");
        assertThat(product.price()).isEqualByComparingTo("79.95");
    }

    @Test
    void restocksAndListsLowStock() {
        ResponseEntity<String> low = client.get().uri("/api/products/low-stock?threshold=5").retrieve().toEntity(String.class);
        assertThat(low.getBody()).contains("KI-4002").contains("GA-3001");

        ProductResponse restocked = client.post().uri("/api/products/KI-4002/restock?quantity=10").retrieve().body(ProductResponse.class);
        assertThat(restocked.stock()).isEqualTo(13);
    }

    @Test
    void refusesANegativeRestock() {
        ResponseEntity<String> response = client.post().uri("/api/products/KI-4002/restock?quantity=-1").retrieve().toEntity(String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
