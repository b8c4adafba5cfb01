package io.github.sysimg.core.classlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingFootprintTest {
    private static final String TLS = "[engine:junit-jupiter]/[class:org.example.UrlLookupTest]/[method:https()]";
    private static final String TLS_NESTED = "[engine:junit-jupiter]/[class:org.example.UrlLookupTest]/[nested-class:Ftp]/[method:ftp()]";
    private static final String WORDS = "[engine:junit-jupiter]/[class:org.example.WordsTest]/[method:wrap()]";
    private static final String CASES = "[engine:junit-jupiter]/[class:org.example.CaseTest]/[method:camel()]";

    /** A replay's log as the JVM writes it: a marker before each test, then the classes loaded during it. */
    private static List<String> log(String... testsAndClasses) {
        List<String> lines = new ArrayList<>();
        lines.add("[0.010s][info][class,load] java.util.regex.Pattern source: shared objects file");
        for (String item : testsAndClasses) {
            lines.add(item.startsWith("[engine:") ? TrainingFootprint.MARKER + item
                    : "[0.100s][info][class,load] " + item + " source: jrt:/java.base");
        }
        lines.add("[sysimg] training: ran 4 of 4 tests with JUnit (0 failed, 0 aborted); 0 not run (0 disabled, 0 not found by their unique id)");
        lines.add("[1.000s][info][class,load] sun.security.ssl.SSLContextImpl source: jrt:/java.base");
        return lines;
    }

    private static StatementsFile recorded(String... kindNameTest) {
        StringBuilder text = new StringBuilder("@format 1\n");
        for (int i = 0; i < kindNameTest.length; i += 3) {
            text.append(kindNameTest[i]).append(' ').append(kindNameTest[i + 1]).append('\t').append(kindNameTest[i + 2]).append('\n');
        }
        text.append("@end\n");
        return StatementsReader.read("test", text.toString());
    }

    @Test
    void aClassIsATestClassesOwnWhenItLoadsItFirstInBothOrders() {
        // The recorded run (forward): the first test of each class.
        StatementsFile statements = recorded(
                "class", "org.example.Words", WORDS,
                "jdk", "java.text.BreakIterator", WORDS,
                "jdk", "sun.security.ssl.SSLSocketImpl", TLS,
                "jdk", "sun.security.x509.X509CertImpl", TLS,
                "jdk", "java.net.URL", TLS,
                "jdk", "sun.security.ssl.SSLContextImpl", TLS);
        Map<String, String> first = TrainingFootprint.firstTestClasses(statements);
        assertEquals("org.example.UrlLookupTest", first.get("sun.security.ssl.SSLSocketImpl"));

        // The replay in reverse order: java.net.URL is loaded by CaseTest, so UrlLookupTest is not alone in needing
        // it; java.util.regex.Pattern came before any test; SSLContextImpl only after the replay (the cache dump).
        List<String> reverse = log(CASES, "java.net.URL", TLS_NESTED, "sun.security.x509.X509CertImpl", TLS,
                "sun.security.ssl.SSLSocketImpl", "org.mockito.Mockito", WORDS, "org.example.Words", "java.text.BreakIterator");
        Map<String, List<String>> exclusive = TrainingFootprint.exclusiveClasses(first, reverse);

        assertEquals(Map.of("org.example.UrlLookupTest", List.of("sun.security.x509.X509CertImpl", "sun.security.ssl.SSLSocketImpl"),
                "org.example.WordsTest", List.of("org.example.Words", "java.text.BreakIterator")), exclusive);
        assertEquals(2, TrainingFootprint.atLeast(exclusive, 2).size());
        assertEquals(List.of(), TrainingFootprint.atLeast(exclusive, 3));
    }

    @Test
    void testsThatThrewAndWhatTheyLoaded() {
        List<String> reverse = new ArrayList<>(log(CASES, "java.net.URL", TLS, "javax.tools.ToolProvider", "com.sun.tools.javac.api.JavacTool",
                WORDS, "java.text.BreakIterator"));
        reverse.add(reverse.indexOf(TrainingFootprint.MARKER + WORDS), TrainingFootprint.THREW + TLS);

        assertEquals(java.util.Set.of(TLS), TrainingFootprint.threw(reverse));
        assertEquals(List.of("javax.tools.ToolProvider", "com.sun.tools.javac.api.JavacTool"),
                TrainingFootprint.firstLoadsDuring(reverse, TrainingFootprint.threw(reverse)));
        assertEquals(List.of(), TrainingFootprint.firstLoadsDuring(reverse, java.util.Set.of()));
    }

    @Test
    void heavierTestClassesComeFirst() {
        Map<String, List<String>> exclusive = Map.of("a", List.of("x", "y"), "b", List.of("x", "y", "z"), "c", List.of("x"));
        assertEquals(List.of(Map.entry("b", List.of("x", "y", "z")), Map.entry("a", List.of("x", "y"))),
                TrainingFootprint.atLeast(exclusive, 2));
    }

    @Test
    void testClassOfAUniqueId() {
        assertEquals("org.example.UrlLookupTest", TrainingFootprint.testClass(TLS_NESTED));
        assertNull(TrainingFootprint.testClass("[engine:junit-vintage]/[runner:org.example.Old]"));
    }
}
