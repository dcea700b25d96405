package org.schemashift.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the objects of a plan in order, in the transactions its {@link ApplyMode} asks for,
 * recording each in the journal in the same transaction as the object itself.
 */
final class ObjectRunner {
    private final Connection connection;
    private final TargetDatabase target;
    private final Journal journal;
    private final ApplyMode mode;
    private final ApplyProgress progress;

    ObjectRunner(Connection connection, TargetDatabase target, Journal journal, ApplyMode mode, ApplyProgress progress) {
        this.connection = connection;
        this.target = target;
        this.journal = journal;
        this.mode = mode;
        this.progress = progress;
    }

    List<ObjectResult> run(ApplyPlan plan) throws SQLException {
        List<ObjectResult> results = new ArrayList<>();
        boolean stopped = false;
        int total = plan.steps().size();
        for (int i = 0; i < total; i++) {
            ApplyPlan.Step step = plan.steps().get(i);
            ObjectResult result;
            if (stopped) {
                result = ObjectResult.of(step.object(), ObjectResult.Outcome.NOT_RUN);
            } else if (step.action() == ApplyPlan.Action.SKIP) {
                result = ObjectResult.of(step.object(), ObjectResult.Outcome.UNCHANGED);
            } else if (step.object().statements().isEmpty()) {
                result = ObjectResult.of(step.object(), ObjectResult.Outcome.COMMENTED_OUT);
            } else if (step.action() == ApplyPlan.Action.REFUSE) {
                result = new ObjectResult(step.object(), ObjectResult.Outcome.REFUSED, FailureKind.REFUSED, step.reason());
            } else {
                progress.starting(i + 1, total, step.object());
                result = runOne(step.object());
                stopped = result.isFailure() && !mode.continueAfterFailure();
            }
            progress.finished(i + 1, total, result);
            results.add(result);
        }
        if (mode.singleTransaction()) return endTransaction(results, stopped);
        return results;
    }

    private ObjectResult runOne(ScriptObject object) throws SQLException {
        Savepoint savepoint = mode.singleTransaction() && mode.continueAfterFailure() ? connection.setSavepoint() : null;
        int done = 0;
        try (Statement statement = connection.createStatement()) {
            // run the text exactly as written: no JDBC {fn ...} escape rewriting
            statement.setEscapeProcessing(false);
            for (String sql : object.statements()) {
                statement.execute(sql);
                done++;
            }
            journal.recordApplied(object);
            if (!mode.singleTransaction()) connection.commit();
            return ObjectResult.of(object, ObjectResult.Outcome.CREATED);
        } catch (SQLException e) {
            if (savepoint != null) {
                connection.rollback(savepoint);
            } else {
                connection.rollback();
            }
            ObjectResult failed = failure(object, e, done);
            if (!mode.singleTransaction()) {
                journal.recordFailed(object, failed.message());
                connection.commit();
            }
            return failed;
        }
    }

    private ObjectResult failure(ScriptObject object, SQLException e, int statementsDone) {
        String message = firstLine(e.getMessage());
        if (statementsDone > 0 && !target.transactionalDdl()) {
            // the rollback could not undo them, and a retry would find them
            message += " (statement " + (statementsDone + 1) + " of " + object.statements().size() + "; the "
                    + (statementsDone == 1 ? "first statement was" : "first " + statementsDone + " statements were")
                    + " committed, as " + target.dialectId() + " commits DDL as it runs: undo "
                    + (statementsDone == 1 ? "it" : "them") + " before --resume)";
        }
        if (target.isAlreadyExists(e)) {
            return new ObjectResult(object, ObjectResult.Outcome.REFUSED, FailureKind.REFUSED,
                    "exists in the database but SchemaShift's journal has no record of creating it; not overwritten ("
                            + message + ")");
        }
        return new ObjectResult(object, ObjectResult.Outcome.FAILED, target.classify(e), message);
    }

    /** Commits, or rolls back a dry run or a failed all-or-nothing apply (objects that ran become ROLLED_BACK). */
    private List<ObjectResult> endTransaction(List<ObjectResult> results, boolean failed) throws SQLException {
        if (!failed && !mode.rollbackAtEnd()) {
            connection.commit();
            return results;
        }
        connection.rollback();
        if (mode.rollbackAtEnd()) return results; // a dry run: "created" means "would be created"
        return results.stream().map(r -> r.outcome() == ObjectResult.Outcome.CREATED
                ? ObjectResult.of(r.object(), ObjectResult.Outcome.ROLLED_BACK) : r).toList();
    }

    static String firstLine(String message) {
        if (message == null) return "(no message)";
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
