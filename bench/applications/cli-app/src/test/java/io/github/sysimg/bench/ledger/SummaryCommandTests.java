package io.github.sysimg.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummaryCommandTests {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static Path small() throws URISyntaxException {
        return Path.of(SummaryCommandTests.class.getResource("/small.csv").toURI());
    }

    int run(String... args) {
        CommandLine cli = LedgerCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void summarizesByCategoryAsText() throws Exception {
        assertThat(run("summary", small().toString())).isZero();
        assertThat(out.toString())
                .startsWith("Ledger small.csv: 6 transactions by category, in EUR")
                .contains("rent  (1)  income €0.00  expenses -€1,200.00  net -€1,200.00 (deficit)")
                .contains("travel  (1)  income €0.00  expenses -€200.00")
                .contains("Net:      €1,519.50");
    }

    @Test
    void summarizesByMonthInChronologicalOrder() throws Exception {
        assertThat(run("summary", small().toString(), "--by", "month")).isZero();
        assertThat(out.toString().indexOf("2026-03")).isLessThan(out.toString().indexOf("2026-04"));
    }

    @Test
    void writesHtmlToAFile(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("report.html");
        assertThat(run("summary", small().toString(), "-f", "html", "--locale", "de-DE", "-o", html.toString())).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(html)).contains("<title>Ledger small.csv</title>").contains("class=\"deficit\"").contains("-1.200,00").doesNotContain("-0 %");
    }

    @Test
    void writesJsonInAnotherCurrency() throws Exception {
        assertThat(run("summary", small().toString(), "--format", "JSON", "--currency", "usd")).isZero();
        assertThat(out.toString()).contains("\"currency\" : \"USD\"").contains("\"transactions\" : 6");
    }

    @Test
    void filtersByDate() throws Exception {
        assertThat(run("summary", small().toString(), "--from", "2026-04-01")).isZero();
        assertThat(out.toString()).contains("2 transactions");
    }

    @Test
    void namesAnUnknownCurrency() throws Exception {
        assertThat(run("summary", small().toString(), "--currency", "XYZ")).isEqualTo(3);
        assertThat(err.toString()).contains("no exchange rate for XYZ");
    }

    @Test
    void namesAMissingFile() {
        assertThat(run("summary", "no-such-ledger.csv")).isEqualTo(3);
        assertThat(err.toString()).contains("ledger: no such file: no-such-ledger.csv");
    }

    @Test
    void refusesAnUnknownGrouping() throws Exception {
        assertThat(run("summary", small().toString(), "--by", "weekday")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--by'");
    }

    @Test
    void printsUsage() {
        assertThat(run("summary", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: ledger summary").contains("--currency");
    }
}
