package org.schemashift.emit.mysql;

import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.ViewStatement;
import org.schemashift.model.View;
import org.schemashift.plan.PlannedStep;

/** Views; a materialized view becomes a plain view, and comments on views are reported (MySQL has none). */
record MySqlViewWriter(EmitContext context) {
    EmittedObject createView(PlannedStep.CreateView step) {
        View view = step.view();
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
}
