package org.schemashift.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.PasswordSource;
import org.schemashift.apply.SchemaApply;
import org.schemashift.apply.TargetDatabase;
import org.schemashift.apply.TargetDatabases;
import org.schemashift.pipeline.LoadPhase;
import org.schemashift.report.ReportJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code apply}: runs OUT/schema.sql (or, with --phase, pre-data.sql or post-data.sql) against a
 * database, or an embedded throwaway one without --url.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Applies OUT/schema.sql to a database (PostgreSQL: all or nothing by default; MySQL/MariaDB: object by "
                + "object, stopping at the first failure), with a journal that makes re-runs safe and failed applies resumable. "
                + "Without --url, validates it in a throwaway embedded database of the conversion's target.")
final class ApplyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "The output directory of `convert` (schema.sql, report.json).")
    Path output;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "Target database: jdbc:postgresql://host:5432/db, jdbc:mariadb://host:3306/db or jdbc:mysql://host:3306/db.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable (default: PGPASSWORD, or MYSQL_PWD for MySQL/MariaDB).")
    String passwordVariable;

    @Option(names = "--password-prompt", description = "Ask for the password on the terminal.")
    boolean passwordPrompt;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Schema (MySQL: database) for unqualified names and the journal (created if missing).")
    String schema;

    @Option(names = "--dry-run", description = "Print the plan and the statements, and rehearse them in a transaction that is rolled back (PostgreSQL only).")
    boolean dryRun;

    @Option(names = "--per-object", description = "Commit object by object and go on after a failure (default: all or nothing; on MySQL, stop at the first failure).")
    boolean perObject;

    @Option(names = "--resume", description = "Go on after a failed apply: retry the failed objects and apply the rest.")
    boolean resume;

    @Option(names = "--phase", paramLabel = "PHASE", description = "Apply one phase of a data migration: pre-data (before "
            + "the data load: tables with their keys) or post-data (after it: indexes, constraints, code, sequence restarts); "
            + "see docs/data-migration.md. Default: the whole schema.sql.")
    String phase;

    /** Replaced by tests; the process environment otherwise. */
    Map<String, String> environment = System.getenv();
    Function<String, char[]> prompt = ApplyCommand::readFromConsole;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            if (url != null && url.toLowerCase(Locale.ROOT).contains("password=")) {
                // never echo the URL: it holds the secret
                throw new IllegalArgumentException("the --url holds a password; pass it with --password-env, "
                        + "--password-prompt or the target's variable (PGPASSWORD, MYSQL_PWD) instead");
            }
            if (url == null && (user != null || passwordVariable != null || passwordPrompt)) {
                throw new IllegalArgumentException("--user and the password options need --url (without it apply uses an embedded database)");
            }
            String script = "schema.sql";
            if (phase != null) {
                LoadPhase chosen = LoadPhase.fromId(phase);
                if (chosen == null) throw new IllegalArgumentException("--phase must be pre-data or post-data, not '" + phase + "'");
                if (chosen == LoadPhase.POST_DATA && url == null) {
                    throw new IllegalArgumentException("--phase post-data needs --url: it adds to the tables pre-data created and "
                            + "the data loaded in that database, which a throwaway embedded one does not hold");
                }
                script = chosen.fileName();
            }
            String converted = targetOf(output);
            TargetDatabase target = url != null ? TargetDatabases.forUrl(url)
                    : TargetDatabases.forDialect(converted == null ? "postgresql" : converted);
            if (converted != null && !converted.equals(target.dialectId())) {
                throw new IllegalArgumentException(output + " was converted for " + converted + ", but --url is a "
                        + target.dialectId() + " database (convert again with --to " + target.dialectId() + ")");
            }
            ConnectionSettings settings = url == null ? null : new ConnectionSettings(url, user,
                    new PasswordSource(environment, prompt, target.passwordVariable()).resolve(passwordVariable, passwordPrompt, user));
            return new ApplyExecution(spec.commandLine().getOut(), err)
                    .run(output, script, target, settings, new SchemaApply.Options(schema, perObject, resume, dryRun));
        } catch (IllegalArgumentException e) {
            err.println("schemashift: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
    }

    /** The target dialect of the conversion, from report.json; null when there is none (a hand-written schema.sql). */
    private static String targetOf(Path output) {
        Path report = output.resolve("report.json");
        if (!Files.exists(report)) return null;
        try {
            return ReportJson.read(report).target();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + report + ": " + e.getMessage());
        }
    }

    private static char[] readFromConsole(String text) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", text);
    }
}
