package org.schemashift.pipeline;

import org.schemashift.convert.ActionItems;
import org.schemashift.model.Catalog;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Table;

/**
 * Flags, once per run, that the AWS DMS table mappings ({@link DmsTableMappings}) must locate tables
 * named without a schema in every schema, because neither the user ({@code --source-schema}) nor the
 * source dialect says where they live. The item sits on the first
 * such table and counts the others, so the report names a line without repeating itself per table.
 */
final class UnqualifiedTables {
    private UnqualifiedTables() {
    }

    static void flag(Catalog catalog, String sourceSchema, ActionItems items) {
        if (sourceSchema != null) return;
        Table first = null;
        int count = 0;
        for (Table table : catalog.tables()) {
            if (table.name().schema() != null || table.temporary()) continue;
            if (first == null) first = table;
            count++;
        }
        if (first == null) return;
        items.add(GeneralCode.UNQUALIFIED_TABLES_COPIED_FROM_ANY_SCHEMA, first.span(), count + (count == 1 ? " table" : " tables")
                + " (" + first.name().name() + (count == 1 ? "" : " and others") + ") named without a schema and no --source-schema: "
                + "dms-table-mappings.json selects them in every source schema ('%')");
    }
}
