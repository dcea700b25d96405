package org.schemashift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code schemashift} command: subcommands per DESIGN.md's CLI contract. */
@Command(name = "schemashift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Converts database schema scripts from one engine's dialect to another's.",
        subcommands = {ConvertCommand.class, ApplyCommand.class, DialectsCommand.class, CommandLine.HelpCommand.class,
                ReportCommand.class, RulesCommand.class})
public final class SchemaShiftCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: convert, report, apply, rules or dialects");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: usage errors exit 2, unexpected failures print one line, never a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SchemaShiftCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("schemashift: internal error: " + e);
            return ExitCodes.INTERNAL;
        });
        return cli;
    }
}
