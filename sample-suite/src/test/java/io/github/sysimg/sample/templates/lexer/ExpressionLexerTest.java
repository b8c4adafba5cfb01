package io.github.sysimg.sample.templates.lexer;

import io.github.sysimg.sample.templates.TemplateSyntaxException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpressionLexerTest {

    private static List<ExprToken> lex(String text) {
        return new ExpressionLexer(new SourceText("e", text), text, 0).tokenize();
    }

    private static String types(String text) {
        return lex(text).stream().map(t -> t.type().name()).collect(Collectors.joining(" "));
    }

    @Test
    void numbersIncludeFractionsAndExponents() {
        List<ExprToken> tokens = lex("42 3.14 1e3 2.5E-2");
        assertEquals(List.of("42", "3.14", "1e3", "2.5E-2", ""),
                tokens.stream().map(ExprToken::text).collect(Collectors.toList()));
    }

    @Test
    void keywordsAreRecognizedAndSymbolicAliasesMatch() {
        assertEquals("IDENTIFIER AND IDENTIFIER OR NOT IDENTIFIER EOF", types("a and b || not c"));
        assertEquals("IDENTIFIER AND IDENTIFIER OR NOT IDENTIFIER EOF", types("a && b or !c"));
        assertEquals("TRUE FALSE NULL IN EOF", types("true false null in"));
    }

    @Test
    void twoCharacterOperatorsWin() {
        assertEquals("EQ NE LE GE COALESCE LT GT ASSIGN EOF", types("== != <= >= ?? < > ="));
    }

    @Test
    void punctuation() {
        assertEquals("IDENTIFIER DOT IDENTIFIER LBRACKET NUMBER RBRACKET PIPE IDENTIFIER LPAREN STRING COMMA "
                + "STRING RPAREN QUESTION COLON EOF", types("a.b[0] | f('x', \"y\") ? :"));
    }

    @Test
    void stringEscapesAreDecoded() {
        ExprToken token = lex("'it\\'s\\n\\u0041\\\\'").get(0);
        assertEquals(ExprTokenType.STRING, token.type());
        assertEquals("it's\nA\\", token.text());
    }

    @Test
    void offsetsAreAbsolute() {
        List<ExprToken> tokens = new ExpressionLexer(new SourceText("e", "xxxxx a + b"), "a + b", 6).tokenize();
        assertEquals(List.of(6, 8, 10, 11), tokens.stream().map(ExprToken::offset).collect(Collectors.toList()));
    }

    @Test
    void unterminatedStringPointsAtItsQuote() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> lex("name + 'oops"));
        assertEquals("e:1:8: Unterminated string literal", e.getMessage());
    }

    @Test
    void unexpectedCharacterIsReported() {
        TemplateSyntaxException e = assertThrows(TemplateSyntaxException.class, () -> lex("a # b"));
        assertEquals("e:1:3: Unexpected character '#' in expression", e.getMessage());
    }

    @Test
    void badUnicodeEscapeIsASyntaxError() {
        assertThrows(TemplateSyntaxException.class, () -> lex("'\\u12'"));
        assertThrows(TemplateSyntaxException.class, () -> lex("'\\uzzzz'"));
    }
}
