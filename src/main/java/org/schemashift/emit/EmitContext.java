package org.schemashift.emit;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.plan.DdlPlan;
import org.schemashift.plan.TargetName;
import org.schemashift.plan.TargetNaming;

/**
 * What every writer of one target needs while spelling a plan: the plan (names, namespace), the
 * target's expression writer and the action items. One record instead of the same collaborators
 * in every writer's constructor.
 */
public record EmitContext(DdlPlan plan, ExpressionWriter expressions, ActionItems items) {

    /** This context for a table's own expressions (checks, defaults, generated columns, index keys): bare columns are the table's. */
    public EmitContext within(ObjectName table) {
        return new EmitContext(plan, expressions.within(ReferenceScope.table(table)), items);
    }

    public TargetNaming naming() {
        return plan.naming();
    }

    /** The target name of a source name (column, constraint...), unquoted. */
    public String name(String sourceName) {
        return plan.naming().name(sourceName);
    }

    /** The target name of a source name, quoted where needed. */
    public String quotedName(String sourceName) {
        return plan.naming().quote(name(sourceName));
    }

    public String quote(String targetName) {
        return plan.naming().quote(targetName);
    }

    public String qualified(TargetName name) {
        return plan.naming().qualified(name);
    }

    public String qualified(String schema, String name) {
        return plan.naming().qualified(schema, name);
    }

    /** Source column names of {@code table} as a quoted, comma-separated target list. */
    public String columnList(ObjectName table, List<String> sourceColumns) {
        return plan.naming().columnList(table, sourceColumns);
    }

    /** The target name of column {@code column} of {@code table}, quoted where needed. */
    public String quotedColumn(ObjectName table, String column) {
        return plan.naming().quote(plan.naming().column(table, column));
    }

    /**
     * What follows a check or foreign key the source never validated against its rows (Oracle
     * ENABLE NOVALIDATE, SQL Server WITH NOCHECK): NOT VALID where the target has it, so the loaded
     * rows are not checked (an INFO item says how to validate them later); elsewhere nothing, and
     * an item says the target checks the rows when the constraint is added.
     */
    public String notValid(boolean validated, SourceSpan span, String what) {
        if (validated) return "";
        if (plan.scopes().capabilities().constraints().notValid()) {
            items.add(GeneralCode.CONSTRAINT_NOT_VALID, span, what + " is added NOT VALID: the source never checked its old rows");
            return " NOT VALID";
        }
        items.add(GeneralCode.UNVALIDATED_CONSTRAINT_CHECKED, span, what + " was not validated in the source; "
                + plan.scopes().capabilities().displayName() + " checks every existing row when it is added");
        return "";
    }

    /**
     * The converted expression as target text; null when it was not converted or the target cannot
     * spell it (an action item says why), so the clause must be commented out.
     */
    public String written(Expr expr, SourceSpan where) {
        return expr.node() == null ? null : expressions.writeIfSpellable(expr.node(), where, items);
    }

    /** The expression as target text where it can be written, else as the source wrote it (for a clause commented out anyway). */
    public String writeOrSource(Expr expr, SourceSpan where) {
        String written = written(expr, where);
        return written == null ? expr.sourceText() : written;
    }
}
