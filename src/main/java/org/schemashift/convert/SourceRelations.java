package org.schemashift.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;

/**
 * The relations of the source catalog as expressions see them: every table and view with its
 * columns' type families, in column order. Built once per run; views are added as they are
 * converted (in definition order), so a view over a view sees its columns. Names are matched
 * case-insensitively, by qualified and by bare name. A column's family is its source type's, as
 * the source's type rules read it, except that a column the target stores as a boolean (MySQL's
 * TINYINT(1) on PostgreSQL) reads as BOOLEAN, so comparisons with 0 and 1 are rewritten to match.
 * Each relation also knows which of its columns never hold NULL (declared NOT NULL, or in the
 * primary key; a view's columns that its query never makes NULL), for rules whose output depends on it.
 * Whether a column's text compares without case is its collation's, else the source's default.
 */
public final class SourceRelations {
    private final Map<String, Map<String, TypeFamily>> byKey = new HashMap<>();
    /** Each table's own columns, read once: every default, check and index of a table asks again. */
    private final Map<Table, Map<String, TypeFamily>> ownColumns = new IdentityHashMap<>();
    private final Map<String, Set<String>> notNullByKey = new HashMap<>();
    /** Each table's columns whose collation says whether they compare without case, by table key then lower-case name. */
    private final Map<String, Map<String, Boolean>> collatedByKey = new HashMap<>();
    private final Function<Column, TypeFamily> families;
    private final boolean caselessText;

    private SourceRelations(Function<Column, TypeFamily> families, boolean caselessText) {
        this.families = families;
        this.caselessText = caselessText;
    }

    /** Every table of {@code catalog}, its columns' families read by {@code types}, text compared exactly by default. */
    public static SourceRelations of(Catalog catalog, TypeRules types) {
        return of(catalog, types, false);
    }

    /**
     * Every table of {@code catalog}, its columns' families read by {@code types}; {@code caselessText}:
     * the source compares text without case where no collation is declared.
     */
    public static SourceRelations of(Catalog catalog, TypeRules types, boolean caselessText) {
        SourceRelations relations = new SourceRelations(c -> {
            TypeResolution target = types.resolve(c.type(), c.identity() != null);
            return target != null && TypeFamily.ofName(target.spelling()) == TypeFamily.BOOLEAN ? TypeFamily.BOOLEAN
                    : types.family(c.type(), c.identity() != null);
        }, caselessText);
        for (Table table : catalog.tables()) {
            relations.addTable(table);
        }
        return relations;
    }

    /** No relations and no type rules: relations are added with their families ({@link #add}). */
    public static SourceRelations empty() {
        return new SourceRelations(c -> TypeFamily.UNKNOWN, false);
    }

    /** The columns of {@code table} alone (column name, lower case → family), read as this one reads them. */
    public Map<String, TypeFamily> columnsOf(Table table) {
        return ownColumns.computeIfAbsent(table, t -> {
            Map<String, TypeFamily> columns = new LinkedHashMap<>();
            for (Column column : t.columns()) {
                columns.put(key(column.name()), families.apply(column));
            }
            return columns;
        });
    }

    public void addTable(Table table) {
        Set<String> notNull = new HashSet<>();
        for (Column column : table.columns()) {
            if (!column.nullable()) notNull.add(key(column.name()));
        }
        if (table.primaryKey() != null) table.primaryKey().columns().forEach(c -> notNull.add(key(c)));
        add(table.name(), columnsOf(table), notNull);
        Map<String, Boolean> collated = new HashMap<>();
        for (Column column : table.columns()) {
            Boolean caseless = column.type().collationIgnoresCase();
            if (caseless != null) collated.put(key(column.name()), caseless);
        }
        if (!collated.isEmpty()) {
            collatedByKey.put(table.name().key(), collated);
            collatedByKey.putIfAbsent(key(table.name().name()), collated);
        }
    }

    /**
     * Whether {@code column} of the table {@code qualifiedName} (null: a relation not known)
     * compares text without case: as its declared collation says, else as the source's default.
     */
    public boolean ignoresCase(List<String> qualifiedName, String column) {
        Map<String, Boolean> collated = qualifiedName == null ? null : collatedByKey.get(relationKey(qualifiedName));
        return collated == null ? caselessText : collated.getOrDefault(key(column), caselessText);
    }

    /** Adds a relation whose columns are known by name and family (a view, a common table expression), any of them maybe NULL. */
    public void add(ObjectName name, Map<String, TypeFamily> columns) {
        add(name, columns, Set.of());
    }

    /** Adds a relation whose columns are known by name and family, those in {@code notNull} never NULL. */
    public void add(ObjectName name, Map<String, TypeFamily> columns, Set<String> notNull) {
        Map<String, TypeFamily> copy = new LinkedHashMap<>();
        columns.forEach((c, t) -> copy.put(key(c), t));
        put(byKey, name, copy);
        Set<String> keys = new HashSet<>();
        notNull.forEach(c -> keys.add(key(c)));
        put(notNullByKey, name, keys);
    }

    private static <T> void put(Map<String, T> map, ObjectName name, T value) {
        map.put(name.key(), value);
        map.putIfAbsent(key(name.name()), value);
    }

    /** Column name (lower case) → family, or null when the relation is unknown. */
    public Map<String, TypeFamily> columns(List<String> qualifiedName) {
        return byKey.get(relationKey(qualifiedName));
    }

    /** The relation's columns (lower case) that never hold NULL; empty when the relation is unknown. */
    public Set<String> notNullColumns(List<String> qualifiedName) {
        Set<String> found = notNullByKey.get(relationKey(qualifiedName));
        return found == null ? Set.of() : found;
    }

    /** The key the relation {@code qualifiedName} is known by: as qualified, else by its bare name. */
    private String relationKey(List<String> qualifiedName) {
        String joined = String.join(".", qualifiedName).toLowerCase(Locale.ROOT);
        return byKey.containsKey(joined) ? joined : key(qualifiedName.get(qualifiedName.size() - 1));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
