package io.github.sysimg.sample.templates.parser;

import io.github.sysimg.sample.templates.SourceLocation;
import io.github.sysimg.sample.templates.TemplateSyntaxException;
import io.github.sysimg.sample.templates.ast.Node;
import io.github.sysimg.sample.templates.expr.Expr;
import io.github.sysimg.sample.templates.expr.UnaryOperator;
import io.github.sysimg.sample.templates.filters.FilterRegistry;
import io.github.sysimg.sample.templates.lexer.SourceText;
import io.github.sysimg.sample.templates.lexer.TemplateLexer;
import io.github.sysimg.sample.templates.lexer.Token;
import io.github.sysimg.sample.templates.lexer.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the node tree of a template from its tokens and checks that blocks nest properly.
 */
public final class TemplateParser {

    private static final Pattern PARTIAL = Pattern.compile("([\\w./-]+)(?:\\s+(.+))?", Pattern.DOTALL);
    private static final Pattern KEYWORD = Pattern.compile("(\\w+)\\s*(.*)", Pattern.DOTALL);

    /** A block whose closing tag has not been seen yet. */
    private record OpenBlock(String closeName, Token token, SourceLocation location) {
    }

    private final SourceText source;
    private final FilterRegistry filters;
    private final List<Token> tokens;
    private int pos;

    public TemplateParser(SourceText source, FilterRegistry filters) {
        this.source = source;
        this.filters = filters;
        this.tokens = new TemplateLexer(source).tokenize();
    }

    /** Parses the whole template. */
    public List<Node> parse() {
        return parseBlock(null);
    }

    /** Parses nodes until EOF (top level) or until the {@code else}/close tag of {@code open}. */
    private List<Node> parseBlock(OpenBlock open) {
        List<Node> nodes = new ArrayList<>();
        while (true) {
            Token token = tokens.get(pos);
            switch (token.type()) {
                case EOF -> {
                    if (open != null) {
                        String sigil = open.token().type() == TokenType.INVERTED_OPEN ? "{{^" : "{{#";
                        throw new TemplateSyntaxException("Unclosed block " + sigil + open.token().content()
                                + "}}: expected {{/" + open.closeName() + "}} before the end of the template",
                                open.location());
                    }
                    return nodes;
                }
                case ELSE, SECTION_CLOSE -> {
                    if (open == null) {
                        String tag = token.type() == TokenType.ELSE ? "{{" : "{{/";
                        throw error(token, "Unexpected " + tag + token.content() + "}}: no block is open");
                    }
                    return nodes;
                }
                default -> {
                    pos++;
                    Node node = parseTag(token);
                    if (node != null) {
                        nodes.add(node);
                    }
                }
            }
        }
    }

    private Node parseTag(Token token) {
        return switch (token.type()) {
            case TEXT -> new Node.Text(token.content());
            case VARIABLE -> new Node.Output(expression(token.content(), token.contentOffset()), true, locate(token));
            case RAW_VARIABLE -> new Node.Output(expression(token.content(), token.contentOffset()), false,
                    locate(token));
            case COMMENT -> null;
            case PARTIAL -> parsePartial(token);
            case SET -> parseSet(token);
            case SECTION_OPEN -> parseOpen(token);
            case INVERTED_OPEN -> parseSection(token, true);
            default -> throw error(token, "Unexpected " + token.type());
        };
    }

    private Node parseOpen(Token token) {
        Matcher m = KEYWORD.matcher(token.content());
        String keyword = m.matches() ? m.group(1) : "";
        String rest = m.matches() ? m.group(2) : "";
        int restOffset = token.contentOffset() + (m.matches() ? m.start(2) : 0);
        switch (keyword) {
            case "if", "unless" -> {
                if (rest.isBlank()) {
                    throw error(token, "{{#" + keyword + "}} needs a condition");
                }
                Expr condition = expression(rest, restOffset);
                if (keyword.equals("unless")) {
                    condition = new Expr.Unary(UnaryOperator.NOT, condition, condition.location());
                }
                return parseIf(token, keyword, condition);
            }
            case "each", "with" -> {
                if (rest.isBlank()) {
                    throw error(token, "{{#" + keyword + "}} needs a value");
                }
                ExpressionParser.Binding binding = new ExpressionParser(source, filters, rest, restOffset)
                        .parseBinding();
                OpenBlock open = new OpenBlock(keyword, token, locate(token));
                List<Node> body = parseBlock(open);
                List<Node> otherwise = parseOptionalElse(open);
                return keyword.equals("each")
                        ? new Node.Each(binding.value(), binding.alias(), body, otherwise, locate(token))
                        : new Node.With(binding.value(), binding.alias(), body, otherwise, locate(token));
            }
            default -> {
                return parseSection(token, false);
            }
        }
    }

    private Node parseIf(Token token, String keyword, Expr condition) {
        OpenBlock open = new OpenBlock(keyword, token, locate(token));
        List<Node.Branch> branches = new ArrayList<>();
        branches.add(new Node.Branch(condition, parseBlock(open)));
        List<Node> otherwise = List.of();
        boolean sawElse = false;
        while (true) {
            Token end = tokens.get(pos++);
            if (end.type() == TokenType.SECTION_CLOSE) {
                checkClose(open, end);
                return new Node.If(branches, otherwise, locate(token));
            }
            if (sawElse) {
                throw error(end, "{{" + end.content() + "}} after {{else}} in the block opened at " + open.location());
            }
            String rest = end.content().substring("else".length()).strip();
            if (rest.isEmpty()) {
                sawElse = true;
                otherwise = parseBlock(open);
            } else if (rest.startsWith("if ")) {
                int offset = end.contentOffset() + end.content().indexOf(rest) + 3;
                Expr elseCondition = expression(rest.substring(3), offset);
                branches.add(new Node.Branch(elseCondition, parseBlock(open)));
            } else {
                throw error(end, "Expected {{else}} or {{else if condition}} but found {{" + end.content() + "}}");
            }
        }
    }

    private Node parseSection(Token token, boolean inverted) {
        String name = token.content();
        Expr expr = expression(name, token.contentOffset());
        OpenBlock open = new OpenBlock(name, token, locate(token));
        List<Node> body = parseBlock(open);
        List<Node> otherwise = parseOptionalElse(open);
        return new Node.Section(name, expr, inverted, body, otherwise, locate(token));
    }

    /** After a block body: consumes an optional plain {@code {{else}}} branch and the close tag. */
    private List<Node> parseOptionalElse(OpenBlock open) {
        Token end = tokens.get(pos++);
        List<Node> otherwise = List.of();
        if (end.type() == TokenType.ELSE) {
            if (!end.content().equals("else")) {
                throw error(end, "{{" + end.content() + "}} is only allowed inside {{#if}}");
            }
            otherwise = parseBlock(open);
            end = tokens.get(pos++);
            if (end.type() == TokenType.ELSE) {
                throw error(end, "Duplicate {{else}} in the block opened at " + open.location());
            }
        }
        checkClose(open, end);
        return otherwise;
    }

    private void checkClose(OpenBlock open, Token close) {
        if (!close.content().equals(open.closeName())) {
            throw error(close, "Mismatched closing tag {{/" + close.content() + "}}: expected {{/"
                    + open.closeName() + "}} to close the block opened at " + open.location());
        }
    }

    private Node parsePartial(Token token) {
        Matcher m = PARTIAL.matcher(token.content());
        if (!m.matches()) {
            throw error(token, "Invalid partial tag {{> " + token.content() + "}}: expected {{> name [context]}}");
        }
        Expr context = m.group(2) == null ? null : expression(m.group(2), token.contentOffset() + m.start(2));
        return new Node.Partial(m.group(1), context, token.indent(), locate(token));
    }

    private Node parseSet(Token token) {
        String rest = token.content().substring("set".length()).strip();
        int offset = token.contentOffset() + token.content().indexOf(rest, 3);
        ExpressionParser.Assignment assignment =
                new ExpressionParser(source, filters, rest, offset).parseAssignment();
        return new Node.Set(assignment.name(), assignment.value(), locate(token));
    }

    private Expr expression(String text, int offset) {
        return new ExpressionParser(source, filters, text, offset).parseExpression();
    }

    private SourceLocation locate(Token token) {
        return source.locationOf(token.offset());
    }

    private TemplateSyntaxException error(Token token, String message) {
        return new TemplateSyntaxException(message, locate(token));
    }
}
