package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.IndexMethod;
import org.schemashift.model.IndexPart;
import org.schemashift.model.ObjectName;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * Builds keys, indexes and constraints (table elements, ALTER TABLE ADD, CREATE INDEX):
 * <ul>
 *   <li>PRIMARY KEY → {@link PrimaryKey} (prefix lengths dropped; the CONSTRAINT name, which MySQL
 *       ignores, is kept when written).</li>
 *   <li>UNIQUE on plain columns (no prefix length, no expression, no DESC) → {@link UniqueConstraint}
 *       named by the key name, else the CONSTRAINT name; any other UNIQUE → unique {@link Index}.</li>
 *   <li>KEY / INDEX → {@link Index}; FULLTEXT / SPATIAL → method FULLTEXT / SPATIAL; USING BTREE /
 *       HASH → method BTREE / HASH (RTREE → SPATIAL).</li>
 *   <li>FOREIGN KEY → {@link ForeignKey} named by the CONSTRAINT name, else the FOREIGN KEY index name
 *       (MySQL 8.0.16+ rule). The index MySQL adds for it is not modelled: targets decide.</li>
 *   <li>CHECK → {@link CheckConstraint}; NOT ENFORCED → enforced = false.</li>
 * </ul>
 * {@link #build} returns one of those model objects.
 */
final class MySqlKeyBuilder {

    private final SourcePositions positions;
    private final MySqlExpressionBuilder expressions;

    MySqlKeyBuilder(SourcePositions positions, MySqlExpressionBuilder expressions) {
        this.positions = positions;
        this.expressions = expressions;
    }

    /** A PrimaryKey, UniqueConstraint, Index, ForeignKey or CheckConstraint. */
    Object build(KeyDefinitionContext ctx, ObjectName table) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof PlainIndexContext k) {
            return index(name(k.indexName), table, false, k.keyPart(), method(k.indexType(), k.indexOption()),
                    k.indexOption(), span);
        }
        if (ctx instanceof FulltextOrSpatialIndexContext k) {
            IndexMethod method = k.kind.getType() == MySqlParser.FULLTEXT ? IndexMethod.FULLTEXT : IndexMethod.SPATIAL;
            return index(name(k.indexName), table, false, k.keyPart(), method, k.indexOption(), span);
        }
        if (ctx instanceof PrimaryKeyDefinitionContext k) {
            List<String> columns = new ArrayList<>();
            for (IndexPart part : parts(k.keyPart())) {
                columns.add(part.column() != null ? part.column() : part.expression().sourceText());
            }
            return new PrimaryKey(constraintName(k.constraintName()), columns, span);
        }
        if (ctx instanceof UniqueKeyDefinitionContext k) {
            String name = k.indexName != null ? name(k.indexName) : constraintName(k.constraintName());
            List<IndexPart> parts = parts(k.keyPart());
            if (parts.stream().allMatch(MySqlKeyBuilder::isPlainColumn)) {
                return new UniqueConstraint(name, parts.stream().map(IndexPart::column).toList(), span);
            }
            return new Index(name, table, true, parts, method(k.indexType(), k.indexOption()), null,
                    comment(k.indexOption()), span);
        }
        if (ctx instanceof ForeignKeyDefinitionContext k) {
            String name = constraintName(k.constraintName());
            if (name == null && k.indexName != null) {
                name = name(k.indexName);
            }
            return foreignKey(name, MySqlNames.identifiers(k.identifierList()), k.referenceDefinition(), span);
        }
        CheckDefinitionContext k = (CheckDefinitionContext) ctx;
        return check(k.constraintName(), k.expression(), k.enforcement(), span);
    }

    Index index(String name, ObjectName table, boolean unique, List<KeyPartContext> keyParts, IndexMethod method,
                List<IndexOptionContext> options, SourceSpan span) {
        return new Index(name, table, unique, parts(keyParts), method, null, comment(options), span);
    }

    ForeignKey foreignKey(String name, List<String> columns, ReferenceDefinitionContext ref, SourceSpan span) {
        ReferentialAction onDelete = null;
        ReferentialAction onUpdate = null;
        for (ReferenceTriggerContext trigger : ref.referenceTrigger()) {
            if (trigger instanceof OnDeleteTriggerContext d) {
                onDelete = action(d.referenceAction());
            } else {
                onUpdate = action(((OnUpdateTriggerContext) trigger).referenceAction());
            }
        }
        return new ForeignKey(name, columns, MySqlNames.tableName(ref.tableName()),
                MySqlNames.identifiers(ref.identifierList()), onDelete, onUpdate, false, false, span);
    }

    CheckConstraint check(ConstraintNameContext name, ExpressionContext condition, EnforcementContext enforcement,
                          SourceSpan span) {
        boolean enforced = enforcement == null || enforcement.NOT() == null;
        return new CheckConstraint(constraintName(name), expressions.expr(condition), enforced, span);
    }

    List<IndexPart> parts(List<KeyPartContext> keyParts) {
        List<IndexPart> parts = new ArrayList<>();
        for (KeyPartContext part : keyParts) {
            if (part instanceof ColumnKeyPartContext c) {
                Integer prefix = c.fieldLength() == null ? null : Integer.valueOf(c.fieldLength().INTEGER_LITERAL().getText());
                boolean desc = c.order != null && c.order.getType() == MySqlParser.DESC;
                parts.add(new IndexPart(MySqlNames.identifier(c.identifier()), null, prefix, desc));
            } else {
                ExpressionKeyPartContext e = (ExpressionKeyPartContext) part;
                boolean desc = e.order != null && e.order.getType() == MySqlParser.DESC;
                parts.add(new IndexPart(null, expressions.expr(e.expression()), null, desc));
            }
        }
        return parts;
    }

    IndexMethod method(IndexTypeContext type, List<IndexOptionContext> options) {
        IndexTypeContext chosen = type;
        for (IndexOptionContext option : options) {
            if (option instanceof UsingIndexOptionContext using) {
                chosen = using.indexType();
            }
        }
        if (chosen == null) {
            return IndexMethod.DEFAULT;
        }
        return switch (chosen.method.getType()) {
            case MySqlParser.BTREE -> IndexMethod.BTREE;
            case MySqlParser.HASH -> IndexMethod.HASH;
            default -> IndexMethod.SPATIAL;
        };
    }

    private static boolean isPlainColumn(IndexPart part) {
        return part.column() != null && part.prefixLength() == null && !part.descending();
    }

    private static String comment(List<IndexOptionContext> options) {
        String comment = null;
        for (IndexOptionContext option : options) {
            if (option instanceof CommentIndexOptionContext c) {
                comment = MySqlNames.string(c.stringLiteral());
            }
        }
        return comment;
    }

    private static String name(IdentifierContext ctx) {
        return ctx == null ? null : MySqlNames.identifier(ctx);
    }

    private static String constraintName(ConstraintNameContext ctx) {
        return ctx == null || ctx.identifier() == null ? null : MySqlNames.identifier(ctx.identifier());
    }

    private static ReferentialAction action(ReferenceActionContext ctx) {
        if (ctx instanceof RestrictActionContext) return ReferentialAction.RESTRICT;
        if (ctx instanceof CascadeActionContext) return ReferentialAction.CASCADE;
        if (ctx instanceof SetNullActionContext) return ReferentialAction.SET_NULL;
        if (ctx instanceof SetDefaultActionContext) return ReferentialAction.SET_DEFAULT;
        return ReferentialAction.NO_ACTION;
    }
}
