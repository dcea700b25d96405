package org.schemashift.emit;

import java.util.stream.Collectors;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.View;
import org.schemashift.plan.PlannedStep;

/**
 * CREATE VIEW name (columns) AS query [WITH CHECK OPTION], as standard SQL spells it; a view
 * whose query was not converted is kept commented out under the statement head.
 */
public final class ViewStatement {

    private ViewStatement() {
    }

    /** {@code CREATE <kind>name (columns) AS}; {@code kind} is "VIEW " or the target's materialized kind. */
    public static String head(PlannedStep.CreateView step, String kind, EmitContext context) {
        View view = step.view();
        String columns = view.columns().isEmpty() ? ""
                : " (" + view.columns().stream().map(context::quotedName).collect(Collectors.joining(", ")) + ")";
        return "CREATE " + kind + context.qualified(step.name()) + columns + " AS";
    }

    /** The view as the target's text; {@code after} (comments) follows the statement. */
    public static EmittedObject of(PlannedStep.CreateView step, String head, String after, EmitContext context) {
        View view = step.view();
        String qualified = context.qualified(step.name());
        String query = step.converted() ? context.written(view.query(), view.span()) : null;
        if (query == null) {
            String original = view.sourceText().strip().replace("\r", "");
            return new EmittedObject(ObjectKind.VIEW, qualified, "-- not converted: " + head + "\n-- "
                    + original.replace("\n", "\n-- "), view.span());
        }
        String sql = head + "\n" + query
                + (view.checkOption() ? "\nWITH CHECK OPTION" : "") + ";" + after;
        return new EmittedObject(ObjectKind.VIEW, qualified, sql, view.span());
    }
}
