package org.schemashift.apply;

import java.io.IOException;
import org.schemashift.model.IoErrors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Applies OUT/schema.sql to a database: read the objects, connect, read the journal, plan,
 * then run (or rehearse, for a dry run). Failures before any object runs (connection,
 * authentication, the journal itself) are thrown as {@link ApplyException}; failures of
 * objects are results.
 */
public final class SchemaApply {

    /** {@code schema} may be null: the session's current schema. */
    public record Options(String schema, boolean perObject, boolean resume, boolean dryRun) {}

    private final TargetDatabase target;
    private final Options options;
    private final ApplyProgress progress;

    /** @throws IllegalArgumentException for a dry run on a target whose DDL commits as it runs (a usage error) */
    public SchemaApply(TargetDatabase target, Options options, ApplyProgress progress) {
        if (options.dryRun() && !target.transactionalDdl()) {
            throw new IllegalArgumentException("--dry-run rehearses in a transaction that is rolled back, but "
                    + target.dialectId() + " commits every DDL statement as it runs: a rehearsal would create the objects");
        }
        this.target = target;
        this.options = options;
        this.progress = progress;
    }

    public static List<ScriptObject> readScript(Path outDir, TargetDatabase target) {
        return readScript(outDir, "schema.sql", target);
    }

    /** The objects of OUT/{@code fileName}: schema.sql, or one phase of it (pre-data.sql, post-data.sql). */
    public static List<ScriptObject> readScript(Path outDir, String fileName, TargetDatabase target) {
        Path script = outDir.resolve(fileName);
        if (!Files.isDirectory(outDir)) {
            throw new IllegalArgumentException("cannot apply " + outDir + ": " + (Files.exists(outDir)
                    ? "not a directory (give the folder convert -o wrote)" : "no such directory (run convert -o " + outDir + " first)"));
        }
        if (!Files.exists(script)) {
            throw new IllegalArgumentException("cannot apply " + outDir + ": it has no " + fileName + " (run convert -o " + outDir + " first)");
        }
        try {
            return SchemaScriptReader.read(Files.readString(script, StandardCharsets.UTF_8), target.splitter());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + script + ": " + IoErrors.cause(e));
        }
    }

    public ApplyResult apply(List<ScriptObject> objects, ConnectionSettings settings) {
        try (Connection connection = connect(settings)) {
            String schema = target.useSchema(connection, options.schema());
            lock(connection, schema);
            try {
                return applyLocked(objects, connection, schema);
            } finally {
                unlock(connection, schema);
            }
        } catch (SQLException e) {
            throw new ApplyException(target.classify(e), ObjectRunner.firstLine(e.getMessage()));
        }
    }

    private ApplyResult applyLocked(List<ScriptObject> objects, Connection connection, String schema) throws SQLException {
        Journal journal = new Journal(connection, target, schema);
        ApplyPlan plan = ApplyPlan.of(objects, readJournal(journal), options.resume());
        ApplyMode mode = ApplyMode.choose(target, options.perObject(), options.dryRun());
        if (!plan.refusals().isEmpty() && !options.dryRun()) {
            return new ApplyResult(plan.withoutRunning(), false);
        }
        prepare(connection, schema, journal, mode);
        return new ApplyResult(new ObjectRunner(connection, target, journal, mode, progress).run(plan), options.dryRun());
    }

    /**
     * Releases the apply lock before the connection closes. A session left in a failed transaction
     * cannot run the unlock; closing the connection then releases it, as it does for a killed run.
     */
    private void unlock(Connection connection, String schema) {
        try {
            if (!connection.getAutoCommit()) connection.rollback();
            target.unlockSchema(connection, schema);
        } catch (SQLException e) {
            // the session's end releases the lock
        }
    }

    private Connection connect(ConnectionSettings settings) {
        try {
            return target.connect(settings);
        } catch (SQLException e) {
            throw new ApplyException(target.classify(e), "cannot connect to " + settings + ": " + ObjectRunner.firstLine(e.getMessage()));
        }
    }

    /** Refuses to go on while another apply (or dry run) to the same schema runs; the lock ends with the connection. */
    private void lock(Connection connection, String schema) throws SQLException {
        String holder = target.tryLockSchema(connection, schema);
        if (holder != null) {
            throw new ApplyException(FailureKind.REFUSED, "another apply to " + schema + " is running (" + holder
                    + "); nothing was done: run again when it has finished");
        }
    }

    private Map<String, Journal.Entry> readJournal(Journal journal) {
        try {
            return journal.read();
        } catch (SQLException e) {
            throw new ApplyException(target.classify(e), "cannot read the journal " + journal.describe() + ": "
                    + ObjectRunner.firstLine(e.getMessage()));
        }
    }

    /** The schema and the journal table, in the first transaction (committed alone when objects commit one by one). */
    private void prepare(Connection connection, String schema, Journal journal, ApplyMode mode) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (options.schema() != null) target.createSchemaIfMissing(connection, schema);
            journal.createIfMissing();
            if (!mode.singleTransaction()) connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new ApplyException(target.classify(e), "cannot create the journal " + journal.describe() + ": "
                    + ObjectRunner.firstLine(e.getMessage()));
        }
    }
}
