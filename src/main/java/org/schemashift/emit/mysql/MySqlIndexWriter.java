package org.schemashift.emit.mysql;

import org.schemashift.emit.EmitContext;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectKind;
import org.schemashift.plan.PlannedStep;

/**
 * CREATE [UNIQUE | FULLTEXT | SPATIAL] INDEX. Index methods InnoDB lacks (bitmap, reverse, GIN,
 * GiST, BRIN) become B-tree indexes with an item; an index the plan comments out (expression key
 * parts) is written in MySQL 8.0's functional key part syntax, ready to uncomment there.
 */
record MySqlIndexWriter(EmitContext context, MySqlTableLayouts layouts) {
    EmittedObject createIndex(PlannedStep.CreateIndex step) {
        return new MySqlIndexWriter(context.within(step.table().name()), layouts).create(step);
    }

    private EmittedObject create(PlannedStep.CreateIndex step) {
        Index index = step.index();
        String what = "index " + (index.name() == null ? step.name() : index.name()) + " on " + step.table().name();
        String kind = switch (index.method()) {
            case FULLTEXT -> "FULLTEXT ";
            case SPATIAL -> "SPATIAL ";
            case BITMAP, GIN, GIST, BRIN, SPGIST -> {
                context.items().add(MySqlTargetCode.INDEX_METHOD, index.span(), what + ": " + index.method() + " becomes a B-tree index");
                yield index.unique() ? "UNIQUE " : "";
            }
            default -> index.unique() ? "UNIQUE " : "";
        };
        String sql = "CREATE " + kind + "INDEX " + context.quote(step.name()) + " ON " + context.qualified(step.tableName())
                + " (" + parts(step, what) + ")";
        if (index.comment() != null && !index.comment().isEmpty()) sql += " COMMENT " + MySqlLiterals.string(index.comment());
        sql += ";";
        return new EmittedObject(ObjectKind.INDEX, step.name(), step.commentedOut() ? "-- " + sql : sql, index.span());
    }

    private String parts(PlannedStep.CreateIndex step, String what) {
        Index index = step.index();
        if (index.parts().stream().anyMatch(p -> p.expression() != null)) return functionalParts(index);
        // FULLTEXT and SPATIAL indexes take whole columns
        if (index.method() == org.schemashift.model.IndexMethod.FULLTEXT || index.method() == org.schemashift.model.IndexMethod.SPATIAL) {
            return String.join(", ", index.parts().stream().map(p -> context.quotedColumn(index.table(), p.column())).toList());
        }
        return MySqlKeyParts.ofParts(index.parts(), layouts.of(step.table()), context, what, index.unique(), index.span());
    }

    /** MySQL 8.0.13 functional key parts: each expression in its own parentheses. */
    private String functionalParts(Index index) {
        return String.join(", ", index.parts().stream().map(part -> functionalPart(part, index)).toList());
    }

    private String functionalPart(IndexPart part, Index index) {
        String sql = part.expression() != null ? "(" + context.writeOrSource(part.expression(), index.span()) + ")"
                : context.quotedColumn(index.table(), part.column());
        return part.descending() ? sql + " DESC" : sql;
    }
}
