package io.github.sysimg.bench.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "summary", mixinStandardHelpOptions = true, description = "Totals of a ledger by category, month or account.")
class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The ledger: a CSV file with a header line, or a JSON array.")
    Path ledger;

    @Option(names = "--by", defaultValue = "CATEGORY", description = "Group by: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Summary.GroupBy groupBy;

    @Option(names = {"-f", "--format"}, defaultValue = "TEXT", description = "TEXT, HTML or JSON (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--currency", defaultValue = "EUR", description = "Report currency (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--rates", description = "Exchange rates as JSON, units per euro (default: the bundled rates).")
    Path rates;

    @Option(names = "--locale", defaultValue = "en-GB", description = "Locale of amounts in TEXT and HTML (default: ${DEFAULT-VALUE}).")
    String locale;

    @Option(names = "--from", description = "Only transactions on or after this date.")
    LocalDate from;

    @Option(names = "--to", description = "Only transactions on or before this date.")
    LocalDate to;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() {
        if (format == Format.CSV) {
            throw new LedgerException("a summary is written as TEXT, HTML or JSON, not CSV");
        }
        ObjectMapper json = Json.mapper();
        List<Transaction> transactions = new TransactionReader(json).read(ledger).stream()
                .filter(t -> from == null || !t.date().isBefore(from))
                .filter(t -> to == null || !t.date().isAfter(to))
                .toList();
        String target = currency.toUpperCase(Locale.ROOT);
        ExchangeRates exchange = rates == null ? ExchangeRates.bundled(json, target) : ExchangeRates.fromFile(json, rates, target);
        Summary summary = Summary.of("Ledger " + ledger.getFileName(), transactions, groupBy, exchange);
        Output.write(output, spec.commandLine().getOut(), out -> {
            if (format == Format.JSON) {
                json.writeValue(out, summary);
            } else {
                new Report(Locale.forLanguageTag(locale)).render(summary, format, out);
            }
        });
        return 0;
    }
}
