package io.github.sysimg.sample.templates;

import io.github.sysimg.sample.app.SampleMain;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo application must run cleanly and print exactly the same output every time. */
class SampleAppTest {

    private static String runMain() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            SampleMain.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(runMain(), runMain());
    }

    @Test
    void rendersEverySection() {
        String out = runMain();
        assertTrue(out.startsWith("=== invoice.txt ===\nNORTHWIND TOOLS & CO.\n"), out);
        for (String marker : new String[] {"=== catalog.html ===", "=== report.txt ===", "=== shipped-email ===",
                "=== error ===", "=== cache ==="}) {
            assertTrue(out.contains(marker), marker);
        }
        assertTrue(out.contains("TOTAL USD   $1,170.60"), out);
        assertTrue(out.contains("tested &amp; approved by &lt;our&gt; team"), out);
        assertTrue(out.contains("broken:2:30: Unknown filter 'uper' (did you mean 'upper'?)"), out);
        assertFalse(out.contains("{{"), "unrendered tag in output");
    }
}
