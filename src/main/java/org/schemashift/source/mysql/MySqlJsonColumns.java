package org.schemashift.source.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Table;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * MariaDB's JSON type is an alias of LONGTEXT with a CHECK (json_valid(column)) the server adds itself
 * (https://mariadb.com/kb/en/json-data-type/), and its dumps write a JSON column so:
 * {@code j longtext ... CHECK (json_valid(j))}. Such a column is read as the JSON column it was declared, which
 * each target's JSON type stores; the check, which that type enforces, is left out.
 */
final class MySqlJsonColumns {
    private static final DataType JSON = new DataType("json", null, null, Set.of(), List.of(), null, null, "json");

    private MySqlJsonColumns() {
    }

    static Catalog complete(Catalog catalog, ActionItems items) {
        List<Table> tables = new ArrayList<>(catalog.tables().size());
        for (Table table : catalog.tables()) tables.add(jsonColumns(table, items));
        return catalog.withTables(tables);
    }

    private static Table jsonColumns(Table table, ActionItems items) {
        Map<String, Column> byName = new HashMap<>();
        for (Column column : table.columns()) byName.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
        Map<String, CheckConstraint> validated = new HashMap<>();
        for (CheckConstraint check : table.checks()) {
            String column = validatedColumn(check);
            Column declared = column == null ? null : byName.get(column.toLowerCase(Locale.ROOT));
            if (declared != null && declared.type().name().equals("longtext") && check.enforced()) {
                validated.putIfAbsent(declared.name().toLowerCase(Locale.ROOT), check);
            }
        }
        if (validated.isEmpty()) return table;
        List<Column> columns = new ArrayList<>(table.columns().size());
        for (Column column : table.columns()) {
            CheckConstraint check = validated.get(column.name().toLowerCase(Locale.ROOT));
            if (check == null) {
                columns.add(column);
                continue;
            }
            columns.add(column.withType(JSON));
            items.add(MySqlCode.MARIADB_JSON_COLUMN, check.span(), table.name() + "." + column.name());
        }
        Set<CheckConstraint> dropped = new HashSet<>(validated.values());
        List<CheckConstraint> checks = table.checks().stream().filter(c -> !dropped.contains(c)).toList();
        return table.withColumns(columns).withChecks(checks);
    }

    /** The column c of a check json_valid(c), else null. */
    private static String validatedColumn(CheckConstraint check) {
        if (!"JSON_VALID".equals(PseudoFunctions.name(check.condition().node()))) return null;
        List<?> operands = ((SqlCall) check.condition().node()).getOperandList();
        return operands.size() == 1 && operands.get(0) instanceof SqlIdentifier id && id.isSimple() ? id.getSimple() : null;
    }
}
