package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.runtime.PropertyResolver;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonWriterTest {

    enum Level { LOW, HIGH }

    public record Item(String sku, BigDecimal price, Level level, LocalDate since, Optional<String> note) {
    }

    public static class Bean {
        public String getTitle() {
            return "t";
        }

        public int[] getScores() {
            return new int[] {1, 2};
        }
    }

    private static String compact(Object value) {
        return new JsonWriter(new PropertyResolver(), 0).write(value);
    }

    @Test
    void scalars() {
        assertEquals("null", compact(null));
        assertEquals("true", compact(true));
        assertEquals("42", compact(42));
        assertEquals("1000", compact(new BigDecimal("1E+3")));
        assertEquals("null", compact(Double.NaN));
        assertEquals("\"LOW\"", compact(Level.LOW));
        assertEquals("\"2024-01-02\"", compact(LocalDate.of(2024, 1, 2)));
        assertEquals("\"00000000-0000-0001-0000-000000000002\"", compact(new UUID(1, 2)));
    }

    @Test
    void stringEscapes() {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t c\\u0001 amp\\u0026\"", compact("q\" b\\ n\n t\t c\u0001 amp&"));
    }

    @Test
    void recordsAndBeansBecomeObjects() {
        Item item = new Item("A-1", new BigDecimal("9.90"), Level.HIGH, LocalDate.of(2020, 5, 1), Optional.empty());
        assertEquals("{\"sku\":\"A-1\",\"price\":9.90,\"level\":\"HIGH\",\"since\":\"2020-05-01\",\"note\":null}",
                compact(item));
        assertEquals("{\"scores\":[1,2],\"title\":\"t\"}", compact(new Bean()));
    }

    @Test
    void emptyContainers() {
        assertEquals("{\"a\":[],\"m\":{}}", compact(map("a", List.of(), "m", Map.of())));
    }

    @Test
    void prettyPrinting() {
        String expected = "{\n  \"name\": \"x\",\n  \"tags\": [\n    \"a\",\n    \"b\"\n  ]\n}";
        assertEquals(expected, new JsonWriter(new PropertyResolver(), 2).write(map("name", "x", "tags", List.of("a", "b"))));
    }

    @Test
    void sharedButAcyclicReferencesAreFine() {
        List<Integer> shared = List.of(1);
        assertEquals("[[1],[1]]", compact(Arrays.asList(shared, shared)));
    }

    @Test
    void cyclesAreDetected() {
        Map<String, Object> node = new LinkedHashMap<>();
        List<Object> children = new ArrayList<>();
        children.add(node);
        node.put("children", children);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compact(node));
        assertEquals("Cannot write JSON: cyclic reference through LinkedHashMap", e.getMessage());
    }
}
