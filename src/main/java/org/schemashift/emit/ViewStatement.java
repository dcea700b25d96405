package org.schemashift.emit;

import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.schemashift.model.View;
import org.schemashift.plan.PlannedStep;

/**
 * CREATE VIEW name (columns) AS query [WITH CHECK OPTION], as standard SQL spells it, and CREATE
 * TABLE name (columns) AS query for a table created from a query; one whose query was not
 * converted is kept commented out under the statement head.
 */
public final class ViewStatement {

    private ViewStatement() {
    }

    /** {@code CREATE <kind>name (columns) AS}; {@code kind} is "VIEW ", "TABLE " or the target's materialized kind. */
    public static String head(PlannedStep.CreateView step, String kind, EmitContext context) {
        View view = step.view();
        String columns = view.columns().isEmpty() ? ""
                : " (" + view.columns().stream().map(context::quotedName).collect(Collectors.joining(", ")) + ")";
        return "CREATE " + kind + context.qualified(step.name()) + columns + " AS";
    }

    /** The view as the target's text; {@code after} (comments) follows the statement. */
    public static EmittedObject of(PlannedStep.CreateView step, String head, String after, EmitContext context) {
        return of(step, head, UnaryOperator.identity(), after, context);
    }

    /** The same, the written query put in its place by {@code query} (a target that spells the column list there). */
    public static EmittedObject of(PlannedStep.CreateView step, String head, UnaryOperator<String> placed, String after,
                                   EmitContext context) {
        View view = step.view();
        String qualified = context.qualified(step.name());
        String query = step.converted() ? context.written(view.query(), view.span()) : null;
        if (query == null) {
            String original = view.sourceText().strip().replace("\r", "");
            return new EmittedObject(view.objectKind(), qualified, "-- not converted: " + head + "\n-- "
                    + original.replace("\n", "\n-- "), view.span());
        }
        String sql = head + "\n" + placed.apply(query)
                + (view.checkOption() ? "\nWITH CHECK OPTION" : "") + ";" + after;
        return new EmittedObject(view.objectKind(), qualified, sql, view.span());
    }
}
