package org.schemashift.emit.postgresql;

import static org.schemashift.emit.postgresql.PostgresqlIdentifiers.quote;

import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Table;

/**
 * MySQL's ON UPDATE CURRENT_TIMESTAMP as a BEFORE UPDATE trigger: like MySQL, the column is
 * set only when the row changes and the UPDATE did not assign the column itself.
 */
final class PostgresqlOnUpdateTriggerWriter {
    private final TableNames tableNames;
    private final ActionItems items;

    PostgresqlOnUpdateTriggerWriter(TableNames tableNames, ActionItems items) {
        this.tableNames = tableNames;
        this.items = items;
    }

    EmittedObject create(Table table, List<Column> columns, PostgresqlExpressions expressions) {
        TableNames.Target target = tableNames.of(table.name());
        String baseName = PostgresqlIdentifiers.shorten(target.name() + "_on_update");
        String function = target.schema() == null ? quote(baseName) : quote(target.schema()) + "." + quote(baseName);
        StringBuilder body = new StringBuilder();
        for (Column column : columns) {
            items.add(PostgresqlCode.ON_UPDATE_TRIGGER, column.span(), table.name() + "." + column.name()
                    + ": trigger " + baseName);
            String col = quote(tableNames.column(column.name()));
            body.append("    IF NEW IS DISTINCT FROM OLD AND NEW.").append(col).append(" IS NOT DISTINCT FROM OLD.").append(col)
                    .append(" THEN\n        NEW.").append(col).append(" := ").append(expressions.write(column.onUpdate().node()))
                    .append(";\n    END IF;\n");
        }
        String sql = "CREATE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n" + body
                + "    RETURN NEW;\nEND\n$$;\n"
                + "CREATE TRIGGER " + quote(baseName) + " BEFORE UPDATE ON " + target.sql()
                + " FOR EACH ROW EXECUTE FUNCTION " + function + "();";
        return new EmittedObject(ObjectKind.TRIGGER, baseName, sql, columns.get(0).span());
    }
}
