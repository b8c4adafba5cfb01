package io.github.sysimg.sample.templates.expr;

/** Prefix operators. */
public enum UnaryOperator {
    NOT("not"),
    NEGATE("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
