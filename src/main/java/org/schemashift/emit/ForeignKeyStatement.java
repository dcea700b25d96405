package org.schemashift.emit;

import java.util.List;
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

    /**
     * The statement; {@code suffix} is what the target adds after the referential actions (DEFERRABLE).
     * {@code explicitParentColumns}: name the parent's key columns where the source left them
     * implicit (MySQL requires the list; PostgreSQL reads an omitted list as the primary key).
     */
    public static EmittedObject of(PlannedStep.AddForeignKey step, String suffix, boolean explicitParentColumns,
                                   EmitContext context) {
        ForeignKey fk = step.foreignKey();
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(context.qualified(step.tableName()))
                .append(" ADD CONSTRAINT ").append(context.quote(step.name()))
                .append(" FOREIGN KEY (").append(context.columnList(step.table().name(), fk.columns())).append(") REFERENCES ")
                .append(context.qualified(step.parent()));
        List<String> parentColumns = explicitParentColumns ? step.parentColumns() : fk.refColumns();
        if (!parentColumns.isEmpty()) sql.append(" (").append(context.columnList(fk.refTable(), parentColumns)).append(')');
        if (fk.onDelete() != null) sql.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.onUpdate() != null) sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        sql.append(suffix).append(context.notValid(fk.validated(), fk.span(), "foreign key " + step.name())).append(';');
        return new EmittedObject(ObjectKind.CONSTRAINT, step.name(), step.commentedOut() ? "-- " + sql : sql.toString(), fk.span());
    }
}
