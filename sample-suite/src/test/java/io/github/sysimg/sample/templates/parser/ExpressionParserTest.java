package io.github.sysimg.sample.templates.parser;

import io.github.sysimg.sample.templates.TemplateSyntaxException;
import io.github.sysimg.sample.templates.expr.Expr;
import io.github.sysimg.sample.templates.filters.FilterRegistry;
import io.github.sysimg.sample.templates.lexer.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpressionParserTest {

    private static final FilterRegistry FILTERS = FilterRegistry.withBuiltins();

    private static ExpressionParser parser(String text) {
        return new ExpressionParser(new SourceText("e", text), FILTERS, text, 0);
    }

    private static Expr parse(String text) {
        return parser(text).parseExpression();
    }

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", value = {
            "a + b * c            => (a + (b * c))",
            "(a + b) * c          => ((a + b) * c)",
            "a - b - c            => ((a - b) - c)",
            "a / b % c            => ((a / b) % c)",
            "a or b and c         => (a or (b and c))",
            "not a == b           => not (a == b)",
            "not a and b          => (not a and b)",
            "a ?? b or c          => (a ?? (b or c))",
            "-a.b * 2             => (-a.b * 2)",
            "a < b == c           => ((a < b) == c)",
            "x in [1, 2]          => (x in [1, 2])",
            "items[0].name        => items[0].name",
            "items.0              => items[0]",
            "user.in              => user.in",
            "a | upper            => a | upper",
            "a + b | number('#')  => (a + b) | number('#')",
            "items | length > 1   => (items | length > 1)",
            "a | default(b | upper) => a | default(b | upper)",
            "a | trim | upper     => a | trim | upper",
    })
    void respectsPrecedenceAndAssociativity(String source, String expected) {
        assertEquals(expected, parse(source).text());
    }

    @Test
    void ternaryNestsToTheRight() {
        Expr.Conditional outer = assertInstanceOf(Expr.Conditional.class, parse("a ? b : c ? d : e"));
        assertInstanceOf(Expr.Conditional.class, outer.whenFalse());
    }

    @Test
    void integerLiteralsAreLongsAndFractionsAreDecimals() {
        assertEquals(42L, ((Expr.Literal) parse("42")).value());
        assertEquals(new BigDecimal("4.20"), ((Expr.Literal) parse("4.20")).value());
        assertEquals(new BigDecimal("12345678901234567890"), ((Expr.Literal) parse("12345678901234567890")).value());
    }

    @Test
    void filtersAreResolvedAtParseTime() {
        Expr.FilterCall call = assertInstanceOf(Expr.FilterCall.class, parse("name | truncate(10, '~')"));
        assertEquals("truncate", call.name());
        assertEquals(2, call.arguments().size());
        assertEquals(FILTERS.find("truncate").orElseThrow().filter(), call.filter());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
            "a +                => e:1:4: Expected a value but found end of expression",
            "(a + b             => e:1:7: Expected ')' to close '(' at e:1:1 but found end of expression",
            "a | uper           => e:1:5: Unknown filter 'uper' (did you mean 'upper'?)",
            "a | frobnicate     => e:1:5: Unknown filter 'frobnicate'",
            "a | truncate       => e:1:5: Filter 'truncate' takes 1 to 2 arguments but got 0",
            "a | upper(1)       => e:1:5: Filter 'upper' takes 0 arguments but got 1",
            "a b                => e:1:3: Expected end of expression but found 'b'",
            "a == not b         => e:1:6: 'not' must be parenthesized here",
            "a.                 => e:1:3: Expected a property name after '.' but found end of expression",
            "a ? b              => e:1:6: Expected ':' in conditional expression but found end of expression",
            "a |                => e:1:4: Expected identifier as the filter name after '|' but found end of expression",
            "xs[1               => e:1:5: Expected ']' to close '[' at e:1:3 but found end of expression",
    })
    void reportsSyntaxErrorsWithPosition(String source, String message) {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> parse(source));
        assertEquals(message, e.getMessage());
    }

    @Test
    void bindingWithAndWithoutAlias() {
        ExpressionParser.Binding aliased = parser("items | sort as item").parseBinding();
        assertEquals("item", aliased.alias());
        assertEquals("items | sort", aliased.value().text());
        assertNull(parser("items").parseBinding().alias());
        assertThrows(TemplateSyntaxException.class, () -> parser("items as").parseBinding());
    }

    @Test
    void assignment() {
        ExpressionParser.Assignment assignment = parser("total = a + b").parseAssignment();
        assertEquals("total", assignment.name());
        assertEquals("(a + b)", assignment.value().text());
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class,
                () -> parser("total a").parseAssignment());
        assertEquals("e:1:7: Expected '=' after the variable name but found 'a'", e.getMessage());
    }
}
