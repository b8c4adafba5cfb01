package io.github.sysimg.sample.templates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Map;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Errors must say what went wrong and where, as name:line:column. */
class ErrorReportingTest {

    public record User(String name, Address address) {
    }

    public record Address(String city) {
    }

    public static class Flaky {
        public String getValue() {
            throw new UnsupportedOperationException("backend down");
        }
    }

    private static final TemplateEngine STRICT = TemplateEngine.builder().strictVariables(true).build();
    private static final TemplateEngine LENIENT = TemplateEngine.create();

    private static Map<String, Object> data() {
        return map("user", new User("Ada", null), "xs", Arrays.asList(1, 2), "name", "Ada", "zero", 0,
                "n", 5, "flaky", new Flaky());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "Hello {{ nmae }}              => t:1:10: Unknown variable 'nmae'",
            "{{ user.nmae }}               => t:1:9: Unknown property 'nmae' on User (in 'user.nmae')",
            "{{ user.address.city }}       => t:1:17: Cannot read property 'city' of null ('user.address' is null)",
            "{{ xs[5] }}                   => t:1:6: No element [5] in ArrayList (in 'xs[5]')",
            "{{#if user.nmae}}x{{/if}}     => t:1:12: Unknown property 'nmae' on User (in 'user.nmae')",
            "{{#each nope}}x{{/each}}      => t:1:9: Unknown variable 'nope'",
    })
    void strictModeRejectsUnknownNames(String template, String message) {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> STRICT.compile("t", template).render(data()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void lenientModeRendersTheSameTemplatesAsEmpty() {
        assertEquals("Hello |||", LENIENT.compile("t", "Hello {{ nmae }}|{{ user.nmae }}|{{ user.address.city }}|{{ xs[5] }}")
                .render(data()));
    }

    @Test
    void coalescingIsAllowedToProbeUnknownNamesInStrictMode() {
        assertEquals("fallback / Ada", STRICT.compile("{{ nmae ?? 'fallback' }} / {{ user.nmae ?? user.name }}")
                .render(data()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ name * 2 }}               => t:1:9: Operator '*' cannot be applied to String and Long",
            "{{ 1 / zero }}               => t:1:6: Division by zero",
            "{{ 'a' < 1 }}                => t:1:8: Cannot compare String with Long",
            "{{ -name }}                  => t:1:4: Operator '-' cannot be applied to String",
            "{{ 1 in n }}                 => t:1:6: Operator 'in' needs a list, map or string but got Integer",
            "{{#each n}}x{{/each}}        => t:1:1: Cannot iterate over Integer ('n')",
    })
    void renderErrorsPointAtTheFailingOperation(String template, String message) {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> LENIENT.compile("t", template).render(data()));
        assertEquals(message, e.getMessage());
    }

    @Test
    void failingGettersKeepTheirCause() {
        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> LENIENT.compile("t", "ok\n  {{ flaky.value }}").render(data()));
        assertEquals("t:2:12: Reading property 'value' of Flaky failed: "
                + "java.lang.UnsupportedOperationException: backend down", e.getMessage());
        assertInstanceOf(UnsupportedOperationException.class, e.getCause().getCause());
    }

    @Test
    void exceptionsExposeLocationAndDetail() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> LENIENT.compile("page", "line 1\nline 2 {{#if}}\n").render(null));
        assertInstanceOf(TemplateSyntaxException.class, e);
        assertEquals(new SourceLocation("page", 2, 8), e.location());
        assertEquals("{{#if}} needs a condition", e.detail());
        assertEquals("page:2:8: {{#if}} needs a condition", e.getMessage());
    }
}
