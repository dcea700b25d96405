package org.schemashift.target.postgresql;

import static org.schemashift.target.postgresql.PostgresqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.model.ActionCode;
import org.schemashift.model.Column;
import org.schemashift.model.Grant;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Sequence;
import org.schemashift.model.UserType;
import org.schemashift.target.EmittedObject;

/**
 * CREATE SEQUENCE (emitted before tables so defaults can call nextval), user types (object types
 * as composite types, collections as array domains) and grants, which are reported: roles must
 * exist before a GRANT runs, so they are not written into the schema script.
 */
final class PostgresqlSchemaObjectWriter {
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final ActionItems items;

    PostgresqlSchemaObjectWriter(TableNames tableNames, RelationNamespace relations, ActionItems items) {
        this.tableNames = tableNames;
        this.relations = relations;
        this.items = items;
    }

    EmittedObject createSequence(Sequence sequence) {
        String schema = schema(sequence.name());
        String name = relations.claim(schema, tableNames.column(sequence.name().name()), sequence.span(), "sequence",
                ActionCode.NAME_COLLISION);
        List<String> options = new ArrayList<>();
        if (sequence.increment() != null) options.add("INCREMENT BY " + sequence.increment());
        if (sequence.minValue() != null) options.add("MINVALUE " + sequence.minValue());
        if (sequence.maxValue() != null) options.add("MAXVALUE " + sequence.maxValue());
        if (sequence.start() != null) options.add("START WITH " + sequence.start());
        if (sequence.cache() != null && sequence.cache() > 0) options.add("CACHE " + sequence.cache());
        if (sequence.cycle()) options.add("CYCLE");
        String qualified = qualified(schema, name);
        String sql = "CREATE SEQUENCE " + qualified + (options.isEmpty() ? "" : " " + String.join(" ", options)) + ";";
        return new EmittedObject(ObjectKind.SEQUENCE, qualified, sql, sequence.span());
    }

    EmittedObject createType(UserType type) {
        String schema = schema(type.name());
        String qualified = qualified(schema, tableNames.column(type.name().name()));
        String sql;
        if ("ARRAY".equals(type.category())) {
            sql = "CREATE DOMAIN " + qualified + " AS " + type.baseType().name() + "[];";
        } else {
            String attributes = type.attributes().stream().map(this::attribute).collect(Collectors.joining(",\n    "));
            sql = "CREATE TYPE " + qualified + " AS (\n    " + attributes + "\n);";
        }
        return new EmittedObject(ObjectKind.TYPE, qualified, sql, type.span());
    }

    private String attribute(Column column) {
        return quote(tableNames.column(column.name())) + " " + column.type().name();
    }

    void reportGrant(Grant grant) {
        items.add(ActionCode.ORACLE_GRANT, grant.span(), "GRANT " + String.join(", ", grant.privileges())
                + (grant.object() == null ? "" : " ON " + grant.object()) + " TO " + String.join(", ", grant.grantees()));
    }

    private String schema(ObjectName name) {
        return name.schema() == null ? null : tableNames.schema(name.schema());
    }

    static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}
