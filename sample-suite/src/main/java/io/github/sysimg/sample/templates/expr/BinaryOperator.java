package io.github.sysimg.sample.templates.expr;

import io.github.sysimg.sample.templates.lexer.ExprTokenType;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Infix operators with their binding strength; higher precedence binds tighter. All are
 * left-associative.
 */
public enum BinaryOperator {
    COALESCE("??", 1, ExprTokenType.COALESCE),
    OR("or", 2, ExprTokenType.OR),
    AND("and", 3, ExprTokenType.AND),
    EQ("==", 5, ExprTokenType.EQ),
    NE("!=", 5, ExprTokenType.NE),
    LT("<", 6, ExprTokenType.LT),
    LE("<=", 6, ExprTokenType.LE),
    GT(">", 6, ExprTokenType.GT),
    GE(">=", 6, ExprTokenType.GE),
    IN("in", 6, ExprTokenType.IN),
    ADD("+", 7, ExprTokenType.PLUS),
    SUBTRACT("-", 7, ExprTokenType.MINUS),
    MULTIPLY("*", 8, ExprTokenType.STAR),
    DIVIDE("/", 8, ExprTokenType.SLASH),
    MODULO("%", 8, ExprTokenType.PERCENT);

    /**
     * {@code not} sits between {@code and} and the comparisons, so {@code not a == b} negates the
     * comparison, as in Python and Jinja.
     */
    public static final int NOT_PRECEDENCE = 4;

    private static final Map<ExprTokenType, BinaryOperator> BY_TOKEN = Arrays.stream(values())
            .collect(Collectors.toMap(op -> op.token, Function.identity(),
                    (a, b) -> a, () -> new EnumMap<>(ExprTokenType.class)));

    private final String symbol;
    private final int precedence;
    private final ExprTokenType token;

    BinaryOperator(String symbol, int precedence, ExprTokenType token) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.token = token;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    /** The operator a token stands for, or {@code null} if the token is not an infix operator. */
    public static BinaryOperator forToken(ExprTokenType type) {
        return BY_TOKEN.get(type);
    }
}
