package org.schemashift.emit.postgresql;

import java.util.Map;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ViewStatement;
import org.schemashift.model.View;
import org.schemashift.plan.PlannedStep;

/**
 * Views, materialized views and tables created from a query (CREATE TABLE ... AS, which takes a
 * column list as a view does), with their comments as COMMENT ON statements after each CREATE.
 */
record PostgresqlViewWriter(EmitContext context) {
    EmittedObject createView(PlannedStep.CreateView step) {
        String kind = step.view().kind() == View.Kind.VIEW ? "VIEW " : step.view().materialized() ? "MATERIALIZED VIEW " : "TABLE ";
        String head = ViewStatement.head(step, kind, context);
        return ViewStatement.of(step, head, step.converted() ? comments(step, kind) : "", context);
    }

    /** COMMENT ON the view and its columns, each on its own line after the CREATE. */
    private String comments(PlannedStep.CreateView step, String kind) {
        View view = step.view();
        String qualified = context.qualified(step.name());
        StringBuilder sql = new StringBuilder();
        if (view.comment() != null && !view.comment().isEmpty()) {
            sql.append("\nCOMMENT ON ").append(kind).append(qualified).append(" IS ")
                    .append(PostgresqlTableWriter.literal(view.comment())).append(';');
        }
        view.columnComments().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                sql.append("\nCOMMENT ON COLUMN ").append(qualified).append('.').append(context.quotedName(e.getKey()))
                        .append(" IS ").append(PostgresqlTableWriter.literal(e.getValue())).append(';'));
        return sql.toString();
    }
}
