package io.github.sysimg.bench.shop;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ShopApplicationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheSeededCatalogSortedByName() throws Exception {
        mvc.perform(get("/api/products").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(3)))
                .andExpect(jsonPath("$.content[0].name").value("Cast Iron Pan 28 cm"));
    }

    @Test
    void filtersByCategory() throws Exception {
        mvc.perform(get("/api/products").param("category", "BOOKS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(2)));
    }

    @Test
    void registersACustomerAndPlacesAnOrderWithALoyaltyDiscount() throws Exception {
        String location = mvc.perform(post("/api/customers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"grace@example.com\",\"name\":\"Grace Hopper\",\"loyaltyMember\":true}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        long customerId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + customerId + ",\"lines\":[{\"sku\":\"EL-2001\",\"quantity\":2},{\"sku\":\"BK-1001\",\"quantity\":1}]}"))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.lines", hasSize(2)))
                .andExpect(jsonPath("$.subtotal").value(102.90))
                .andExpect(jsonPath("$.discount").value(8.23))
                .andExpect(jsonPath("$.total").value(94.67));
    }

    @Test
    void refusesAnOrderBeyondTheStock() throws Exception {
        String location = mvc.perform(post("/api/customers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"edsger@example.com\",\"name\":\"Edsger Dijkstra\",\"loyaltyMember\":false}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":" + location.substring(location.lastIndexOf('/') + 1) + ",\"lines\":[{\"sku\":\"KI-4002\",\"quantity\":50}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only 3 of KI-4002 in stock, 50 requested"));
    }

    @Test
    void namesEveryInvalidFieldOfANewProduct() throws Exception {
        mvc.perform(post("/api/products").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"nope\",\"name\":\"\",\"price\":0,\"category\":\"TOYS\",\"stock\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.sku").value("must look like ABC-1234"))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.price").exists());
    }

    @Test
    void answersAnUnknownProductWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/products/XX-000"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(jsonPath("$.detail").value("No product XX-000"));
    }
}
