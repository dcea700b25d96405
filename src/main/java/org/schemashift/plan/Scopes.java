package org.schemashift.plan;

import org.schemashift.emit.TargetCapabilities;
import org.schemashift.emit.TargetCapabilities.NameScope;

/**
 * Where each kind of name must be unique in a target: relations (tables, views, sequences, types)
 * per schema; index names (and those of the indexes behind primary and unique keys) per schema in
 * PostgreSQL, where indexes are relations, per table in MySQL; foreign key and check names per
 * table in PostgreSQL, per database in MySQL 8.0.
 */
public record Scopes(TargetCapabilities capabilities, TargetNaming naming) {

    public Namespace.Scope relations(String schema) {
        return new Namespace.Scope("relations:" + key(schema), container());
    }

    public Namespace.Scope indexes(TargetName table) {
        return capabilities.indexes().names() == NameScope.SCHEMA ? relations(table.schema())
                : new Namespace.Scope("indexes:" + key(table.schema()) + "." + naming.key(table.name()), "table");
    }

    public Namespace.Scope constraints(TargetName table) {
        return capabilities.constraints().constraintNames() == NameScope.SCHEMA
                ? new Namespace.Scope("constraints:" + key(table.schema()), container())
                : new Namespace.Scope("constraints:" + key(table.schema()) + "." + naming.key(table.name()), "table");
    }

    private String container() {
        return capabilities.containers() == TargetCapabilities.Containers.DATABASES ? "database" : "schema";
    }

    private String key(String schema) {
        return schema == null ? "" : naming.key(schema);
    }
}
