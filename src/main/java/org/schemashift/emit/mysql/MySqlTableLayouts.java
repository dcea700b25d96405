package org.schemashift.emit.mysql;

import java.util.HashMap;
import java.util.Map;
import org.schemashift.model.Table;
import org.schemashift.plan.TargetNaming;

/**
 * Each table's {@link MySqlTableLayout}, computed once, so the table and its later indexes agree on
 * column types. Tables are found by the source's name rules: Oracle {@code "orders"} and
 * {@code ORDERS} are two tables with two layouts.
 */
final class MySqlTableLayouts {
    private final Map<String, MySqlTableLayout> byTable = new HashMap<>();
    private final TargetNaming naming;

    MySqlTableLayouts(TargetNaming naming) {
        this.naming = naming;
    }

    MySqlTableLayout of(Table table) {
        return byTable.computeIfAbsent(naming.sourceKey(table.name()), k -> new MySqlTableLayout(table, naming));
    }
}
