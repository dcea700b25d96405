package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;
import org.schemashift.plan.TargetName;

/**
 * CREATE INDEX. MySQL-only index kinds get their closest PostgreSQL equivalent and an action
 * item: FULLTEXT becomes a GIN index on to_tsvector, a prefix becomes substr() for a unique
 * index (same uniqueness) or the whole column otherwise (usable by ordinary lookups).
 */
record PostgresqlIndexWriter(EmitContext context) {
    EmittedObject createIndex(PlannedStep.CreateIndex step) {
        return new PostgresqlIndexWriter(context.within(step.table().name())).create(step);
    }

    private EmittedObject create(PlannedStep.CreateIndex step) {
        Index index = step.index();
        TargetName target = step.tableName();
        String name = step.name();
        String what = "index " + (index.name() == null ? name : index.name()) + " on " + step.table().name();
        String head = "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + context.quote(name) + " ON "
                + context.qualified(target);
        String sql = switch (index.method()) {
            case FULLTEXT -> {
                context.items().add(PostgresqlCode.FULLTEXT_INDEX, index.span(), what);
                yield head + " USING gin (" + textSearchVector(index) + ")";
            }
            case SPATIAL -> {
                context.items().add(PostgresqlCode.SPATIAL_INDEX, index.span(), what);
                yield "-- " + head + " USING gist (" + partList(index, what) + ")";
            }
            case GIN, GIST, BRIN, SPGIST -> head + " USING " + index.method().name().toLowerCase(Locale.ROOT)
                    + " (" + partList(index, what) + ")";
            default -> head + " (" + partList(index, what) + ")";
        };
        if (index.where() != null && index.where().node() != null) {
            sql += " WHERE " + context.expressions().write(index.where().node());
        }
        sql += ";";
        if (index.comment() != null && !index.comment().isEmpty() && index.method() != IndexMethod.SPATIAL) {
            sql += "\nCOMMENT ON INDEX " + context.qualified(target.schema(), name) + " IS "
                    + PostgresqlTableWriter.literal(index.comment()) + ";";
        }
        return new EmittedObject(ObjectKind.INDEX, name, sql, index.span());
    }

    private String partList(Index index, String what) {
        List<String> parts = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            String sql;
            if (part.expression() != null) {
                sql = "(" + context.writeOrSource(part.expression(), index.span()) + ")";
            } else if (part.prefixLength() != null) {
                context.items().add(PostgresqlCode.PREFIX_INDEX, index.span(), what + ": " + part.column() + "(" + part.prefixLength() + ")");
                String column = context.quotedColumn(index.table(), part.column());
                sql = index.unique() ? "(substr(" + column + ", 1, " + part.prefixLength() + "))" : column;
            } else {
                sql = context.quotedColumn(index.table(), part.column());
            }
            parts.add(part.descending() ? sql + " DESC" : sql);
        }
        return String.join(", ", parts);
    }

    /** to_tsvector('simple', coalesce(a, '') || ' ' || coalesce(b, '')): the 'simple' configuration does no stemming, like MySQL. */
    private String textSearchVector(Index index) {
        List<IndexPart> parts = index.parts();
        List<String> columns = new ArrayList<>();
        for (IndexPart part : parts) {
            String value = part.column() != null ? context.quotedColumn(index.table(), part.column())
                    : "(" + context.expressions().write(part.expression().node()) + ")";
            columns.add("coalesce(" + value + ", '')");
        }
        return "to_tsvector('simple', " + String.join(" || ' ' || ", columns) + ")";
    }
}
