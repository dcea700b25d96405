package org.schemashift.emit;

import org.schemashift.model.ForeignKey;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;

/**
 * ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY, as the SQL standard spells it and every target
 * takes it; commented out where the plan says the target would reject it.
 */
public final class ForeignKeyStatement {

    private ForeignKeyStatement() {
    }

    /** The statement; {@code suffix} is what the target adds after the referential actions (DEFERRABLE). */
    public static EmittedObject of(PlannedStep.AddForeignKey step, String suffix, EmitContext context) {
        ForeignKey fk = step.foreignKey();
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(context.qualified(step.tableName()))
                .append(" ADD CONSTRAINT ").append(context.quote(step.name()))
                .append(" FOREIGN KEY (").append(context.columnList(fk.columns())).append(") REFERENCES ")
                .append(context.qualified(step.parent()));
        if (!fk.refColumns().isEmpty()) sql.append(" (").append(context.columnList(fk.refColumns())).append(')');
        if (fk.onDelete() != null) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != null) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        sql.append(suffix).append(';');
        return new EmittedObject(ObjectKind.CONSTRAINT, step.name(), step.commentedOut() ? "-- " + sql : sql.toString(), fk.span());
    }
}
