package io.github.sysimg.sample.templates.parser;

import io.github.sysimg.sample.templates.TemplateSyntaxException;
import io.github.sysimg.sample.templates.ast.Node;
import io.github.sysimg.sample.templates.expr.Expr;
import io.github.sysimg.sample.templates.expr.UnaryOperator;
import io.github.sysimg.sample.templates.filters.FilterRegistry;
import io.github.sysimg.sample.templates.lexer.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateParserTest {

    private static List<Node> parse(String text) {
        return new TemplateParser(new SourceText("t", text), FilterRegistry.withBuiltins()).parse();
    }

    @Test
    void textAndOutput() {
        List<Node> nodes = parse("Hello {{ name }}{{{ raw }}}!");
        assertEquals(4, nodes.size());
        assertEquals(new Node.Text("Hello "), nodes.get(0));
        Node.Output escaped = assertInstanceOf(Node.Output.class, nodes.get(1));
        assertTrue(escaped.escape());
        assertEquals("name", escaped.expr().text());
        assertFalse(assertInstanceOf(Node.Output.class, nodes.get(2)).escape());
    }

    @Test
    void commentsProduceNoNodes() {
        assertEquals(List.of(new Node.Text("a"), new Node.Text("b")), parse("a{{! ignored }}b"));
    }

    @Test
    void sectionWithElse() {
        Node.Section section = assertInstanceOf(Node.Section.class, parse("{{#items}}x{{else}}y{{/items}}").get(0));
        assertEquals("items", section.name());
        assertFalse(section.inverted());
        assertEquals(List.of(new Node.Text("x")), section.body());
        assertEquals(List.of(new Node.Text("y")), section.otherwise());
    }

    @Test
    void invertedSection() {
        Node.Section section = assertInstanceOf(Node.Section.class, parse("{{^user.admin}}no{{/user.admin}}").get(0));
        assertTrue(section.inverted());
        assertEquals("user.admin", section.expr().text());
    }

    @Test
    void ifElseIfElse() {
        Node.If node = assertInstanceOf(Node.If.class,
                parse("{{#if a > 1}}A{{else if b}}B{{else if c}}C{{else}}D{{/if}}").get(0));
        assertEquals(3, node.branches().size());
        assertEquals("(a > 1)", node.branches().get(0).condition().text());
        assertEquals("c", node.branches().get(2).condition().text());
        assertEquals(List.of(new Node.Text("D")), node.otherwise());
    }

    @Test
    void unlessNegatesItsCondition() {
        Node.If node = assertInstanceOf(Node.If.class, parse("{{#unless done}}todo{{/unless}}").get(0));
        Expr.Unary negation = assertInstanceOf(Expr.Unary.class, node.branches().get(0).condition());
        assertEquals(UnaryOperator.NOT, negation.operator());
    }

    @Test
    void eachAndWithTakeAliases() {
        Node.Each each = assertInstanceOf(Node.Each.class, parse("{{#each orders as o}}{{o.id}}{{/each}}").get(0));
        assertEquals("o", each.alias());
        Node.With with = assertInstanceOf(Node.With.class, parse("{{#with user.address}}x{{/with}}").get(0));
        assertEquals("user.address", with.value().text());
    }

    @Test
    void partialWithContextAndSet() {
        Node.Partial partial = assertInstanceOf(Node.Partial.class, parse("{{> cards/user-card owner }}").get(0));
        assertEquals("cards/user-card", partial.name());
        assertEquals("owner", partial.context().text());
        Node.Set set = assertInstanceOf(Node.Set.class, parse("{{set total = a * 2}}").get(0));
        assertEquals("total", set.name());
        assertEquals("(a * 2)", set.value().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "{{#items}}x                          => t:1:1: Unclosed block {{#items}}: expected {{/items}} before the end of the template",
            "{{^items}}x                          => t:1:1: Unclosed block {{^items}}: expected {{/items}} before the end of the template",
            "{{#if a}}x{{/each}}                  => t:1:11: Mismatched closing tag {{/each}}: expected {{/if}} to close the block opened at t:1:1",
            "x{{/items}}                          => t:1:2: Unexpected {{/items}}: no block is open",
            "{{else}}                             => t:1:1: Unexpected {{else}}: no block is open",
            "{{#if a}}1{{else}}2{{else}}3{{/if}}  => t:1:20: {{else}} after {{else}} in the block opened at t:1:1",
            "{{#each xs}}1{{else if y}}2{{/each}} => t:1:14: {{else if y}} is only allowed inside {{#if}}",
            "{{#items}}1{{else}}2{{else}}3{{/items}} => t:1:21: Duplicate {{else}} in the block opened at t:1:1",
            "{{#if}}x{{/if}}                      => t:1:1: {{#if}} needs a condition",
            "{{#each}}{{/each}}                   => t:1:1: {{#each}} needs a value",
            "{{#if a}}{{else when}}{{/if}}        => t:1:10: Expected {{else}} or {{else if condition}} but found {{else when}}",
            "{{> @x}}                             => t:1:1: Invalid partial tag {{> @x}}: expected {{> name [context]}}",
            "Hi {{ user.name | uper }}            => t:1:19: Unknown filter 'uper' (did you mean 'upper'?)",
    })
    void reportsStructuralErrors(String template, String message) {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> parse(template));
        assertEquals(message, e.getMessage());
    }

    @Test
    void expressionErrorsPointIntoTheRightLine() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> parse("line1\n{{#if a}}\n{{ a + }}\n{{/if}}"));
        assertEquals("t:3:7: Expected a value but found end of expression", e.getMessage());
        assertEquals(3, e.location().line());
        assertEquals("Expected a value but found end of expression", e.detail());
    }

    @Test
    void elseIfConditionErrorsPointIntoTheElseTag() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> parse("{{#if a}}{{else if b |}}{{/if}}"));
        assertEquals("t:1:23: Expected identifier as the filter name after '|' but found end of expression",
                e.getMessage());
    }
}
