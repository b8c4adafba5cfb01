package io.github.sysimg.bench.ledger;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ledger}: summarizes and converts ledgers of transactions kept as CSV or JSON. */
@Command(name = "ledger", mixinStandardHelpOptions = true, version = "ledger 1.0",
        description = "Summarizes and converts ledgers of transactions.",
        subcommands = {SummaryCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class})
public class LedgerCli {

    public static CommandLine commandLine() {
        return new CommandLine(new LedgerCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> {
                    if (e instanceof LedgerException) {
                        cmd.getErr().println(cmd.getColorScheme().errorText("ledger: " + e.getMessage()));
                        return 3;
                    }
                    throw e;
                });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
