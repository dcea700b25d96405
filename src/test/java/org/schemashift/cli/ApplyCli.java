package org.schemashift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;
import picocli.CommandLine;

/**
 * {@code schemashift apply} run in-process as a user runs it (given environment variables, no
 * terminal), keeping everything it printed; and the OUT directory a conversion would have left,
 * written by hand: schema.sql and a report.json naming the conversion's source and target.
 */
final class ApplyCli {
    /** How a run ended and what it printed. */
    record Run(int status, String out, String err) {
        String text() {
            return out + err;
        }
    }

    private final Path out;
    private final List<String> allOutput = new ArrayList<>();

    ApplyCli(Path out) {
        this.out = out;
    }

    /** apply OUT with this --url and --user, unless the options name their own. */
    Run apply(String url, String user, String... options) {
        List<String> args = new ArrayList<>(List.of("apply", out.toString()));
        if (!List.of(options).contains("--url")) args.addAll(List.of("--url", url));
        if (!List.of(options).contains("--user")) args.addAll(List.of("--user", user));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    Run run(String... args) {
        return run(Map.of(), args);
    }

    Run run(Map<String, String> environment, String... args) {
        CommandLine cli = SchemaShiftCommand.commandLine();
        ApplyCommand command = (ApplyCommand) cli.getSubcommands().get("apply").getCommand();
        command.environment = new HashMap<>(environment);
        command.prompt = text -> null;
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        int status = cli.execute(args);
        allOutput.add(stdout.toString());
        allOutput.add(stderr.toString());
        return new Run(status, stdout.toString(), stderr.toString());
    }

    /** Everything every run printed, for checking that a secret never appeared. */
    String allOutput() {
        return String.join("\n", allOutput);
    }

    /** The text of every file under OUT, by path. */
    Map<Path, String> filesInOut() throws IOException {
        Map<Path, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) files.put(file, Files.readString(file));
        }
        return files;
    }

    void writeScript(String sql) throws IOException {
        Files.writeString(out.resolve("schema.sql"), sql);
    }

    void writeReport(String source, String target, Report.Entry... entries) throws IOException {
        ReportJson.write(new Report(Report.VERSION, new Report.Tool("schemashift", "test"), source, target, List.of(),
                new Report.Summary(entries.length, 0, entries.length, Map.of(), Map.of(), Map.of(),
                        new Report.Automation(new Report.Share(0, 0, null), new Report.Share(0, 0, null)), Map.of(),
                        new Report.Effort(0, 0, 0, Map.of(), "A", "test"), Map.of()),
                List.of(entries), List.of(), null), out.resolve("report.json"));
    }

    /** A report entry for a source statement at shop.sql:line. */
    static Report.Entry entry(String kind, String name, int line) {
        return new Report.Entry(line, kind, name, "converted", new Report.Location("shop.sql", line, 1),
                List.of(new Report.Statement("shop.sql", line, "CREATE", "")), List.of(name), List.of(), null, null,
                new Report.Estimate(0, "automatic", 0), List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    /** What apply recorded in report.json for the entry named {@code entryName}. */
    List<Report.Applied> applied(String entryName) throws IOException {
        return ReportJson.read(out.resolve("report.json")).objects().stream().filter(e -> e.name().equals(entryName))
                .findFirst().orElseThrow().applied();
    }
}
