package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sysimg.core.StatementsFile;
import io.github.sysimg.core.StatementsReader;
import io.github.sysimg.launcher.report.Attribution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The minimal training set, and its argument file as the CLI reads it back. */
class MinimizerTest {
    static final String ENGINE = "[engine:junit-jupiter]";
    static final String X = ENGINE + "/[class:com.example.XTest]";
    static final String Y = ENGINE + "/[class:com.example.YTest]";
    static final String A = X + "/[method:a()]";
    static final String B = X + "/[test-template:b(java.lang.String)]/[test-template-invocation:#2]";
    static final String C = Y + "/[method:c()]";
    static final String D = Y + "/[method:d()]";

    /** 302 statements: A first exercised 250, B 48, C 1, D none; YTest's set-up 1; discovery 1; a workload main 1. */
    static StatementsFile suite() {
        List<String> lines = new ArrayList<>(List.of("@format 1"));
        for (int i = 0; i < 250; i++) {
            lines.add("method com.example.Lib#a" + i + "()V\t" + A);
        }
        for (int i = 0; i < 48; i++) {
            lines.add("jdk java.lang.J" + i + "\t" + B);
        }
        lines.add("class com.example.C\t" + C);
        lines.add("class com.example.Setup\t" + Y);
        lines.add("class com.example.Discovered");
        lines.add("method com.example.Tool#main([Ljava/lang/String;)V\t[workload-main:com.example.Tool --fast]");
        lines.add("test " + A + "\t100 ms SUCCESSFUL");
        lines.add("test " + B + "\t50 ms SUCCESSFUL");
        lines.add("test " + C + "\t300 ms SUCCESSFUL");
        lines.add("test " + D + "\t550 ms SUCCESSFUL");
        lines.add("test [workload-main:com.example.Tool --fast]\t7 ms SUCCESSFUL");
        lines.add("@end");
        return StatementsReader.read("suite.txt", String.join("\n", lines));
    }

    @Test
    void dropsTheTestsThatAddLeastWhileNinetyNinePercentStayCovered() {
        Minimizer.Result set = Minimizer.minimize(suite(), 0.99);
        // D adds nothing; C adds 1 and, as YTest's last test, its set-up's 1: 300 of 302 stay (99.3%)
        assertEquals(List.of(A, B), set.kept());
        assertEquals(4, set.tests());
        assertEquals(302, set.total());
        assertEquals(300, set.covered());
        assertEquals(List.of("com.example.Tool --fast"), set.workloadMains());
        assertEquals(150, set.keptMillis());
        assertEquals(1000, set.totalMillis());
        assertEquals(0.15, set.timeShare(), 1e-9);
        assertTrue(set.classAndMethodCoverage() >= 0.99 - 1e-9, "class and method statements: " + set.classAndMethodCoverage());
    }

    @Test
    void keepsEverythingThatContributesAtFullCoverage() {
        Minimizer.Result set = Minimizer.minimize(suite(), 1.0);
        assertEquals(List.of(A, B, C), set.kept());
        assertEquals(1.0, set.coverage());
    }

    @Test
    void theArgumentFileReadsBackAsSelectors(@TempDir Path dir) throws Exception {
        Minimizer.Result set = Minimizer.minimize(suite(), 0.99);
        String weird = "[engine:junit-jupiter]/[class:com.example.XTest]/[dynamic-test:say \"hi\" # not a comment \\ ok]";
        Minimizer.Result withWeird = new Minimizer.Result(List.of(set.kept().get(0), set.kept().get(1), weird), set.workloadMains(),
                set.tests(), set.covered(), set.total(), set.coveredClassesAndMethods(), set.totalClassesAndMethods(), set.keptMillis(),
                set.totalMillis());
        Path file = dir.resolve("minimal.args");
        Files.writeString(file, Minimizer.argFile(withWeird, "suite.txt", List.<String[]>of(new String[] {"--include-package", "com.example"},
                new String[] {"--include-classname", "^(Test.*|.+[.$]Test.*|.*Tests?)$"})), StandardCharsets.UTF_8);
        SysimgCommand cli = new SysimgCommand();
        new CommandLine(cli).parseArgs("-cp", "lib.jar", "@" + file);
        assertEquals(List.of(A, B, weird), cli.selectors.uniqueIds);
        assertEquals(List.of("com.example.Tool --fast"), cli.selectors.workloadMains);
        assertEquals(List.of("com.example"), cli.image.includePackages);
        assertEquals(List.of("^(Test.*|.+[.$]Test.*|.*Tests?)$"), cli.filters.includeClassNames);
    }

    @Test
    void labels() {
        assertEquals("XTest > a()", Attribution.label(A));
        assertEquals("XTest > b(String) [#2]", Attribution.label(B));
        assertEquals("main com.example.Tool --fast", Attribution.label("[workload-main:com.example.Tool --fast]"));
        assertEquals("com.example", Attribution.packageOf(B));
    }
}
