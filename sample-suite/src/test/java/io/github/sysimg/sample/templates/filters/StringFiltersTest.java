package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TemplateEngine;
import io.github.sysimg.sample.templates.TemplateRenderException;
import io.github.sysimg.sample.templates.TestTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StringFiltersTest {

    private static final TemplateEngine ENGINE = TemplateEngine.builder().escapeHtml(false).build();

    private static String render(String template, Object... data) {
        return ENGINE.compile("test", template).render(TestTemplates.map(data));
    }

    @ParameterizedTest(name = "{0} on \"{1}\"")
    @CsvSource(delimiterString = "=>", value = {
            "{{ v | upper }}                => hello             => HELLO",
            "{{ v | lower }}                => HeLLo             => hello",
            "{{ v | capitalize }}           => hello world       => Hello world",
            "{{ v | title }}                => hello WORLD o'neil => Hello World O'neil",
            "{{ v | trim }}                 => '  x  '           => x",
            "{{ v | truncate(5) }}          => abcdefgh          => ab...",
            "{{ v | truncate(8) }}          => hello world       => hello...",
            "{{ v | truncate(6, '~') }}     => abcdefgh          => abcde~",
            "{{ v | truncate(10) }}         => short             => short",
            "{{ v | replace('-', '+') }}    => a-b-c             => a+b+c",
            "{{ v | pad_left(5, '0') }}     => 42                => 00042",
            "[{{ v | pad_right(4) }}]       => ab                => [ab  ]",
            "{{ v | pad_left(2) }}          => long              => long",
            "{{ v | repeat(3) }}            => ab                => ababab",
            "{{ v | slug }}                 => Crème Brûlée: A Recipe! => creme-brulee-a-recipe",
            "{{ v | split(',') | join('/') }} => a,b,,c          => a/b//c",
            "{{ v | split | length }}       => '  one  two three ' => 3",
            "{{ v | default('n/a') }}       => ''                => n/a",
            "{{ v | upper | truncate(4) }}  => abcdef            => A...",
    })
    void transformsText(String template, String input, String expected) {
        assertEquals(expected, render(template, "v", input));
    }

    @Test
    void defaultKeepsZeroAndFalseButReplacesNull() {
        assertEquals("0 false n/a", render("{{ z | default('x') }} {{ f | default('x') }} {{ n | default('n/a') }}",
                "z", 0, "f", false, "n", null));
    }

    @Test
    void regexReplace() {
        assertEquals("a#b#", render("{{ v | regex_replace('\\\\d+', '#') }}", "v", "a1b22"));
        assertEquals("2024/03", render("{{ v | regex_replace('(\\\\d+)-(\\\\d+)', '$1/$2') }}", "v", "2024-03"));
    }

    @Test
    void wordWrap() {
        assertEquals("the quick\nbrown fox\njumps", render("{{ v | wordwrap(10) }}", "v", "the quick brown fox jumps"));
        assertEquals("a\nextraordinarily\nb", render("{{ v | wordwrap(5) }}", "v", "a extraordinarily b"));
    }

    @Test
    void nonStringInputIsStringified() {
        assertEquals("3.50", render("{{ v | upper }}", "v", new java.math.BigDecimal("3.50")));
        assertEquals("", render("{{ v | upper }}", "v", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ v | truncate(-1) }}           => test:1:8: Filter 'truncate' expects a non-negative length but got -1",
            "{{ v | truncate('x') }}          => test:1:8: Filter 'truncate' expects argument 1 to be an integer but got 'x'",
            "{{ v | pad_left(3, 'ab') }}      => test:1:8: Filter 'pad_left' expects a single padding character but got 'ab'",
            "{{ v | regex_replace('(', '') }} => test:1:8: Filter 'regex_replace' has an invalid pattern: Unclosed group near index 1",
            "{{ v | wordwrap(0) }}            => test:1:8: Filter 'wordwrap' expects a positive width but got 0",
    })
    void reportsBadArguments(String template, String message) {
        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> render(template, "v", "abc"));
        assertEquals(message, e.getMessage());
    }
}
