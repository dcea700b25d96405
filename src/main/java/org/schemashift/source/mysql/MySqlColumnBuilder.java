package org.schemashift.source.mysql;

import org.schemashift.source.antlr.SourcePositions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.GeneratedColumn;
import org.schemashift.model.Identity;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * Builds a column and the constraints written inline on it. MySQL rules applied here:
 * <ul>
 *   <li>AUTO_INCREMENT is an identity BY DEFAULT starting at the table's AUTO_INCREMENT=n option.</li>
 *   <li>An inline PRIMARY KEY (or bare KEY) makes a table primary key and the column NOT NULL.</li>
 *   <li>SERIAL (type) and SERIAL DEFAULT VALUE (option) are BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.</li>
 *   <li>Inline REFERENCES becomes a foreign key although MySQL before 9.0 ignores it: the author meant one.</li>
 *   <li>COLUMN_FORMAT, STORAGE and SRID have no model field and are not kept.</li>
 * </ul>
 */
final class MySqlColumnBuilder {

    /** A column and what its options declare beyond it. */
    record BuiltColumn(Column column, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                       List<ForeignKey> foreignKeys, List<CheckConstraint> checks) {
    }

    private final SourcePositions positions;
    private final MySqlExpressionBuilder expressions;
    private final MySqlTypeBuilder types;
    private final MySqlKeyBuilder keys;

    MySqlColumnBuilder(SourcePositions positions, MySqlExpressionBuilder expressions, MySqlKeyBuilder keys) {
        this.positions = positions;
        this.expressions = expressions;
        this.types = new MySqlTypeBuilder(positions);
        this.keys = keys;
    }

    BuiltColumn build(ColumnDefinitionContext ctx, Long autoIncrementStart) {
        String name = MySqlNames.identifier(ctx.identifier());
        boolean nullable = true;
        Expr defaultValue = null;
        Identity identity = null;
        GeneratedColumn generated = null;
        Expr onUpdate = null;
        String comment = null;
        boolean invisible = false;
        String charset = null;
        String collation = null;
        boolean binaryAfterCharset = false;
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        boolean serial = ctx.dataType() instanceof SerialTypeContext;

        for (ColumnOptionContext option : ctx.columnOption()) {
            if (option instanceof NullabilityContext n) {
                nullable = n.NOT() == null;
            } else if (option instanceof ColumnDefaultContext d) {
                defaultValue = expressions.expr(d.defaultValue());
            } else if (option instanceof ColumnOnUpdateContext u) {
                onUpdate = expressions.expr(u.functionValue());
            } else if (option instanceof ColumnAutoIncrementContext) {
                identity = Identity.byDefault(autoIncrementStart);
            } else if (option instanceof ColumnSerialDefaultContext) {
                nullable = false;
                identity = Identity.byDefault(autoIncrementStart);
                uniques.add(new UniqueConstraint(null, List.of(name), positions.span(option)));
            } else if (option instanceof ColumnPrimaryKeyContext) {
                primaryKey = new PrimaryKey(null, List.of(name), positions.span(option));
            } else if (option instanceof ColumnUniqueContext) {
                uniques.add(new UniqueConstraint(null, List.of(name), positions.span(option)));
            } else if (option instanceof ColumnCommentContext c) {
                comment = MySqlNames.string(c.stringLiteral());
            } else if (option instanceof ColumnCharsetContext c) {
                charset = MySqlExpressionBuilder.charset(c.charsetName());
                binaryAfterCharset = c.BINARY() != null;
            } else if (option instanceof ColumnCollateContext c) {
                collation = MySqlExpressionBuilder.collation(c.collationName());
            } else if (option instanceof ColumnVisibilityContext v) {
                invisible = v.INVISIBLE() != null;
            } else if (option instanceof ColumnGeneratedContext g) {
                boolean stored = g.storage != null && g.storage.getType() != MySqlParser.VIRTUAL;
                generated = new GeneratedColumn(expressions.expr(g.expression()), stored);
            } else if (option instanceof ColumnReferencesContext r) {
                foreignKeys.add(keys.foreignKey(null, List.of(name), r.referenceDefinition(), positions.span(option)));
            } else if (option instanceof ColumnCheckContext c) {
                checks.add(keys.check(c.constraintName(), c.expression(), c.enforcement(), positions.span(option)));
            }
            // COLUMN_FORMAT, STORAGE, SRID: physical details without a model field.
        }

        DataType type = types.type(ctx.dataType(), charset, binaryAfterCharset, collation);
        if (serial) {
            type = new DataType("bigint", null, null, Set.of("unsigned"), List.of(), null, null, type.sourceText());
            nullable = false;
            identity = Identity.byDefault(autoIncrementStart);
            uniques.add(new UniqueConstraint(null, List.of(name), positions.span(ctx.dataType())));
        }
        if (primaryKey != null) {
            nullable = false;
        }
        Column column = new Column(name, type, nullable, defaultValue, identity, generated, onUpdate, comment,
                invisible, positions.span(ctx));
        return new BuiltColumn(column, primaryKey, uniques, foreignKeys, checks);
    }
}
