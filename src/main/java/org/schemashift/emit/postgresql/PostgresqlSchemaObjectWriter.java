package org.schemashift.emit.postgresql;

import static org.schemashift.emit.postgresql.PostgresqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Catalog;
import org.schemashift.model.Column;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Grant;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Sequence;
import org.schemashift.model.UserType;

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
                GeneralCode.NAME_COLLISION);
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
        // a table's row type shares the relation's name, so types claim names among relations
        String qualified = qualified(schema, relations.claim(schema, tableNames.column(type.name().name()), type.span(), "type",
                GeneralCode.NAME_COLLISION));
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

    /**
     * GRANT on a table, view or sequence of the input, with the privileges PostgreSQL has for it;
     * null (and an item) for system privileges, other objects and privileges without an equivalent.
     */
    EmittedObject grant(Grant grant, Catalog catalog) {
        String what = "GRANT " + String.join(", ", grant.privileges()) + (grant.object() == null ? "" : " ON " + grant.object());
        if (grant.object() == null) {
            items.add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), what + ": system privileges are not converted");
            return null;
        }
        String key = grant.object().name().toLowerCase(Locale.ROOT);
        boolean sequence = catalog.sequences().stream().anyMatch(s -> s.name().name().toLowerCase(Locale.ROOT).equals(key));
        boolean relation = catalog.tables().stream().anyMatch(t -> t.name().name().toLowerCase(Locale.ROOT).equals(key))
                || catalog.views().stream().anyMatch(v -> v.name().name().toLowerCase(Locale.ROOT).equals(key));
        List<String> privileges = new ArrayList<>();
        for (String privilege : grant.privileges()) {
            String word = privilege.split("[\\s(]")[0];
            Set<String> known = sequence ? SEQUENCE_PRIVILEGES : TABLE_PRIVILEGES;
            if ((relation || sequence) && (known.contains(word) || privilege.startsWith("ALL"))) {
                privileges.add(privilege.startsWith("ALL") ? "ALL" : columnsFolded(privilege));
            } else {
                items.add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), what + ": " + privilege + " has no PostgreSQL equivalent here");
            }
        }
        if (privileges.isEmpty()) return null;
        String target = sequence ? "SEQUENCE " + qualified(schema(grant.object()), tableNames.column(grant.object().name()))
                : tableNames.of(grant.object()).sql();
        String grantees = grant.grantees().stream().map(g -> g.equals("PUBLIC") ? "PUBLIC" : quote(tableNames.column(g)))
                .collect(Collectors.joining(", "));
        String sql = "GRANT " + String.join(", ", privileges) + " ON " + target + " TO " + grantees
                + (grant.withGrantOption() ? " WITH GRANT OPTION" : "") + ";";
        return new EmittedObject(ObjectKind.GRANT, target, sql, grant.span());
    }

    /** UPDATE (A, B) with the column names through the naming policy. */
    private String columnsFolded(String privilege) {
        int open = privilege.indexOf('(');
        if (open < 0) return privilege;
        String columns = privilege.substring(open + 1, privilege.lastIndexOf(')'));
        return privilege.substring(0, open).strip() + " (" + java.util.Arrays.stream(columns.split(","))
                .map(c -> quote(tableNames.column(c.strip()))).collect(Collectors.joining(", ")) + ")";
    }

    private static final Set<String> TABLE_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "REFERENCES", "TRIGGER");
    private static final Set<String> SEQUENCE_PRIVILEGES = Set.of("SELECT");

    void reportGrant(Grant grant) {
        items.add(GeneralCode.GRANT_NOT_EMITTED, grant.span(), "GRANT " + String.join(", ", grant.privileges())
                + (grant.object() == null ? "" : " ON " + grant.object()) + " TO " + String.join(", ", grant.grantees()));
    }

    private String schema(ObjectName name) {
        return name.schema() == null ? null : tableNames.schema(name.schema());
    }

    static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}
