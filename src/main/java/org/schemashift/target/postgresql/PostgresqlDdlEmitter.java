package org.schemashift.target.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.target.EmittedObject;

/**
 * Writes a converted catalog as PostgreSQL DDL in apply order: schemas, tables (with columns,
 * primary key, unique and check constraints), indexes, foreign keys (after every table, so
 * cycles and forward references need no ordering), comments, then ON UPDATE triggers.
 */
final class PostgresqlDdlEmitter {
    private final ActionItems items;
    private final PostgresqlIdentifiers names;
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final PostgresqlExpressions expressions;

    PostgresqlDdlEmitter(NameCase sourceCase, ActionItems items) {
        this.items = items;
        this.names = new PostgresqlIdentifiers(sourceCase);
        this.tableNames = new TableNames(names);
        this.relations = new RelationNamespace(items);
        this.expressions = new PostgresqlExpressions(names);
    }

    List<EmittedObject> emit(Catalog catalog) {
        List<EmittedObject> out = new ArrayList<>();
        for (String schema : catalog.schemas()) {
            String name = tableNames.schema(schema);
            out.add(new EmittedObject(ObjectKind.SCHEMA, name,
                    "CREATE SCHEMA IF NOT EXISTS " + PostgresqlIdentifiers.quote(name) + ";", SourceSpan.UNKNOWN));
        }
        for (Table table : catalog.tables()) {
            String schema = table.name().schema() == null ? null : tableNames.schema(table.name().schema());
            String name = relations.claim(schema, tableNames.column(table.name().name()), table.span(), "table",
                    ActionCode.NAME_COLLISION);
            tableNames.put(table.name(), new TableNames.Target(schema, name));
        }
        PostgresqlTableWriter tables = new PostgresqlTableWriter(tableNames, relations, expressions, items);
        PostgresqlIndexWriter indexes = new PostgresqlIndexWriter(tableNames, relations, expressions, items);
        for (Table table : catalog.tables()) {
            out.add(tables.createTable(table));
        }
        for (Table table : catalog.tables()) {
            for (Index index : table.indexes()) {
                out.add(indexes.createIndex(table, index));
            }
        }
        UniqueKeys uniqueKeys = new UniqueKeys(catalog.tables());
        for (Table table : catalog.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                out.add(tables.addForeignKey(table, fk, uniqueKeys));
            }
        }
        for (Table table : catalog.tables()) {
            EmittedObject comments = tables.comments(table);
            if (comments != null) out.add(comments);
        }
        PostgresqlOnUpdateTriggerWriter triggers = new PostgresqlOnUpdateTriggerWriter(tableNames, items);
        for (Table table : catalog.tables()) {
            List<Column> onUpdate = table.columns().stream().filter(c -> c.onUpdate() != null && c.onUpdate().node() != null).toList();
            if (!onUpdate.isEmpty()) out.add(triggers.create(table, onUpdate, expressions));
        }
        addCompatFunctions(out, catalog.schemas().size());
        return out;
    }

    /** The helper functions the written expressions call, right after the schemas, before any use. */
    private void addCompatFunctions(List<EmittedObject> out, int afterSchemas) {
        if (expressions.helpersUsed().isEmpty()) return;
        out.add(afterSchemas, new EmittedObject(ObjectKind.FUNCTION, "oracle_compat",
                CompatFunctions.script(expressions.helpersUsed()).strip(), SourceSpan.UNKNOWN));
    }
}
