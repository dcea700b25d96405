package org.schemashift.emit;

import org.schemashift.model.ForeignKey;
import org.schemashift.plan.PlannedStep;

/** ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY, as the SQL standard spells it and every target takes it. */
public final class ForeignKeyStatement {

    private ForeignKeyStatement() {
    }

    /** The statement up to its referential actions; the target appends what it adds (DEFERRABLE) and ';'. */
    public static String of(PlannedStep.AddForeignKey step, EmitContext context) {
        ForeignKey fk = step.foreignKey();
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(context.qualified(step.tableName()))
                .append(" ADD CONSTRAINT ").append(context.quote(step.name()))
                .append(" FOREIGN KEY (").append(context.columnList(fk.columns())).append(") REFERENCES ")
                .append(context.qualified(step.parent()));
        if (!fk.refColumns().isEmpty()) sql.append(" (").append(context.columnList(fk.refColumns())).append(')');
        if (fk.onDelete() != null) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != null) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        return sql.toString();
    }
}
