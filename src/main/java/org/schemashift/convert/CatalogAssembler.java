package org.schemashift.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Catalog;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Grant;
import org.schemashift.model.Index;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PackageDef;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.Trigger;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.model.UserType;
import org.schemashift.model.View;
import org.schemashift.source.oracle.OracleCode;

/**
 * Replays the statements' changes in input order to get the schema the scripts leave behind.
 * Unqualified names take the schema of the last USE; every object is indexed by name, so the
 * pass is linear in the number of changes.
 */
public final class CatalogAssembler {
    private final ActionItems items;
    private final Set<String> schemas = new LinkedHashSet<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    private final Map<String, Sequence> sequences = new LinkedHashMap<>();
    private final RoutineOverloads routines;
    private final Map<String, PackageDef> packages = new LinkedHashMap<>();
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
    private final Map<String, UserType> types = new LinkedHashMap<>();
    private final Map<String, Synonym> synonyms = new LinkedHashMap<>();
    private final List<Grant> grants = new ArrayList<>();
    /** Index name key → owning table key, for DROP INDEX without ON. */
    private final Map<String, String> indexOwners = new LinkedHashMap<>();
    /** Tables, views and the other named objects are one object when their names key alike by the source's rules. */
    private final NameCase nameCase;
    private String currentSchema;

    public CatalogAssembler(ActionItems items, NameCase nameCase) {
        this.items = items;
        this.nameCase = nameCase;
        this.routines = new RoutineOverloads(items);
    }

    /** An assembler for a source whose names match whatever their case. */
    public CatalogAssembler(ActionItems items) {
        this(items, NameCase.INSENSITIVE);
    }

    public Catalog assemble(List<SourceStatement> statements) {
        for (SourceStatement statement : statements) {
            if (statement.disposition() != Disposition.PARSED) continue;
            for (SchemaChange change : statement.changes()) {
                apply(change);
            }
        }
        return new Catalog(List.copyOf(schemas), List.copyOf(types.values()), List.copyOf(sequences.values()),
                List.copyOf(tables.values()), List.copyOf(views.values()), routines.all(),
                List.copyOf(packages.values()), List.copyOf(triggers.values()), List.copyOf(synonyms.values()),
                grants);
    }

    private void apply(SchemaChange change) {
        if (change instanceof SchemaChange.CreateSchema c) {
            schemas.add(c.name());
        } else if (change instanceof SchemaChange.UseSchema u) {
            currentSchema = u.name();
            schemas.add(u.name());
        } else if (change instanceof SchemaChange.CreateTable c) {
            createTable(c.table());
        } else if (change instanceof SchemaChange.CreateTableLike c) {
            createTableLike(c);
        } else if (change instanceof SchemaChange.AlterTable a) {
            alterTable(a);
        } else if (change instanceof SchemaChange.CreateIndex c) {
            createIndex(c.index());
        } else if (change instanceof SchemaChange.CreateView c) {
            createView(c.view());
        } else if (change instanceof SchemaChange.CreateSequence c) {
            put(sequences, qualify(c.sequence().name()), c.sequence(), c.sequence().span());
        } else if (change instanceof SchemaChange.CreateRoutine c) {
            routines.put(c.routine().withName(qualify(c.routine().name())));
        } else if (change instanceof SchemaChange.CreatePackage c) {
            createPackage(c.pkg());
        } else if (change instanceof SchemaChange.CreateTrigger c) {
            createTrigger(c.trigger());
        } else if (change instanceof SchemaChange.SwitchTrigger s) {
            switchTrigger(s);
        } else if (change instanceof SchemaChange.CreateType c) {
            put(types, qualify(c.type().name()), c.type(), c.type().span());
        } else if (change instanceof SchemaChange.AddDomainCheck c) {
            addDomainCheck(c);
        } else if (change instanceof SchemaChange.CreateSynonym c) {
            put(synonyms, qualify(c.synonym().name()), c.synonym(), c.synonym().span());
        } else if (change instanceof SchemaChange.GrantPrivileges g) {
            grants.add(g.grant());
        } else if (change instanceof SchemaChange.SetComment c) {
            setComment(c);
        } else if (change instanceof SchemaChange.DropObject d) {
            drop(d);
        }
    }

    private String key(ObjectName name) {
        return nameCase.key(name);
    }

    private ObjectName qualify(ObjectName name) {
        return name.schema() == null && currentSchema != null ? name.withSchema(currentSchema) : name;
    }

    /** A view in the current schema, its query's tables too: the target session need not have that schema on its path. */
    private void createView(View view) {
        View qualified = view.withName(qualify(view.name()));
        if (currentSchema != null && view.query() != null) {
            qualified = qualified.withQuery(view.query().withNode(QueryTableSchemas.qualify(view.query().node(), currentSchema)));
        }
        put(views, qualified.name(), qualified, view.span());
    }

    private <T> void put(Map<String, T> map, ObjectName name, T value, SourceSpan span) {
        if (map.put(key(name), value) != null) {
            items.add(GeneralCode.DUPLICATE_OBJECT, span, name + " was already defined; this definition replaces it");
        }
    }

    /**
     * A package's specification and body are separate statements and either may come alone: they
     * merge into one definition by name. A part given twice is a duplicate, and the later one wins.
     */
    private void createPackage(PackageDef pkg) {
        ObjectName name = qualify(pkg.name());
        PackageDef known = packages.get(key(name));
        boolean hasBody = !pkg.body().isEmpty() || pkg.initialization() != null;
        if (known == null) {
            packages.put(key(name), new PackageDef(name, pkg.specification(), pkg.body(), pkg.initialization(), pkg.span(),
                    pkg.subtypes()));
            return;
        }
        boolean knownBody = !known.body().isEmpty() || known.initialization() != null;
        if (!pkg.specification().isEmpty() && !known.specification().isEmpty() || hasBody && knownBody) {
            items.add(GeneralCode.DUPLICATE_OBJECT, pkg.span(), "package " + name + " was already defined; this definition replaces it");
        }
        packages.put(key(name), new PackageDef(name,
                pkg.specification().isEmpty() ? known.specification() : pkg.specification(),
                hasBody ? pkg.body() : known.body(), hasBody ? pkg.initialization() : known.initialization(), known.span(),
                pkg.specification().isEmpty() ? known.subtypes() : pkg.subtypes()));
    }

    /** A trigger in its table's schema unless named otherwise; its table qualified like any other name. */
    private void createTrigger(Trigger t) {
        ObjectName table = qualify(t.table());
        ObjectName name = t.name().schema() == null && table.schema() != null ? t.name().withSchema(table.schema()) : qualify(t.name());
        put(triggers, name, new Trigger(name, table, t.timing(), t.events(), t.forEachRow(), t.when(), t.body(), t.span(),
                t.updateColumns(), t.follows(), t.precedes(), t.disabled(), t.transitions(), t.firesOnOwnChanges()), t.span());
    }

    /** ALTER TRIGGER ... ENABLE | DISABLE on a trigger created earlier in the input (Oracle is the only source that has it). */
    private void switchTrigger(SchemaChange.SwitchTrigger s) {
        ObjectName name = qualify(s.trigger());
        Trigger known = triggers.get(key(name));
        if (known == null) {
            items.add(OracleCode.TRIGGER_NOT_IN_INPUT, s.span(), "ALTER TRIGGER " + name + " " + (s.enabled() ? "ENABLE" : "DISABLE")
                    + ": the trigger is not created in the input");
            return;
        }
        triggers.put(key(name), known.withDisabled(!s.enabled()));
    }

    private void createTable(Table table) {
        Table qualified = table.withName(qualify(table.name()))
                .withIndexes(table.indexes().stream().map(i -> i.withTable(qualify(table.name()))).toList())
                .withForeignKeys(table.foreignKeys().stream().map(f -> f.withRefTable(qualify(f.refTable()))).toList());
        put(tables, qualified.name(), qualified, table.span());
        for (Index index : qualified.indexes()) {
            if (index.name() != null) indexOwners.put(indexKey(qualified.name(), index.name()), key(qualified.name()));
        }
    }

    private void createTableLike(SchemaChange.CreateTableLike c) {
        ObjectName like = qualify(c.like());
        Table original = tables.get(key(like));
        if (original == null) {
            items.add(GeneralCode.UNKNOWN_TABLE, c.span(), "CREATE TABLE " + c.table() + " LIKE " + like
                    + ": the table is not created in the input");
            return;
        }
        ObjectName name = qualify(c.table());
        // MySQL copies everything but foreign keys. Keys and indexes are placed at the LIKE statement,
        // so what happens to them in the target (a renamed index, say) is reported there.
        SourceSpan at = c.span();
        PrimaryKey pk = original.primaryKey() == null ? null
                : new PrimaryKey(original.primaryKey().name(), original.primaryKey().columns(), at);
        createTable(new Table(name, original.columns(), pk,
                original.uniques().stream().map(u -> new UniqueConstraint(u.name(), u.columns(), at)).toList(), List.of(),
                original.checks().stream().map(k -> new CheckConstraint(k.name(), k.condition(), k.enforced(), at)).toList(),
                original.indexes().stream().map(i -> new Index(i.name(), name, i.unique(), i.parts(), i.method(), i.where(),
                        i.comment(), at)).toList(),
                original.comment(), original.options(), original.partitioning(), original.temporary(), at));
    }

    private void alterTable(SchemaChange.AlterTable alter) {
        ObjectName name = qualify(alter.table());
        Table table = tables.get(key(name));
        if (table == null) {
            items.add(GeneralCode.UNKNOWN_TABLE, alter.span(), "ALTER TABLE " + name + ": the table is not created in the input");
            return;
        }
        TableAlterer alterer = new TableAlterer(table, this::qualify, items);
        alter.changes().forEach(alterer::apply);
        Table altered = alterer.result();
        if (!key(altered.name()).equals(key(name))) {
            tables.remove(key(name));
        }
        tables.put(key(altered.name()), altered);
        for (Index index : altered.indexes()) {
            if (index.name() != null) indexOwners.put(indexKey(altered.name(), index.name()), key(altered.name()));
        }
    }

    private void createIndex(Index index) {
        ObjectName tableName = qualify(index.table());
        Table table = tables.get(key(tableName));
        if (table == null) {
            items.add(GeneralCode.UNKNOWN_TABLE, index.span(),
                    "CREATE INDEX " + index.name() + ": table " + tableName + " is not created in the input");
            return;
        }
        List<Index> indexes = new ArrayList<>(table.indexes());
        indexes.add(index.withTable(tableName));
        tables.put(key(tableName), table.withIndexes(indexes));
        if (index.name() != null) indexOwners.put(indexKey(tableName, index.name()), key(tableName));
    }

    private void addDomainCheck(SchemaChange.AddDomainCheck c) {
        ObjectName name = qualify(c.type());
        UserType type = types.get(key(name));
        if (type == null) {
            items.add(GeneralCode.UNKNOWN_TABLE, c.check().span(), "check on type " + name + ": the type is not created in the input");
            return;
        }
        types.put(key(name), type.withCheck(c.check()));
    }

    private void setComment(SchemaChange.SetComment c) {
        ObjectName name = qualify(c.table());
        Table table = tables.get(key(name));
        if (table == null && views.containsKey(key(name))) {
            // Oracle comments views with COMMENT ON TABLE / COLUMN too
            views.put(key(name), views.get(key(name)).withComment(c.column(), c.comment(), c.span()));
            return;
        }
        if (table == null) {
            items.add(GeneralCode.UNKNOWN_TABLE, c.span(), "COMMENT ON " + name + ": the table is not created in the input");
            return;
        }
        if (c.column() == null) {
            tables.put(key(name), table.withComment(c.comment()));
            return;
        }
        TableAlterer alterer = new TableAlterer(table, this::qualify, items);
        alterer.apply(new org.schemashift.model.TableChange.SetComment(c.comment()), c.column(), c.span());
        tables.put(key(name), alterer.result());
    }

    private void drop(SchemaChange.DropObject d) {
        ObjectName name = qualify(d.name());
        switch (d.kind()) {
            case TABLE -> tables.remove(key(name));
            case VIEW -> views.remove(key(name));
            case SEQUENCE -> sequences.remove(key(name));
            case PROCEDURE, FUNCTION -> routines.remove(name);
            case PACKAGE -> packages.remove(key(name));
            case TRIGGER -> triggers.remove(key(name));
            case TYPE -> types.remove(key(name));
            case SYNONYM -> synonyms.remove(key(name));
            case SCHEMA -> dropSchema(d.name().name());
            case INDEX -> dropIndex(d, name);
            default -> { }
        }
    }

    private void dropSchema(String schema) {
        String prefix = key(ObjectName.of(schema)) + ".";
        schemas.removeIf(s -> s.equalsIgnoreCase(schema));
        tables.keySet().removeIf(k -> k.startsWith(prefix));
        views.keySet().removeIf(k -> k.startsWith(prefix));
        sequences.keySet().removeIf(k -> k.startsWith(prefix));
        routines.removeSchema(ObjectName.of(schema).key() + ".");
        packages.keySet().removeIf(k -> k.startsWith(prefix));
        triggers.keySet().removeIf(k -> k.startsWith(prefix));
    }

    private void dropIndex(SchemaChange.DropObject d, ObjectName name) {
        String tableKey = d.table() != null ? key(qualify(d.table()))
                : indexOwners.get(indexKey(name, name.name()));
        Table table = tableKey == null ? null : tables.get(tableKey);
        if (table == null) return;
        tables.put(tableKey, table.withIndexes(
                table.indexes().stream().filter(i -> i.name() == null || !i.name().equalsIgnoreCase(name.name())).toList()));
    }

    private static String indexKey(ObjectName table, String index) {
        return (table.schema() == null ? "" : table.schema().toLowerCase(java.util.Locale.ROOT) + ".")
                + index.toLowerCase(java.util.Locale.ROOT);
    }
}
