package io.github.sysimg.sample.templates;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartialsTest {

    @Test
    void partialsShareTheCallersContext() {
        TemplateEngine engine = TemplateEngine.builder().template("greet", "Hi {{ name }}").build();
        assertEquals("Hi Ada!", engine.compile("{{> greet }}!").render(map("name", "Ada")));
    }

    @Test
    void partialsCanTakeAnExplicitContext() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("addr", "{{ city }} ({{ name }})")
                .build();
        Map<String, Object> data = map("name", "Ada", "address", map("city", "London"));
        assertEquals("At London (Ada)", engine.compile("At {{> addr address }}").render(data));
    }

    @Test
    void standalonePartialsAreIndentedLineByLine() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("two", "line1\nline2\n")
                .build();
        assertEquals("list:\n  line1\n  line2\nend", engine.compile("list:\n  {{> two }}\nend").render(null));
    }

    @Test
    void recursivePartialsRenderTrees() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("node", "{{ name }}{{#if children}}({{#each children}}{{> node }}{{/each}}){{/if}}")
                .build();
        // Leaves need their own (empty) children: names resolve outwards, as in Mustache, so a leaf
        // without the key would see its parent's children and recurse forever.
        Map<String, Object> tree = map("name", "a", "children", List.of(
                map("name", "b", "children", List.of(map("name", "c", "children", List.of()))),
                map("name", "d", "children", List.of())));
        assertEquals("a(b(c)d)", engine.render("node", tree));
    }

    @Test
    void unboundedRecursionIsStopped() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("loop", "x{{> loop }}")
                .maxPartialDepth(5)
                .build();
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> engine.render("loop", null));
        assertEquals("loop:1:2: Partials nested more than 5 levels deep; is 'loop' recursive without a base case?",
                e.getMessage());
    }

    @Test
    void missingPartialIsReportedAtItsTag() {
        TemplateEngine engine = TemplateEngine.builder().template("main", "ok\n  {{> nope }} tail").build();
        TemplateNotFoundException e = assertThrows(TemplateNotFoundException.class, () -> engine.render("main", null));
        assertEquals("main:2:3: Template not found: 'nope'", e.getMessage());
        assertEquals("nope", e.templateName());
    }

    @Test
    void syntaxErrorsInPartialsNameThePartial() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("main", "{{> bad }}")
                .template("bad", "ok\n{{ 1 + }}")
                .build();
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> engine.render("main", null));
        assertEquals("bad:2:7: Expected a value but found end of expression", e.getMessage());
    }

    @Test
    void partialsAreCompiledOnceAndCached() {
        TemplateEngine engine = TemplateEngine.builder()
                .template("row", "[{{ this }}]")
                .template("table", "{{#each rows}}{{> row }}{{/each}}")
                .build();
        assertEquals("[1][2][3]", engine.render("table", map("rows", List.of(1, 2, 3))));
        TemplateCache.Stats stats = engine.cache().stats();
        assertEquals(2, stats.misses());
        assertEquals(2, stats.hits());
    }
}
