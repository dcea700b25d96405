package org.schemashift.emit.postgresql;

import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.TargetName;

/**
 * MySQL's ON UPDATE CURRENT_TIMESTAMP as a BEFORE UPDATE trigger: like MySQL, the column is
 * set only when the row changes and the UPDATE did not assign the column itself.
 */
record PostgresqlOnUpdateTriggerWriter(EmitContext context) {
    EmittedObject create(PlannedStep.AddOnUpdateTrigger step) {
        TargetName target = step.tableName();
        String baseName = PostgresqlIdentifiers.shorten(target.name() + "_on_update");
        String function = context.qualified(target.schema(), baseName);
        StringBuilder body = new StringBuilder();
        for (Column column : step.columns()) {
            context.items().add(PostgresqlCode.ON_UPDATE_TRIGGER, column.span(), step.table().name() + "." + column.name()
                    + ": trigger " + baseName);
            String col = context.quotedName(column.name());
            body.append("    IF NEW IS DISTINCT FROM OLD AND NEW.").append(col).append(" IS NOT DISTINCT FROM OLD.").append(col)
                    .append(" THEN\n        NEW.").append(col).append(" := ")
                    .append(context.expressions().write(column.onUpdate().node())).append(";\n    END IF;\n");
        }
        String sql = "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "    RETURN NEW;\nEND\n$$;\n"
                + "CREATE TRIGGER " + context.quote(baseName) + " BEFORE UPDATE ON " + context.qualified(target)
                + " FOR EACH ROW EXECUTE FUNCTION " + function + "();";
        return new EmittedObject(ObjectKind.TRIGGER, baseName, sql, step.columns().get(0).span());
    }
}
