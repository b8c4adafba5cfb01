package io.github.sysimg.sample.templates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateCacheTest {

    private final MapTemplateLoader loader = new MapTemplateLoader()
            .put("a", "A{{ x }}")
            .put("b", "B")
            .put("c", "C")
            .put("broken", "{{ 1 + }}");

    private TemplateEngine engine(int cacheSize) {
        return TemplateEngine.builder().loader(loader).cacheSize(cacheSize).build();
    }

    @Test
    void repeatedLookupsReturnTheCompiledTemplate() {
        TemplateEngine engine = engine(10);
        Template first = engine.getTemplate("a");
        assertSame(first, engine.getTemplate("a"));
        assertEquals(new TemplateCache.Stats(1, 1, 0, 1), engine.cache().stats());
    }

    @Test
    void leastRecentlyUsedEntryIsEvicted() {
        TemplateEngine engine = engine(2);
        Template a = engine.getTemplate("a");
        Template b = engine.getTemplate("b");
        engine.getTemplate("a");
        engine.getTemplate("c");
        assertSame(a, engine.getTemplate("a"));
        assertNotSame(b, engine.getTemplate("b"));
        TemplateCache.Stats stats = engine.cache().stats();
        assertEquals(2, stats.size());
        assertEquals(2, stats.evictions());
    }

    @Test
    void invalidationPicksUpChangedSources() {
        TemplateEngine engine = engine(10);
        assertEquals("A1", engine.render("a", TestTemplates.map("x", 1)));
        loader.put("a", "changed {{ x }}");
        assertEquals("A1", engine.render("a", TestTemplates.map("x", 1)));
        engine.cache().invalidate("a");
        assertEquals("changed 1", engine.render("a", TestTemplates.map("x", 1)));
        engine.cache().clear();
        assertEquals(0, engine.cache().stats().size());
    }

    @Test
    void sizeZeroDisablesCaching() {
        TemplateEngine engine = engine(0);
        assertNotSame(engine.getTemplate("b"), engine.getTemplate("b"));
        assertEquals(new TemplateCache.Stats(0, 2, 0, 0), engine.cache().stats());
    }

    @Test
    void unknownNamesAndBrokenTemplatesAreNotCached() {
        TemplateEngine engine = engine(10);
        TemplateNotFoundException missing = assertThrows(TemplateNotFoundException.class, () -> engine.getTemplate("zz"));
        assertEquals("Template not found: 'zz'", missing.getMessage());
        assertNull(missing.location());
        assertThrows(TemplateSyntaxException.class, () -> engine.getTemplate("broken"));
        assertThrows(TemplateSyntaxException.class, () -> engine.getTemplate("broken"));
        assertEquals(0, engine.cache().stats().size());
        assertEquals(3, engine.cache().stats().misses());
    }

    @Test
    void concurrentLookupsAgreeOnOneInstance() {
        TemplateEngine engine = engine(10);
        Set<Template> seen = IntStream.range(0, 64).parallel()
                .mapToObj(i -> engine.getTemplate("a"))
                .collect(Collectors.toSet());
        assertEquals(1, seen.size());
    }

    @Test
    void negativeSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TemplateCache(-1));
    }

    @Test
    void templateExposesNameAndNodes() {
        Template template = engine(10).getTemplate("a");
        assertEquals("a", template.name());
        assertEquals(2, template.nodes().size());
        assertEquals("Template[a, 2 nodes]", template.toString());
        assertThrows(UnsupportedOperationException.class, () -> template.nodes().add(null));
        assertEquals(List.of(), TemplateEngine.create().compile("").nodes());
    }
}
