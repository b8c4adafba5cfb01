package io.github.sysimg.sample.templates.lexer;

/** Token kinds of the expression language used inside tags. */
public enum ExprTokenType {
    NUMBER("number"), STRING("string"), IDENTIFIER("identifier"),
    TRUE("'true'"), FALSE("'false'"), NULL("'null'"),
    AND("'and'"), OR("'or'"), NOT("'not'"), IN("'in'"),
    PLUS("'+'"), MINUS("'-'"), STAR("'*'"), SLASH("'/'"), PERCENT("'%'"),
    EQ("'=='"), NE("'!='"), LT("'<'"), LE("'<='"), GT("'>'"), GE("'>='"),
    COALESCE("'??'"), QUESTION("'?'"), COLON("':'"), PIPE("'|'"), ASSIGN("'='"),
    DOT("'.'"), COMMA("','"), LPAREN("'('"), RPAREN("')'"), LBRACKET("'['"), RBRACKET("']'"),
    EOF("end of expression");

    private final String display;

    ExprTokenType(String display) {
        this.display = display;
    }

    /** How the token kind is named in error messages. */
    public String display() {
        return display;
    }
}
