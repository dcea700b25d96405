package org.schemashift.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.schemashift.apply.ApplyException;
import org.schemashift.apply.ApplyProgress;
import org.schemashift.apply.ApplyResult;
import org.schemashift.apply.ApplyResultsInReport;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.ObjectResult;
import org.schemashift.apply.SchemaApply;
import org.schemashift.apply.ScriptObject;
import org.schemashift.apply.TargetDatabase;
import org.schemashift.report.Report;

/**
 * One apply of OUT/schema.sql as both {@code apply} and {@code convert --validate} run it: to the
 * given database or, with no settings, to a fresh database in the embedded server; results go
 * to the terminal and (unless a dry run) into the report files of OUT (report.json, report.html,
 * the CSVs); the exit status says how it ended.
 */
final class ApplyExecution {
    private final PrintWriter out;
    private final PrintWriter err;

    ApplyExecution(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** {@code settings} null: the embedded server of the target. */
    int run(Path outDir, TargetDatabase target, ConnectionSettings settings, SchemaApply.Options options) {
        return run(outDir, "schema.sql", target, settings, options);
    }

    /** {@code script}: schema.sql or one phase of it (pre-data.sql, post-data.sql). */
    int run(Path outDir, String script, TargetDatabase target, ConnectionSettings settings, SchemaApply.Options options) {
        try {
            List<ScriptObject> objects = SchemaApply.readScript(outDir, script, target);
            // before any server starts: the options may not suit the target
            SchemaApply apply = new SchemaApply(target, options, new ApplyProgress(out, options.dryRun()));
            ConnectionSettings where = settings;
            if (where == null) {
                out.println("applying " + outDir.resolve(script) + " to a throwaway embedded " + target.dialectId()
                        + " database (no --url given)");
                out.flush();
                where = target.embeddedServer().freshDatabase("schemashift");
            }
            if (!target.transactionalDdl()) {
                out.println(target.dialectId() + " commits every DDL statement as it runs, so there is no all or nothing: "
                        + "each object is committed with its journal row, " + (options.perObject()
                        ? "and apply goes on after a failure" : "apply stops at the first failure")
                        + ", and --resume continues after a fix");
                out.flush();
            }
            ApplyResult result = apply.apply(objects, where);
            Report report = result.dryRun() ? null : ApplyResultsInReport.record(outDir, result);
            int status = summarize(result, options);
            if (report != null) {
                out.println("  " + report.validation().objectsNotInScript() + " of the report's " + report.objects().size()
                        + " objects are not in schema.sql (not converted or commented out: see their action items); "
                        + "results in " + outDir.resolve("report.html"));
            }
            return status;
        } catch (ApplyException e) {
            err.println("schemashift: " + e.getMessage());
            return ExitCodes.of(e.kind());
        } catch (IOException e) {
            err.println("schemashift: cannot update " + outDir.resolve("report.json") + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int summarize(ApplyResult result, SchemaApply.Options options) {
        String counts = result.count(ObjectResult.Outcome.CREATED) + (result.dryRun() ? " would be created, " : " created, ")
                + result.count(ObjectResult.Outcome.UNCHANGED) + " unchanged, " + result.failures() + " failed or refused"
                + (result.count(ObjectResult.Outcome.COMMENTED_OUT) == 0 ? ""
                        : ", " + result.count(ObjectResult.Outcome.COMMENTED_OUT) + " commented out (see their action items)");
        if (result.firstFailure().isEmpty()) {
            out.println((result.dryRun() ? "dry run, nothing changed: " : "applied: ") + counts);
            return ExitCodes.OK;
        }
        for (ObjectResult r : result.objects()) {
            if (r.outcome() == ObjectResult.Outcome.REFUSED || r.outcome() == ObjectResult.Outcome.FAILED) {
                err.println("schemashift: " + r.outcome().id() + ": " + r.object().describe() + ": " + r.message());
            }
        }
        ObjectResult first = result.firstFailure().get();
        if (result.dryRun()) {
            out.println("dry run, nothing changed: " + counts);
        } else if (result.count(ObjectResult.Outcome.CREATED) == 0) {
            err.println("schemashift: nothing was applied (" + result.count(ObjectResult.Outcome.ROLLED_BACK)
                    + " objects rolled back, " + result.count(ObjectResult.Outcome.NOT_RUN) + " not run)");
        } else {
            err.println("schemashift: " + counts + "; the created objects are committed; fix schema.sql and run again with --resume");
        }
        return ExitCodes.of(first.failure());
    }
}
