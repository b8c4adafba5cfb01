package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.TemplateSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TemplateLexerTest {

    private static List<Token> lex(String text) {
        return new TemplateLexer(new SourceText("t", text)).tokenize();
    }

    /** Compact "TYPE:content" rendering of the token stream, without the trailing EOF. */
    private static String shape(String text) {
        List<Token> tokens = lex(text);
        return tokens.subList(0, tokens.size() - 1).stream()
                .map(t -> t.type() + ":" + t.content().replace("\r", "\\r").replace("\n", "\\n"))
                .collect(Collectors.joining(" "));
    }

    @Test
    void plainTextIsOneToken() {
        assertEquals("TEXT:Hello, world", shape("Hello, world"));
    }

    @Test
    void alwaysEndsWithEof() {
        List<Token> tokens = lex("");
        assertEquals(1, tokens.size());
        assertEquals(TokenType.EOF, tokens.get(0).type());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "{{ name }}          => VARIABLE:name",
            "{{{ html }}}        => RAW_VARIABLE:html",
            "{{& html }}         => RAW_VARIABLE:html",
            "{{#items}}          => SECTION_OPEN:items",
            "{{^items}}          => INVERTED_OPEN:items",
            "{{/items}}          => SECTION_CLOSE:items",
            "{{> header }}       => PARTIAL:header",
            "{{! a comment }}    => COMMENT:a comment",
            "{{else}}            => ELSE:else",
            "{{ else if x }}     => ELSE:else if x",
            "{{set x = 1}}       => SET:set x = 1",
            "{{ elsewhere }}     => VARIABLE:elsewhere",
    })
    void classifiesTagsBySigil(String template, String expected) {
        assertEquals(expected, shape(template));
    }

    @Test
    void contentOffsetPointsAtFirstContentCharacter() {
        Token tag = lex("ab{{#  items }}").get(1);
        assertEquals(2, tag.offset());
        assertEquals(7, tag.contentOffset());
    }

    @Test
    void backslashEscapesOpeningBraces() {
        assertEquals("TEXT:a {{ b }} c", shape("a \\{{ b }} c"));
    }

    @Test
    void unclosedTagReportsWhereItOpened() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> lex("line one\n  {{ name"));
        assertEquals("t:2:3: Unclosed tag: expected '}}' to match '{{'", e.getMessage());
    }

    @Test
    void tripleMustacheNeedsTripleClose() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> lex("{{{ name }}"));
        assertEquals(1, e.location().column());
    }

    @Test
    void emptyTagIsRejected() {
        assertThrows(TemplateSyntaxException.class, () -> lex("a {{ }} b"));
    }

    @Test
    void standaloneBlockTagsRemoveTheirLine() {
        assertEquals("TEXT:a\\n SECTION_OPEN:x TEXT:b\\n SECTION_CLOSE:x TEXT:c",
                shape("a\n  {{#x}}  \nb\n{{/x}}\nc"));
    }

    @Test
    void tagsSharingALineWithTextAreNotStandalone() {
        assertEquals("TEXT:a  SECTION_OPEN:x TEXT: b\\n SECTION_CLOSE:x",
                shape("a {{#x}} b\n{{/x}}"));
    }

    @Test
    void variablesNeverCountAsStandalone() {
        assertEquals("VARIABLE:x TEXT:\\n", shape("{{x}}\n"));
    }

    @Test
    void standaloneRuleHandlesCrLf() {
        assertEquals("SECTION_OPEN:x TEXT:y\\r\\n SECTION_CLOSE:x", shape("{{#x}}\r\ny\r\n{{/x}}\r\n"));
    }

    @Test
    void standalonePartialKeepsItsIndentation() {
        Token partial = lex("list:\n    {{> item }}\n").get(1);
        assertEquals(TokenType.PARTIAL, partial.type());
        assertEquals("    ", partial.indent());
    }

    @Test
    void tildeTrimsAdjacentWhitespace() {
        assertEquals("TEXT:a VARIABLE:x TEXT:b", shape("a  \n {{~ x ~}} \n  b"));
    }
}
