package io.github.sysimg.bench.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true, description = "Converts a ledger between CSV and JSON.")
class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The ledger: CSV or JSON.")
    Path ledger;

    @Option(names = "--to", required = true, description = "JSON or CSV.")
    Format to;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of the standard output.")
    Path output;

    @Override
    public Integer call() {
        ObjectMapper json = Json.mapper();
        List<Transaction> transactions = new TransactionReader(json).read(ledger);
        Output.write(output, spec.commandLine().getOut(), out -> {
            switch (to) {
                case JSON -> json.writeValue(out, transactions);
                case CSV -> {
                    CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(TransactionReader.HEADER).get().print(out);
                    for (Transaction t : transactions) {
                        printer.printRecord(t.date(), t.account(), t.category(), t.description(), t.amount().toPlainString(), t.currency());
                    }
                    printer.flush();
                }
                default -> throw new LedgerException("a ledger converts to JSON or CSV, not " + to);
            }
        });
        return 0;
    }
}
