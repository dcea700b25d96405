package org.schemashift.emit.postgresql;

import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.TargetName;

/**
 * Column clauses PostgreSQL has no form of, as BEFORE row triggers. MySQL's ON UPDATE
 * CURRENT_TIMESTAMP: like MySQL, the column is set only when the row changes and the UPDATE did
 * not assign the column itself. Oracle's DEFAULT ON NULL: an inserted NULL takes the default, or
 * the identity's next value (NOT NULL is checked after BEFORE triggers, so the column keeps its constraint).
 */
record PostgresqlColumnTriggerWriter(EmitContext context) {
    EmittedObject create(PlannedStep.AddOnUpdateTrigger step) {
        StringBuilder body = new StringBuilder();
        for (Column column : step.columns()) {
            context.items().add(PostgresqlCode.ON_UPDATE_TRIGGER, column.span(), step.table().name() + "." + column.name()
                    + ": trigger " + baseName(step.tableName(), "_on_update"));
            String col = context.quotedColumn(step.table().name(), column.name());
            body.append("    IF NEW IS DISTINCT FROM OLD AND NEW.").append(col).append(" IS NOT DISTINCT FROM OLD.").append(col)
                    .append(" THEN\n        NEW.").append(col).append(" := ")
                    .append(context.expressions().write(column.onUpdate().node())).append(";\n    END IF;\n");
        }
        return trigger(step.tableName(), "_on_update", "UPDATE", body, step.columns().get(0));
    }

    EmittedObject create(PlannedStep.AddDefaultOnNullTrigger step) {
        StringBuilder body = new StringBuilder();
        boolean onUpdate = step.columns().stream().anyMatch(Column::defaultOnNullOnUpdate);
        for (Column column : step.columns()) {
            String col = context.quotedColumn(step.table().name(), column.name());
            String value = column.identity() != null ? nextIdentity(step, column) : context.expressions().write(column.defaultValue().node());
            String insertOnly = onUpdate && !column.defaultOnNullOnUpdate() ? "TG_OP = 'INSERT' AND " : "";
            body.append("    IF ").append(insertOnly).append("NEW.").append(col).append(" IS NULL THEN\n        NEW.").append(col)
                    .append(" := ").append(value).append(";\n    END IF;\n");
        }
        return trigger(step.tableName(), "_default_on_null", onUpdate ? "INSERT OR UPDATE" : "INSERT", body, step.columns().get(0));
    }

    /** The identity's next value: its sequence by the table's name (parsed as SQL) and the column's (taken literally). */
    private String nextIdentity(PlannedStep.AddDefaultOnNullTrigger step, Column column) {
        return "nextval(pg_get_serial_sequence(" + literal(context.qualified(step.tableName())) + ", "
                + literal(context.naming().column(step.table().name(), column.name())) + "))";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String baseName(TargetName table, String suffix) {
        return PostgresqlIdentifiers.shorten(table.name() + suffix);
    }

    private EmittedObject trigger(TargetName table, String suffix, String event, StringBuilder body, Column first) {
        String baseName = baseName(table, suffix);
        String function = context.qualified(table.schema(), baseName);
        String sql = "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "    RETURN NEW;\nEND\n$$;\n"
                + "CREATE TRIGGER " + context.quote(baseName) + " BEFORE " + event + " ON " + context.qualified(table)
                + " FOR EACH ROW EXECUTE FUNCTION " + function + "();";
        return new EmittedObject(ObjectKind.TRIGGER, baseName, sql, first.span());
    }
}
