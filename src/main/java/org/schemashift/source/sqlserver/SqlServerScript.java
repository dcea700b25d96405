package org.schemashift.source.sqlserver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Table;
import org.schemashift.model.UserType;
import org.schemashift.model.View;

/**
 * What earlier statements of the input defined that a later statement needs to be read: rules and
 * defaults (CREATE RULE / DEFAULT) until sp_bindrule / sp_bindefault binds them, the tables' columns
 * in order (which COLUMNS_UPDATED() numbers), the views, so
 * that an index on a view makes it an indexed (materialized) view, and the alias types declared NOT
 * NULL, whose columns take no NULL unless they say NULL. One per run, filled in input order.
 */
final class SqlServerScript {
    private final Map<String, Expr> rules = new HashMap<>();
    private String database;
    private final Map<String, Expr> defaults = new HashMap<>();
    private final Map<String, View> views = new HashMap<>();
    private final Set<String> notNullTypes = new HashSet<>();
    private final Map<String, List<String>> columns = new HashMap<>();

    /** The database the last USE named, null before any. */
    String database() {
        return database;
    }

    void use(String database) {
        this.database = database;
    }

    void rule(ObjectName name, Expr condition) {
        rules.put(name.key(), condition);
    }

    void defaultValue(ObjectName name, Expr value) {
        defaults.put(name.key(), value);
    }

    void view(View view) {
        views.put(view.name().key(), view);
    }

    void table(Table table) {
        columns.put(table.name().key(), table.columns().stream().map(Column::name).toList());
    }

    /** The columns of table {@code name} in the order its CREATE TABLE lists them, null when the input does not create it. */
    List<String> columns(ObjectName name) {
        return columns.get(name.key());
    }

    void aliasType(UserType type) {
        if (type.notNull()) notNullTypes.add(type.name().name().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code type} is an alias type created NOT NULL (CREATE TYPE ... FROM ... NOT NULL, sp_addtype). */
    boolean isNotNullAliasType(DataType type) {
        return notNullTypes.contains(type.name().toLowerCase(Locale.ROOT));
    }

    /** The condition of rule {@code name}, null when the input does not create it. */
    Expr rule(ObjectName name) {
        return rules.get(name.key());
    }

    Expr defaultValue(ObjectName name) {
        return defaults.get(name.key());
    }

    /** The view {@code name} as created earlier in the input, null when it is none. */
    View view(ObjectName name) {
        return views.get(name.key());
    }
}
