package org.schemashift.emit.mysql;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.Table;

/** Each table's {@link MySqlTableLayout}, computed once, so the table and its later indexes agree on column types. */
final class MySqlTableLayouts {
    private final Map<String, MySqlTableLayout> byTable = new HashMap<>();

    MySqlTableLayout of(Table table) {
        return byTable.computeIfAbsent(table.name().key(), k -> new MySqlTableLayout(table));
    }
}
