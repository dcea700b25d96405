package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.TargetName;

/**
 * Oracle's DEFAULT ON NULL as a BEFORE INSERT trigger: an inserted NULL takes the default (and, for
 * FOR INSERT AND UPDATE columns, a BEFORE UPDATE one: an updated NULL too). One SET
 * statement, so no DELIMITER is needed; MySQL (5.7+) and MariaDB (10.5+) check NOT NULL after
 * BEFORE triggers, so the column keeps its constraint.
 */
record MySqlDefaultOnNullTrigger(EmitContext context) {
    /** MySQL's limit on a trigger name. */
    private static final int MAX_NAME = 64;

    EmittedObject create(PlannedStep.AddDefaultOnNullTrigger step) {
        EmittedObject onInsert = trigger(step, "INSERT", "_default_on_null", step.columns());
        EmittedObject onUpdate = trigger(step, "UPDATE", "_default_on_null_upd",
                step.columns().stream().filter(Column::defaultOnNullOnUpdate).toList());
        if (onUpdate == null) return onInsert;
        return new EmittedObject(ObjectKind.TRIGGER, onInsert.name(), onInsert.sql() + "\n" + onUpdate.sql(), onInsert.origin());
    }

    private EmittedObject trigger(PlannedStep.AddDefaultOnNullTrigger step, String event, String suffix, List<Column> columns) {
        TargetName table = step.tableName();
        List<String> assignments = new ArrayList<>();
        for (Column column : columns) {
            if (column.identity() != null) continue;   // AUTO_INCREMENT already gives an inserted NULL the next value
            String col = "NEW." + context.quotedColumn(step.table().name(), column.name());
            String value = context.written(column.defaultValue(), column.span());
            if (value != null) assignments.add(col + " = COALESCE(" + col + ", " + value + ")");
        }
        if (assignments.isEmpty()) return null;
        String name = table.name() + suffix;
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        String sql = "CREATE TRIGGER " + context.qualified(table.schema(), name) + " BEFORE " + event + " ON " + context.qualified(table)
                + " FOR EACH ROW SET " + String.join(", ", assignments) + ";";
        return new EmittedObject(ObjectKind.TRIGGER, name, sql, step.columns().get(0).span());
    }
}
