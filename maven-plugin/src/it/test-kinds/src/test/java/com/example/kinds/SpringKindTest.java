package com.example.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

@ExtendWith(SpringExtension.class)
@ContextConfiguration(classes = SpringKindTest.Beans.class)
class SpringKindTest {
    @Configuration
    static class Beans {
        @Bean
        Shelf shelf() {
            return new Shelf().put("a").put("b");
        }
    }

    @Autowired
    Shelf shelf;

    @Test
    void theContextInjectsTheShelf() {
        assertEquals("Spring:2", SpringWork.describe(shelf.count()));
    }
}
