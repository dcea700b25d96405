package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Grant;
import org.schemashift.model.Index;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.UserType;

/**
 * Writes a converted catalog as PostgreSQL DDL in apply order: schemas, user types, sequences
 * (before tables, so defaults can use them), tables (with columns, primary key, unique and check
 * constraints), indexes, foreign keys (after every table, so cycles and forward references need
 * no ordering), comments, ON UPDATE triggers, views (in dependency order), then synonyms as views.
 * Grants are reported, and written after everything else with {@link TargetOptions#grants()}.
 */
final class PostgresqlDdlEmitter {
    private final ActionItems items;
    private final PostgresqlIdentifiers names;
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final PostgresqlExpressions expressions;

    private final TargetOptions options;

    PostgresqlDdlEmitter(NameCase sourceCase, ActionItems items, TargetOptions options) {
        this.items = items;
        this.options = options;
        this.names = new PostgresqlIdentifiers(sourceCase);
        this.tableNames = new TableNames(names);
        this.relations = new RelationNamespace(items);
        this.expressions = new PostgresqlExpressions(names);
    }

    List<EmittedObject> emit(Catalog catalog) {
        List<EmittedObject> out = new ArrayList<>();
        Set<String> schemas = new java.util.LinkedHashSet<>();
        catalog.schemas().forEach(schema -> schemas.add(tableNames.schema(schema)));
        schemasOfQualifiedNames(catalog).forEach(schema -> schemas.add(tableNames.schema(schema)));
        for (String name : schemas) {
            out.add(new EmittedObject(ObjectKind.SCHEMA, name,
                    "CREATE SCHEMA IF NOT EXISTS " + PostgresqlIdentifiers.quote(name) + ";", SourceSpan.UNKNOWN));
        }
        PostgresqlSchemaObjectWriter objects = new PostgresqlSchemaObjectWriter(tableNames, relations, items);
        for (UserType type : catalog.types()) {
            out.add(objects.createType(type));
        }
        for (Sequence sequence : catalog.sequences()) {
            out.add(objects.createSequence(sequence));
        }
        for (Table table : catalog.tables()) {
            String schema = table.name().schema() == null ? null : tableNames.schema(table.name().schema());
            String name = relations.claim(schema, tableNames.column(table.name().name()), table.span(), "table",
                    GeneralCode.NAME_COLLISION);
            tableNames.put(table.name(), new TableNames.Target(schema, name));
        }
        PostgresqlTableWriter tables = new PostgresqlTableWriter(tableNames, relations, expressions, items);
        PostgresqlIndexWriter indexes = new PostgresqlIndexWriter(tableNames, relations, expressions, items);
        for (Table table : catalog.tables()) {
            out.add(tables.createTable(table));
        }
        for (Table table : catalog.tables()) {
            for (Index index : table.indexes()) {
                if (!servesConstraint(table, index)) out.add(indexes.createIndex(table, index));
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
        PostgresqlViewWriter views = new PostgresqlViewWriter(tableNames, relations, expressions, items);
        out.addAll(views.createViews(catalog.views()));
        Set<String> relationKeys = new HashSet<>();
        catalog.tables().forEach(t -> relationKeys.add(t.name().name().toLowerCase(Locale.ROOT)));
        catalog.views().forEach(v -> relationKeys.add(v.name().name().toLowerCase(Locale.ROOT)));
        for (Synonym synonym : catalog.synonyms()) {
            out.add(views.createSynonym(synonym, relationKeys.contains(synonym.target().name().toLowerCase(Locale.ROOT))));
        }
        for (Grant grant : catalog.grants()) {
            EmittedObject emitted = options.grants() ? objects.grant(grant, catalog) : null;
            if (emitted != null) out.add(emitted);
            else if (!options.grants()) objects.reportGrant(grant);
        }
        addCompatFunctions(out, schemas.size());
        return out;
    }

    /** The helper functions the written expressions call, right after the schemas, before any use. */
    private void addCompatFunctions(List<EmittedObject> out, int afterSchemas) {
        if (expressions.helpersUsed().isEmpty()) return;
        out.add(afterSchemas, new EmittedObject(ObjectKind.FUNCTION, "oracle_compat",
                CompatFunctions.script(expressions.helpersUsed()).strip(), SourceSpan.UNKNOWN));
    }

    /** Schemas that qualified object names imply (an Oracle HR.EMPLOYEES: the HR user's schema). */
    private static List<String> schemasOfQualifiedNames(Catalog catalog) {
        List<ObjectName> names = new ArrayList<>();
        catalog.types().forEach(t -> names.add(t.name()));
        catalog.sequences().forEach(q -> names.add(q.name()));
        catalog.tables().forEach(t -> names.add(t.name()));
        catalog.views().forEach(v -> names.add(v.name()));
        catalog.synonyms().forEach(y -> names.add(y.name()));
        return names.stream().map(ObjectName::schema).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * A unique index on exactly the columns of the primary key or a unique constraint: Oracle scripts
     * create it first and the constraint then uses it; PostgreSQL creates the constraint's own index.
     */
    private static boolean servesConstraint(Table table, Index index) {
        if (!index.unique() || index.parts().stream().anyMatch(p -> p.column() == null || p.descending())) return false;
        List<String> columns = index.parts().stream().map(p -> p.column().toLowerCase(Locale.ROOT)).toList();
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        table.uniques().forEach(u -> keys.add(u.columns()));
        return keys.stream().anyMatch(k -> k.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(columns));
    }
}
