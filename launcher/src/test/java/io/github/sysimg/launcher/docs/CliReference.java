package io.github.sysimg.launcher.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command line's options reference, in Markdown, generated from picocli's model of the commands (the same
 * annotations {@code --help} prints): every command and sub-command, its options by section, its parameters, its exit codes.
 */
public final class CliReference {
    private CliReference() {
    }

    public static String markdown(CommandLine root) {
        StringBuilder out = new StringBuilder();
        List<CommandLine> commands = new ArrayList<>();
        collect(root, commands);
        for (CommandLine command : commands) {
            command(out, command.getCommandSpec());
        }
        return out.toString();
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!into.contains(sub)) {
                collect(sub, into);
            }
        }
    }

    private static void command(StringBuilder out, CommandSpec spec) {
        out.append("\n#### `").append(spec.qualifiedName(" ")).append("`\n\n");
        String description = text(String.join(" ", spec.usageMessage().description()));
        if (!description.isEmpty()) {
            out.append(description).append("\n\n");
        }
        List<OptionSpec> ungrouped = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.group() == null) {
                ungrouped.add(option);
            }
        }
        boolean grouped = !spec.argGroups().isEmpty();
        for (ArgGroupSpec group : spec.argGroups()) {
            String heading = text(group.heading() == null ? "" : group.heading().replace("%n", " ")).strip();
            out.append("*").append(heading.isEmpty() ? "Options" : capitalize(heading)).append("*\n\n");
            options(out, group.options());
        }
        if (!ungrouped.isEmpty()) {
            if (grouped) {
                out.append("*Other options*\n\n");
            }
            options(out, ungrouped);
        }
        if (!spec.positionalParameters().isEmpty()) {
            out.append("| parameter | description |\n|---|---|\n");
            for (PositionalParamSpec parameter : spec.positionalParameters()) {
                out.append("| `").append(parameter.paramLabel()).append(arity(parameter.arity())).append("` | ")
                        .append(cell(description(parameter.description(), parameter.defaultValue()))).append(" |\n");
            }
            out.append('\n');
        }
        Map<String, String> exitCodes = spec.usageMessage().exitCodeList();
        if (!exitCodes.isEmpty()) {
            out.append("| exit code | meaning |\n|---|---|\n");
            exitCodes.forEach((code, meaning) -> out.append("| `").append(code.strip()).append("` | ").append(cell(text(meaning)))
                    .append(" |\n"));
            out.append('\n');
        }
    }

    private static void options(StringBuilder out, List<OptionSpec> options) {
        out.append("| option | description |\n|---|---|\n");
        for (OptionSpec option : options) {
            StringBuilder names = new StringBuilder();
            for (String name : option.names()) {
                names.append(names.length() == 0 ? "" : ", ").append('`').append(name);
                if (option.typeInfo().isBoolean()) {
                    names.append('`');
                } else {
                    names.append(' ').append(option.paramLabel()).append('`');
                }
            }
            String text = description(option.description(), option.defaultValue());
            if (option.required()) {
                text = "Required. " + text;
            }
            out.append("| ").append(names).append(" | ").append(cell(text)).append(" |\n");
        }
        out.append('\n');
    }

    private static String description(String[] lines, String defaultValue) {
        String joined = String.join(" ", lines);
        if (defaultValue != null) {
            joined = joined.replace("${DEFAULT-VALUE}", defaultValue);
        }
        return text(joined);
    }

    private static String arity(CommandLine.Range arity) {
        return arity.max() > 1 ? "..." : "";
    }

    /** picocli's format strings as plain text: {@code %n} a space, {@code %%} a percent sign. */
    private static String text(String s) {
        return s.replace("%n", " ").replace("%%", "%").replaceAll("\\s+", " ").strip();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;");
    }

    private static String capitalize(String heading) {
        String lower = heading.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
