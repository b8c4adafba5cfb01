package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterRegistryTest {

    @Test
    void builtinsCoverEveryCategory() {
        FilterRegistry registry = FilterRegistry.withBuiltins();
        for (String name : new String[] {"upper", "truncate", "number", "currency", "date", "join", "sum", "html", "json"}) {
            assertTrue(registry.find(name).isPresent(), name);
        }
        assertEquals(registry.names().stream().sorted().toList(), registry.names().stream().toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"uper,upper", "lowr,lower", "joinn,join", "datee,date", "currancy,currency"})
    void suggestsCloseNames(String typo, String suggestion) {
        assertEquals(Optional.of(suggestion), FilterRegistry.withBuiltins().suggest(typo));
    }

    @Test
    void noSuggestionForDistantNames() {
        assertFalse(FilterRegistry.withBuiltins().suggest("frobnicate").isPresent());
    }

    @Test
    void editDistance() {
        assertEquals(0, FilterRegistry.editDistance("same", "same"));
        assertEquals(3, FilterRegistry.editDistance("kitten", "sitting"));
        assertEquals(4, FilterRegistry.editDistance("", "four"));
    }

    @Test
    void invalidRegistrationsAreRejected() {
        FilterRegistry registry = new FilterRegistry();
        assertThrows(IllegalArgumentException.class, () -> registry.register("has space", (in, args) -> in));
        assertThrows(IllegalArgumentException.class, () -> registry.register("ok", 2, 1, (in, args) -> in));
    }

    @Test
    void arityDescriptions() {
        assertEquals("0 arguments", new FilterDefinition("a", 0, 0, (in, args) -> in).arity());
        assertEquals("1 argument", new FilterDefinition("a", 1, 1, (in, args) -> in).arity());
        assertEquals("1 to 2 arguments", new FilterDefinition("a", 1, 2, (in, args) -> in).arity());
        assertEquals("at least 1 argument", new FilterDefinition("a", 1, Integer.MAX_VALUE, (in, args) -> in).arity());
    }

    @Test
    void customFiltersPlugIntoTheEngine() {
        TemplateEngine engine = TemplateEngine.builder()
                .filter("shout", 0, 1, (in, args) -> String.valueOf(in).toUpperCase(args.locale()) + args.string(0, "!"))
                .filter("upper", (in, args) -> "overridden")
                .build();
        assertEquals("HI!! overridden", engine.compile("{{ x | shout('!!') }} {{ x | upper }}").render(Map.of("x", "hi")));
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> engine.compile("{{ x | shout(1, 2) }}"));
        assertEquals("<inline>:1:8: Filter 'shout' takes 0 to 1 arguments but got 2", e.getMessage());
    }

    @Test
    void enginesDoNotShareRegistrations() {
        TemplateEngine.builder().filter("only_here", (in, args) -> in).build();
        assertThrows(TemplateSyntaxException.class, () -> TemplateEngine.create().compile("{{ x | only_here }}"));
    }
}
