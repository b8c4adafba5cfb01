package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CollectionFiltersTest {

    public record Owner(String name) {
    }

    public record Tool(String name, BigDecimal price, String category, boolean active, Owner owner) {
    }

    private static final List<Tool> TOOLS = List.of(
            new Tool("saw", new BigDecimal("39.00"), "cutting", true, new Owner("Zoe")),
            new Tool("hammer", new BigDecimal("24.90"), "striking", false, new Owner("Al")),
            new Tool("chisel", new BigDecimal("12.50"), "cutting", true, new Owner("Mo")));

    private static final TemplateEngine ENGINE = TemplateEngine.builder().escapeHtml(false).build();

    private static String render(String template) {
        return ENGINE.compile("test", template).render(TestTemplates.map(
                "tools", TOOLS,
                "nums", List.of(3, 1, 2),
                "words", List.of("pear", "apple", "fig"),
                "dupes", List.of("a", "b", "a", "c", "b"),
                "empty", List.of(),
                "mixed", Arrays.asList("b", null, "a"),
                "stock", TestTemplates.map("saw", 4, "hammer", 0)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ tools | length }}                              => 3",
            "{{ 'hello' | length }}                            => 5",
            "{{ stock | length }}                              => 2",
            "{{ missing | length }}                            => 0",
            "{{ words | first }}-{{ words | last }}            => pear-fig",
            "[{{ empty | first }}]                             => []",
            "{{ nums | join }}                                 => 3, 1, 2",
            "{{ nums | join('') }}                             => 312",
            "{{ nums | sort | join }}                          => 1, 2, 3",
            "{{ words | sort | join }}                         => apple, fig, pear",
            "{{ mixed | sort | join('|') }}                    => a|b|",
            "{{ tools | sort_by('price') | map('name') | join }} => chisel, hammer, saw",
            "{{ tools | sort_by('owner.name') | map('name') | join }} => hammer, chisel, saw",
            "{{ words | reverse | join }}                      => fig, apple, pear",
            "{{ 'abc' | reverse }}                             => cba",
            "{{ stock | keys | join }}                         => saw, hammer",
            "{{ stock | values | join }}                       => 4, 0",
            "{{ tools | first | keys | join }}                 => name, price, category, active, owner",
            "{{ nums | sum }}                                  => 6",
            "{{ tools | sum('price') }}                        => 76.40",
            "{{ empty | sum }}                                 => 0",
            "{{ ['1.5', 2] | sum }}                            => 3.5",
            "{{ tools | map('owner.name') | join }}            => Zoe, Al, Mo",
            "{{ tools | where('active') | map('name') | join }} => saw, chisel",
            "{{ tools | where('category', 'cutting') | length }} => 2",
            "{{ tools | where('price', 24.9) | map('name') | join }} => hammer",
            "{{ nums | take(2) | join }}                       => 3, 1",
            "{{ nums | take(10) | join }}                      => 3, 1, 2",
            "{{ dupes | distinct | join }}                     => a, b, c",
            "{{ (tools | sort_by('price') | last).name }}      => saw",
    })
    void transformsCollections(String template, String expected) {
        assertEquals(expected, render(template));
    }

    @Test
    void filtersAcceptArraysAndMaps() {
        String out = ENGINE.compile("{{ a | sort | join }} {{ m | first }}")
                .render(Map.of("a", new int[] {5, 4}, "m", Map.of("k", "v")));
        assertEquals("4, 5 k=v", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ tools | sort_by('nope') }}  => test:1:12: Filter 'sort_by' found no property 'nope' on Tool",
            "{{ 42 | first }}               => test:1:9: Filter 'first' expects a list but got Long",
            "{{ [1, 'a'] | sort }}          => test:1:15: Filter 'sort' failed on UnmodifiableRandomAccessList: Cannot compare String with Long",
    })
    void reportsMisuse(String template, String message) {
        assertEquals(message, assertThrows(TemplateRenderException.class, () -> render(template)).getMessage());
    }
}
