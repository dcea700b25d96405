package org.schemashift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.schemashift.apply.SchemaApply;
import org.schemashift.apply.TargetDatabases;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.Severity;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.CopiedTables;
import org.schemashift.pipeline.DialectGuess;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.OutputDirectory;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.report.TextSummary;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.emit.TargetOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert}: reads source scripts, writes OUT/schema.sql and the reports (json, html, csv), prints a summary. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts schema scripts (files, directories, or - for standard input) to the target dialect.")
final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DIALECT", description = "Source dialect id (see `schemashift dialects`).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DIALECT", description = "Target dialect id.")
    String to;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output directory.")
    Path output;

    @Option(names = {"--rules", "--mappings"}, paramLabel = "FILE",
            description = "Your project's rules file (YAML: rename, exclude, include, types, functions; see mappings/README.md), "
                    + "tried before the bundled rules; default: " + MappingRules.DEFAULT_FILE + " in the working directory when present.")
    Path mappings;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with status 1 when an action item at this severity or above exists (${COMPLETION-CANDIDATES}).")
    Severity failOn;

    @Option(names = "--validate", description = "Apply the result to a throwaway embedded database and record per object in report.json whether it was created.")
    boolean validate;

    @Option(names = "--define", paramLabel = "NAME=VALUE",
            description = "A substitution variable for the source scripts (Oracle SQL*Plus &NAME); repeatable.")
    java.util.Map<String, String> defines = new java.util.LinkedHashMap<>();

    @Option(names = "--lower-case-table-names", paramLabel = "0|1|2",
            description = "MySQL source: the server's lower_case_table_names. 0 (default, Linux): table names are case-sensitive, "
                    + "so `User` and `user` are two tables; 1 or 2: they are one.")
    int lowerCaseTableNames;

    @Option(names = "--case-sensitive-collation",
            description = "SQL Server source: the database's collation is case-sensitive, so `Orders` and `ORDERS` are two tables (by default they are one).")
    boolean caseSensitiveCollation;

    @Option(names = "--source-schema", paramLabel = "SCHEMA",
            description = "The schema the source scripts ran in where they name none (Oracle: the connecting user, as stored, e.g. HR; "
                    + "MySQL: the database in use): dms-table-mappings.json locates their tables there.")
    String sourceSchema;

    @Option(names = "--grants", description = "Write the source's GRANT statements (the roles must exist in the target); by default they are only reported.")
    boolean grants;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the input files (UTF-8, UTF-16, ISO-8859-1, windows-1252, ...); by default detected: byte-order mark, else UTF-8, else Latin-1.")
    Charset encoding;

    @Option(names = "--force", description = "Replace OUT's schema.sql and objects/ even when they were edited since SchemaShift wrote them.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Schema files or directories; - reads standard input.")
    List<String> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ConversionPipeline pipeline = new ConversionPipeline(from, to, MappingRules.userFile(mappings));
            OutputDirectory.check(output, force);
            SourceOptions options = new SourceOptions(defines, lowerCaseTableNames, caseSensitiveCollation).withSchema(sourceSchema);
            Read read = read(pipeline, options, err);
            ConversionResult result = pipeline.convert(read.statements(), options, new TargetOptions(grants));
            if (result.statements().isEmpty()) {
                err.println("schemashift: no statements found in the input (" + read.files() + " file(s), all empty or only comments)");
                return ExitCodes.USAGE;
            }
            read.hint().ifPresent(hint -> err.println("schemashift: " + hint));
            Report report = ReportBuilder.withInputs(result, read.inputs());
            OutputDirectory.write(output, result, report);
            PrintWriter out = spec.commandLine().getOut();
            out.print(TextSummary.render(report));
            out.println("  output: " + String.join(", ", OutputDirectory.fileNames().stream()
                    .map(name -> output.resolve(name).toString()).toList()));
            CopiedTables.unlocatedNotice(result).ifPresent(notice -> out.println("  note: " + notice));
            out.flush();
            if (validate) {
                int validation = new ApplyExecution(out, err).run(output, TargetDatabases.forDialect(to), null,
                        new SchemaApply.Options(null, true, false, false));
                if (validation != ExitCodes.OK) return validation;
            }
            return FailOn.check(report, failOn, err);
        } catch (IllegalArgumentException | InputFiles.InputException | OutputDirectory.OutputException
                 | MappingRules.RulesException e) {
            err.println("schemashift: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** What convert needs of the input once it is read: the input's text (as large as the input) is not among it. */
    private record Read(List<SourceStatement> statements, int files, List<Report.Input> inputs, Optional<String> hint) {}

    private Read read(ConversionPipeline pipeline, SourceOptions options, PrintWriter err) throws IOException {
        List<SourceFile> files = readInputs(err);
        List<SourceStatement> statements = pipeline.read(files, options);
        return new Read(statements, files.size(), ReportBuilder.inputs(files), DialectGuess.hint(from, statements, files));
    }

    private List<SourceFile> readInputs(PrintWriter err) throws IOException {
        Consumer<String> notices = notice -> err.println("schemashift: " + notice);
        List<SourceFile> files = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                files.add(InputFiles.fromStandardInput(System.in.readAllBytes(), encoding, notices));
            } else {
                paths.add(Path.of(input));
            }
        }
        files.addAll(InputFiles.read(paths, encoding, notices));
        return files;
    }
}
