package org.schemashift.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemashift} command: subcommands per DESIGN.md's CLI contract. */
@Command(name = "schemashift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Converts database schema scripts from one engine's dialect to another's.")
public final class SchemaShiftCommand implements Runnable {
    /** The subcommands in the order usage help lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, report, apply, rules or dialects");
    }

    public static void main(String[] args) {
        System.exit(commandLine(args.length == 0 ? null : args[0]).execute(args));
    }

    /** The configured command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The configured command line: usage errors exit 2, unexpected failures print one line, never a
     * stack trace. When {@code first} (the first argument) names a subcommand other than help, only
     * that one is built: picocli reads each command's annotations by reflection, a cost every run
     * would pay for commands it does not run.
     */
    static CommandLine commandLine(String first) {
        CommandLine cli = new CommandLine(new SchemaShiftCommand());
        Class<?> only = "help".equals(first) ? null : SUBCOMMANDS.get(first);
        if (only != null) {
            cli.addSubcommand(first, only);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("schemashift: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cli;
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("convert", ConvertCommand.class);
        commands.put("apply", ApplyCommand.class);
        commands.put("dialects", DialectsCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("rules", RulesCommand.class);
        return commands;
    }
}
