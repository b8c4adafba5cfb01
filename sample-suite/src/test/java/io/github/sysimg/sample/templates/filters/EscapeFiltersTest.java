package io.github.sysimg.sample.templates.filters;

import io.github.sysimg.sample.templates.TestTemplates;
import org.junit.jupiter.api.Test;

import static io.github.sysimg.sample.templates.TestTemplates.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EscapeFiltersTest {

    private static final String MARKUP = "<b class=\"x\">Tom & Jerry's</b>";

    @Test
    void outputIsEscapedByDefault() {
        assertEquals("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
                TestTemplates.render("{{ v }}", map("v", MARKUP)));
    }

    @Test
    void htmlFilterDoesNotDoubleEscape() {
        assertEquals(TestTemplates.render("{{ v }}", map("v", MARKUP)),
                TestTemplates.render("{{ v | html }}", map("v", MARKUP)));
        assertEquals(TestTemplates.render("{{ v }}", map("v", MARKUP)),
                TestTemplates.render("{{ v | html | html }}", map("v", MARKUP)));
    }

    @Test
    void rawAndTripleMustacheSkipEscaping() {
        assertEquals(MARKUP, TestTemplates.render("{{ v | raw }}", map("v", MARKUP)));
        assertEquals(MARKUP, TestTemplates.render("{{{ v }}}", map("v", MARKUP)));
        assertEquals(MARKUP, TestTemplates.render("{{& v }}", map("v", MARKUP)));
    }

    @Test
    void urlEncoding() {
        assertEquals("a+b%26c%2Fd%3Fe%3D%C3%BC", TestTemplates.render("{{ v | url }}", map("v", "a b&c/d?e=\u00fc")));
    }

    @Test
    void nl2brEscapesThenBreaks() {
        assertEquals("a&lt;b<br>\nc<br>\nd", TestTemplates.render("{{ v | nl2br }}", map("v", "a<b\nc\r\nd")));
    }

    @Test
    void stripTags() {
        assertEquals("Tom &amp; Jerry&#39;s", TestTemplates.render("{{ v | strip_tags }}", map("v", MARKUP)));
    }

    @Test
    void jsonInTripleMustacheIsScriptSafe() {
        assertEquals("{\"name\":\"\\u003c/script\\u003e\",\"n\":[1,2.5,null]}",
                TestTemplates.render("{{{ v | json }}}",
                        map("v", map("name", "</script>", "n", java.util.Arrays.asList(1, 2.5, null)))));
    }
}
