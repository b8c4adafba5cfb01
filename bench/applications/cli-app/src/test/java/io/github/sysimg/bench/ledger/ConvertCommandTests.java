package io.github.sysimg.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConvertCommandTests {

    @Test
    void convertsCsvToJsonAndBackUnchanged(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("ledger.json");
        Path csv = dir.resolve("ledger.csv");
        assertThat(LedgerCli.commandLine().execute("convert", SummaryCommandTests.small().toString(), "--to", "json", "-o", json.toString())).isZero();
        assertThat(Files.readString(json)).contains("\"date\" : \"2026-03-05\"").contains("\"description\" : \"Hotel, 1 night\"");
        assertThat(LedgerCli.commandLine().execute("convert", json.toString(), "--to", "csv", "-o", csv.toString())).isZero();

        TransactionReader reader = new TransactionReader(Json.mapper());
        assertThat(reader.read(csv)).isEqualTo(reader.read(SummaryCommandTests.small()));
    }

    @Test
    void refusesAnUnknownTarget() {
        StringWriter err = new StringWriter();
        CommandLine cli = LedgerCli.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("convert", "x.csv", "--to", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--to'");
    }
}
