package org.schemashift.emit.postgresql;

import static org.schemashift.emit.postgresql.PostgresqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Table;

/**
 * CREATE INDEX. MySQL-only index kinds get their closest PostgreSQL equivalent and an action
 * item: FULLTEXT becomes a GIN index on to_tsvector, a prefix becomes substr() for a unique
 * index (same uniqueness) or the whole column otherwise (usable by ordinary lookups).
 */
final class PostgresqlIndexWriter {
    private final TableNames tableNames;
    private final RelationNamespace relations;
    private final PostgresqlExpressions expressions;
    private final ActionItems items;

    PostgresqlIndexWriter(TableNames tableNames, RelationNamespace relations, PostgresqlExpressions expressions,
                          ActionItems items) {
        this.tableNames = tableNames;
        this.relations = relations;
        this.expressions = expressions;
        this.items = items;
    }

    EmittedObject createIndex(Table table, Index index) {
        TableNames.Target target = tableNames.of(table.name());
        String wanted = index.name() != null ? tableNames.column(index.name())
                : target.name() + "_" + String.join("_", index.parts().stream()
                        .map(p -> p.column() == null ? "expr" : tableNames.column(p.column())).toList()) + "_idx";
        String name = relations.claim(target.schema(), wanted, index.span(), "index", GeneralCode.NAME_MADE_UNIQUE);
        String what = "index " + (index.name() == null ? name : index.name()) + " on " + table.name();
        String head = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(name) + " ON " + target.sql();
        String sql = switch (index.method()) {
            case FULLTEXT -> {
                items.add(PostgresqlCode.FULLTEXT_INDEX, index.span(), what);
                yield head + " USING gin (" + textSearchVector(index.parts()) + ")";
            }
            case SPATIAL -> {
                items.add(PostgresqlCode.SPATIAL_INDEX, index.span(), what);
                yield "-- " + head + " USING gist (" + partList(index, what) + ")";
            }
            case GIN, GIST, BRIN, SPGIST -> head + " USING " + index.method().name().toLowerCase(java.util.Locale.ROOT)
                    + " (" + partList(index, what) + ")";
            default -> head + " (" + partList(index, what) + ")";
        };
        if (index.where() != null && index.where().node() != null) sql += " WHERE " + expressions.write(index.where().node());
        sql += ";";
        if (index.comment() != null && !index.comment().isEmpty() && index.method() != IndexMethod.SPATIAL) {
            String qualified = target.schema() == null ? quote(name) : quote(target.schema()) + "." + quote(name);
            sql += "\nCOMMENT ON INDEX " + qualified + " IS " + PostgresqlTableWriter.literal(index.comment()) + ";";
        }
        return new EmittedObject(ObjectKind.INDEX, name, sql, index.span());
    }

    private String partList(Index index, String what) {
        List<String> parts = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            String sql;
            if (part.expression() != null) {
                sql = "(" + (part.expression().node() == null ? part.expression().sourceText()
                        : expressions.write(part.expression().node())) + ")";
            } else if (part.prefixLength() != null) {
                items.add(PostgresqlCode.PREFIX_INDEX, index.span(), what + ": " + part.column() + "(" + part.prefixLength() + ")");
                String column = quote(tableNames.column(part.column()));
                sql = index.unique() ? "(substr(" + column + ", 1, " + part.prefixLength() + "))" : column;
            } else {
                sql = quote(tableNames.column(part.column()));
            }
            parts.add(part.descending() ? sql + " DESC" : sql);
        }
        return String.join(", ", parts);
    }

    /** to_tsvector('simple', coalesce(a, '') || ' ' || coalesce(b, '')): the 'simple' configuration does no stemming, like MySQL. */
    private String textSearchVector(List<IndexPart> parts) {
        List<String> columns = new ArrayList<>();
        for (IndexPart part : parts) {
            String value = part.column() != null ? quote(tableNames.column(part.column()))
                    : "(" + expressions.write(part.expression().node()) + ")";
            columns.add("coalesce(" + value + ", '')");
        }
        return "to_tsvector('simple', " + String.join(" || ' ' || ", columns) + ")";
    }
}
