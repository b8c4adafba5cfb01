package io.github.sysimg.sample.templates.parser;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.TemplateSyntaxException;
import io.github.sysimg.sample.templates.expr.BinaryOperator;
import io.github.sysimg.sample.templates.expr.Expr;
import io.github.sysimg.sample.templates.expr.UnaryOperator;
import io.github.sysimg.sample.templates.filters.FilterDefinition;
import io.github.sysimg.sample.templates.filters.FilterRegistry;
import io.github.sysimg.sample.templates.lexer.ExprToken;
import io.github.sysimg.sample.templates.lexer.ExprTokenType;
import io.github.sysimg.sample.templates.lexer.ExpressionLexer;
import io.github.sysimg.sample.templates.lexer.SourceText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the expression language.
 *
 * <pre>
 * pipeline := ternary ('|' filter)*     -- an operator after a filter continues with the
 *                                       -- filtered value as its left operand
 * filter   := IDENT ('(' pipeline (',' pipeline)* ')')?
 * ternary  := binary ('?' ternary ':' ternary)?
 * binary   := unary (OP binary)*            -- precedence climbing, see BinaryOperator
 * unary    := 'not' binary | '-' unary | postfix
 * postfix  := primary ('.' NAME | '[' pipeline ']')*
 * primary  := NUMBER | STRING | true | false | null | IDENT | '(' pipeline ')' | '[' list ']'
 * </pre>
 */
public final class ExpressionParser {

    /** Keywords that may still be used as property names after a dot, e.g. {@code order.in}. */
    private static final Set<ExprTokenType> NAME_TOKENS = EnumSet.of(
            ExprTokenType.IDENTIFIER, ExprTokenType.TRUE, ExprTokenType.FALSE, ExprTokenType.NULL,
            ExprTokenType.AND, ExprTokenType.OR, ExprTokenType.NOT, ExprTokenType.IN);

    /**
     * A value with an optional alias, as in {@code {{#each items as item}}}.
     *
     * @param value the expression
     * @param alias the bound name, or {@code null}
     */
    public record Binding(Expr value, String alias) {
    }

    /**
     * The {@code name = value} of a {@code set} tag.
     *
     * @param name  variable name
     * @param value expression
     */
    public record Assignment(String name, Expr value) {
    }

    private final SourceText source;
    private final FilterRegistry filters;
    private final List<ExprToken> tokens;
    private int pos;

    public ExpressionParser(SourceText source, FilterRegistry filters, String text, int offset) {
        this.source = source;
        this.filters = filters;
        this.tokens = new ExpressionLexer(source, text, offset).tokenize();
    }

    /** Parses the whole text as one expression. */
    public Expr parseExpression() {
        Expr expr = parsePipeline();
        expect(ExprTokenType.EOF, "");
        return expr;
    }

    /** Parses {@code expr [as name]}. */
    public Binding parseBinding() {
        Expr value = parsePipeline();
        String alias = null;
        if (peek().type() == ExprTokenType.IDENTIFIER && peek().text().equals("as")) {
            advance();
            alias = expect(ExprTokenType.IDENTIFIER, "as the name after 'as'").text();
        }
        expect(ExprTokenType.EOF, "");
        return new Binding(value, alias);
    }

    /** Parses {@code name = expr}. */
    public Assignment parseAssignment() {
        String name = expect(ExprTokenType.IDENTIFIER, "as the variable name").text();
        expect(ExprTokenType.ASSIGN, "after the variable name");
        Expr value = parsePipeline();
        expect(ExprTokenType.EOF, "");
        return new Assignment(name, value);
    }

    private Expr parsePipeline() {
        Expr expr = parseTernary(null);
        while (peek().type() == ExprTokenType.PIPE) {
            expr = parseFilters(expr);
            // A filter applies to everything on its left; operators after it continue from the
            // result, so "items | length > 1" reads as "(items | length) > 1".
            if (BinaryOperator.forToken(peek().type()) != null || peek().type() == ExprTokenType.QUESTION) {
                expr = parseTernary(expr);
            }
        }
        return expr;
    }

    private Expr parseFilters(Expr input) {
        Expr expr = input;
        while (match(ExprTokenType.PIPE)) {
            ExprToken nameToken = expect(ExprTokenType.IDENTIFIER, "as the filter name after '|'");
            List<Expr> args = new ArrayList<>();
            if (match(ExprTokenType.LPAREN)) {
                if (peek().type() != ExprTokenType.RPAREN) {
                    do {
                        args.add(parsePipeline());
                    } while (match(ExprTokenType.COMMA));
                }
                expect(ExprTokenType.RPAREN, "to close the filter arguments");
            }
            FilterDefinition definition = resolveFilter(nameToken, args.size());
            expr = new Expr.FilterCall(expr, definition.name(), definition.filter(), args, locate(nameToken));
        }
        return expr;
    }

    private FilterDefinition resolveFilter(ExprToken nameToken, int argCount) {
        String name = nameToken.text();
        FilterDefinition definition = filters.find(name).orElseThrow(() -> error(nameToken,
                "Unknown filter '" + name + "'"
                        + filters.suggest(name).map(s -> " (did you mean '" + s + "'?)").orElse("")));
        if (argCount < definition.minArgs() || argCount > definition.maxArgs()) {
            throw error(nameToken, "Filter '" + name + "' takes " + definition.arity() + " but got " + argCount);
        }
        return definition;
    }

    /** @param left an already parsed left operand, or {@code null} to start afresh */
    private Expr parseTernary(Expr left) {
        Expr condition = parseBinary(1, left);
        if (peek().type() == ExprTokenType.QUESTION) {
            ExprToken question = advance();
            Expr whenTrue = parseTernary(null);
            expect(ExprTokenType.COLON, "in conditional expression");
            Expr whenFalse = parseTernary(null);
            return new Expr.Conditional(condition, whenTrue, whenFalse, locate(question));
        }
        return condition;
    }

    private Expr parseBinary(int minPrecedence, Expr parsedLeft) {
        Expr left = parsedLeft != null ? parsedLeft : parseUnary(minPrecedence);
        while (true) {
            ExprToken token = peek();
            BinaryOperator operator = BinaryOperator.forToken(token.type());
            if (operator == null || operator.precedence() < minPrecedence) {
                return left;
            }
            advance();
            Expr right = parseBinary(operator.precedence() + 1, null);
            left = new Expr.Binary(operator, left, right, locate(token));
        }
    }

    private Expr parseUnary(int minPrecedence) {
        ExprToken token = peek();
        if (token.type() == ExprTokenType.NOT) {
            if (minPrecedence > BinaryOperator.NOT_PRECEDENCE) {
                throw error(token, "'not' must be parenthesized here");
            }
            advance();
            return new Expr.Unary(UnaryOperator.NOT, parseBinary(BinaryOperator.NOT_PRECEDENCE, null), locate(token));
        }
        if (token.type() == ExprTokenType.MINUS) {
            advance();
            Expr operand = parseUnary(Integer.MAX_VALUE);
            return new Expr.Unary(UnaryOperator.NEGATE, operand, locate(token));
        }
        return parsePostfix();
    }

    private Expr parsePostfix() {
        Expr expr = parsePrimary();
        while (true) {
            if (match(ExprTokenType.DOT)) {
                ExprToken name = advance();
                if (NAME_TOKENS.contains(name.type())) {
                    expr = new Expr.Property(expr, name.text(), locate(name));
                } else if (name.type() == ExprTokenType.NUMBER && name.text().chars().allMatch(Character::isDigit)) {
                    expr = new Expr.Index(expr, new Expr.Literal(Long.parseLong(name.text()), locate(name)),
                            locate(name));
                } else {
                    throw error(name, "Expected a property name after '.' but found " + name.describe());
                }
            } else if (peek().type() == ExprTokenType.LBRACKET) {
                ExprToken bracket = advance();
                Expr index = parsePipeline();
                expect(ExprTokenType.RBRACKET, "to close '[' at " + locate(bracket));
                expr = new Expr.Index(expr, index, locate(bracket));
            } else {
                return expr;
            }
        }
    }

    private Expr parsePrimary() {
        ExprToken token = advance();
        SourceLocation location = locate(token);
        return switch (token.type()) {
            case NUMBER -> new Expr.Literal(parseNumber(token.text()), location);
            case STRING -> new Expr.Literal(token.text(), location);
            case TRUE -> new Expr.Literal(Boolean.TRUE, location);
            case FALSE -> new Expr.Literal(Boolean.FALSE, location);
            case NULL -> new Expr.Literal(null, location);
            case IDENTIFIER -> new Expr.Variable(token.text(), location);
            case LPAREN -> {
                Expr inner = parsePipeline();
                expect(ExprTokenType.RPAREN, "to close '(' at " + location);
                yield inner;
            }
            case LBRACKET -> {
                List<Expr> elements = new ArrayList<>();
                if (peek().type() != ExprTokenType.RBRACKET) {
                    do {
                        elements.add(parsePipeline());
                    } while (match(ExprTokenType.COMMA));
                }
                expect(ExprTokenType.RBRACKET, "to close '[' at " + location);
                yield new Expr.ListLiteral(elements, location);
            }
            default -> throw error(token, "Expected a value but found " + token.describe());
        };
    }

    /** Integers become {@code Long}; anything with a fraction or exponent a {@code BigDecimal}. */
    private static Object parseNumber(String text) {
        if (text.chars().allMatch(Character::isDigit) && text.length() < 19) {
            return Long.parseLong(text);
        }
        return new BigDecimal(text);
    }

    private ExprToken peek() {
        return tokens.get(pos);
    }

    private ExprToken advance() {
        ExprToken token = tokens.get(pos);
        if (token.type() != ExprTokenType.EOF) {
            pos++;
        }
        return token;
    }

    private boolean match(ExprTokenType type) {
        if (peek().type() == type) {
            advance();
            return true;
        }
        return false;
    }

    private ExprToken expect(ExprTokenType type, String context) {
        ExprToken token = peek();
        if (token.type() != type) {
            String where = context.isEmpty() ? "" : " " + context;
            throw error(token, "Expected " + type.display() + where + " but found " + token.describe());
        }
        return advance();
    }

    private SourceLocation locate(ExprToken token) {
        return source.locationOf(token.offset());
    }

    private TemplateSyntaxException error(ExprToken token, String message) {
        return new TemplateSyntaxException(message, locate(token));
    }
}
