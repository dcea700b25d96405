package org.schemashift.emit.mysql;

import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ViewStatement;
import org.schemashift.model.View;
import org.schemashift.plan.PlannedStep;

/**
 * Views; a materialized view becomes a plain view, and comments on views are reported (MySQL has
 * none). A table created from a query is CREATE TABLE ... AS query; MySQL reads a column list
 * there as new columns, not as names of the query's, so the names go on a WITH of the query.
 */
record MySqlViewWriter(EmitContext context) {
    EmittedObject createView(PlannedStep.CreateView step) {
        View view = step.view();
        if (view.tableAsSelect()) return tableAsSelect(step);
        if (view.materialized()) {
            context.items().add(MySqlTargetCode.MATERIALIZED_VIEW, view.span(), "materialized view " + view.name()
                    + " becomes a view computed on each read");
        }
        for (View.CommentedAt comment : view.commentedAt()) {
            context.items().add(MySqlTargetCode.VIEW_COMMENT, comment.span(), (comment.column() == null ? "comment on view "
                    : "comment on column " + comment.column() + " of view ") + view.name() + " is not kept");
        }
        return ViewStatement.of(step, ViewStatement.head(step, "VIEW ", context), "", context);
    }

    private EmittedObject tableAsSelect(PlannedStep.CreateView step) {
        List<String> columns = step.view().columns();
        String head = "CREATE TABLE " + context.qualified(step.name()) + " AS";
        if (columns.isEmpty()) return ViewStatement.of(step, head, "", context);
        String named = "WITH ss_columns (" + columns.stream().map(context::quotedName).collect(Collectors.joining(", ")) + ") AS (\n";
        return ViewStatement.of(step, head, query -> named + query + "\n)\nSELECT * FROM ss_columns", "", context);
    }
}
