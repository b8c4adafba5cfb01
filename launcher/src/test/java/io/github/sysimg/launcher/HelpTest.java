package io.github.sysimg.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders as written: picocli formats descriptions, so a stray '%' would print a warning instead. */
class HelpTest {
    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        CommandLine root = new CommandLine(new SysimgCommand());
        List<CommandLine> commands = new ArrayList<>(List.of(root));
        commands.addAll(root.getSubcommands().values());
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : commands) {
                assertTrue(command.getUsageMessage().contains("Usage: "), command.getCommandName());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }
}
