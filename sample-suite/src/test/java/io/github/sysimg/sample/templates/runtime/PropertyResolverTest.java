package io.github.sysimg.sample.templates.runtime;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PropertyResolverTest {

    public record Point(int x, int y) {
        public int sum() {
            return x + y;
        }
    }

    /** Deliberately private: the resolver must still reach its accessors. */
    private record Secret(String code) {
    }

    public static class Bean {
        public String field = "public field";
        @SuppressWarnings("unused")
        private String hidden = "hidden";

        public String getName() {
            return "bean";
        }

        public boolean isActive() {
            return true;
        }

        public String getURL() {
            return "https://example.com";
        }

        public String getFailing() {
            throw new IllegalStateException("boom");
        }

        public String shout() {
            return "HEY";
        }
    }

    private final PropertyResolver resolver = new PropertyResolver();

    @Test
    void mapsDistinguishNullValuesFromMissingKeys() {
        Map<String, Object> map = new HashMap<>();
        map.put("present", null);
        map.put("name", "x");
        assertEquals("x", resolver.resolve(map, "name"));
        assertNull(resolver.resolve(map, "present"));
        assertSame(PropertyResolver.MISSING, resolver.resolve(map, "absent"));
        assertEquals(2, resolver.resolve(map, "size"));
    }

    @Test
    void recordsExposeComponentsAndOtherMethods() {
        Point p = new Point(3, 4);
        assertEquals(3, resolver.resolve(p, "x"));
        assertEquals(7, resolver.resolve(p, "sum"));
        assertEquals(List.of("x", "y"), resolver.propertyNames(Point.class));
    }

    @Test
    void privateRecordsAreStillReadable() {
        assertEquals("s3cr3t", resolver.resolve(new Secret("s3cr3t"), "code"));
    }

    @Test
    void javaBeanConventions() {
        Bean bean = new Bean();
        assertEquals("bean", resolver.resolve(bean, "name"));
        assertEquals(true, resolver.resolve(bean, "active"));
        assertEquals("https://example.com", resolver.resolve(bean, "URL"));
        assertEquals("public field", resolver.resolve(bean, "field"));
        assertEquals("HEY", resolver.resolve(bean, "shout"));
        assertSame(PropertyResolver.MISSING, resolver.resolve(bean, "hidden"));
        assertSame(PropertyResolver.MISSING, resolver.resolve(bean, "class"));
        assertEquals(List.of("URL", "active", "failing", "field", "name"), resolver.propertyNames(Bean.class));
    }

    @Test
    void failingGettersAreReportedWithTheirCause() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> resolver.resolve(new Bean(), "failing"));
        assertTrue(e.getMessage().startsWith("Reading property 'failing' of Bean failed"), e.getMessage());
        assertEquals("boom", e.getCause().getMessage());
    }

    @Test
    void listsAndArraysByPositionAndSize() {
        List<String> list = List.of("a", "b", "c");
        assertEquals("b", resolver.resolve(list, "1"));
        assertEquals(3, resolver.resolve(list, "size"));
        assertEquals("c", resolver.index(list, -1));
        assertSame(PropertyResolver.MISSING, resolver.index(list, 3));
        String[] array = {"x", "y"};
        assertEquals("y", resolver.index(array, 1L));
        assertEquals(2, resolver.resolve(array, "length"));
    }

    @Test
    void mapIndexFallsBackToStringKeys() {
        assertEquals("one", resolver.index(Map.of("1", "one"), 1L));
        assertEquals("two", resolver.index(Map.of(2L, "two"), 2L));
    }

    @Test
    void optionalsAreUnwrapped() {
        assertEquals(1, resolver.resolve(Optional.of(new Point(1, 2)), "x"));
        assertSame(PropertyResolver.MISSING, resolver.resolve(Optional.empty(), "x"));
    }

    @Test
    void stringsHaveLength() {
        assertEquals(5, resolver.resolve("hello", "length"));
        assertEquals(false, resolver.resolve("hello", "blank"));
    }

    @Test
    void entriesOfJdkInternalClassesAreReachedThroughPublicInterfaces() {
        Map.Entry<String, Integer> entry = new HashMap<>(Map.of("k", 1)).entrySet().iterator().next();
        assertEquals("k", resolver.resolve(entry, "key"));
        assertEquals(1, resolver.resolve(entry, "value"));
    }

    @Test
    void describeListsPropertiesInOrder() {
        assertEquals(Map.of("x", 1, "y", 2), resolver.describe(new Point(1, 2)));
        assertEquals(List.of("x", "y"), List.copyOf(resolver.describe(new Point(1, 2)).keySet()));
    }

    @Test
    void nullTargetsHaveNoProperties() {
        assertSame(PropertyResolver.MISSING, resolver.resolve(null, "x"));
        assertSame(PropertyResolver.MISSING, resolver.index(null, 0));
    }
}
