package org.schemashift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.schemashift.model.Severity;
import org.schemashift.report.Report;
import org.schemashift.report.ReportFormat;
import org.schemashift.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report}: renders a report.json written by convert as text, HTML, CSV or JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Renders a report.json written by convert in another format.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT_JSON", description = "The report.json in a convert output directory.")
    Path input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with status 1 when an action item at this severity or above exists (${COMPLETION-CANDIDATES}).")
    Severity failOn;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Report report;
        try {
            report = ReportJson.read(input);
        } catch (IOException e) {
            err.println("schemashift: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String rendered = format.render(report);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            try {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("schemashift: cannot write " + output + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return FailOn.check(report, failOn, err);
    }
}
