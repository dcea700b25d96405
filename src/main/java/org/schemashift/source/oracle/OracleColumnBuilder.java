package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.GeneratedColumn;
import org.schemashift.model.Identity;
import org.schemashift.model.SourceSpan;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Builds a column and the constraints written inline on it. Oracle rules applied here:
 * <ul>
 *   <li>DEFAULT ON NULL [FOR INSERT ONLY | FOR INSERT AND UPDATE] makes the column NOT NULL
 *       (Oracle does) and raises an informational item: the targets' triggers replace an explicit
 *       NULL by the default, as Oracle does.</li>
 *   <li>GENERATED [ALWAYS | BY DEFAULT [ON NULL]] AS IDENTITY (options) is an {@link Identity};
 *       options without a PostgreSQL meaning (ORDER, KEEP, SCALE, ...) are not kept.</li>
 *   <li>{@code [GENERATED ALWAYS] AS (expr) [VIRTUAL]} is a computed, not stored, column; without a
 *       declared type its type is {@code unspecified} and an item asks for one.</li>
 *   <li>A type-less column in ALTER TABLE MODIFY has a null type: only what is written changes.</li>
 * </ul>
 */
final class OracleColumnBuilder {

    /** A column, whether it said NULL / NOT NULL at all, and its inline constraints. */
    record BuiltColumn(Column column, Boolean nullability, List<Object> constraints) {
    }

    static final String UNSPECIFIED_TYPE = "unspecified";

    private final SourcePositions positions;
    private final OracleExpressionBuilder expressions;
    private final OracleConstraintBuilder constraints;
    private final OracleTypeBuilder types;
    private final List<ActionItem> notes;

    OracleColumnBuilder(SourcePositions positions, OracleExpressionBuilder expressions, OracleConstraintBuilder constraints,
                        List<ActionItem> notes) {
        this.positions = positions;
        this.expressions = expressions;
        this.constraints = constraints;
        this.types = new OracleTypeBuilder(positions);
        this.notes = notes;
    }

    BuiltColumn build(ColumnDefinitionContext ctx) {
        String name = OracleNames.identifier(ctx.identifier());
        SourceSpan span = positions.span(ctx);
        Boolean nullability = null;
        Expr defaultValue = null;
        Identity identity = null;
        GeneratedColumn generated = null;
        boolean defaultOnNull = false;
        boolean defaultOnNullOnUpdate = false;
        List<Object> inline = new ArrayList<>();
        for (ColumnOptionContext option : ctx.columnOption()) {
            if (option instanceof ColumnDefaultContext d) {
                defaultValue = expressions.expr(d.defaultExpression);
                if (d.NULL() != null) {
                    nullability = false;
                    defaultOnNull = true;
                    defaultOnNullOnUpdate = d.UPDATE() != null;
                    notes.add(OracleCode.DEFAULT_ON_NULL.at(positions.span(option), "column " + name
                            + (defaultOnNullOnUpdate ? " (FOR INSERT AND UPDATE)" : "")));
                }
            } else if (option instanceof ColumnIdentityContext i) {
                identity = identity(i);
                if (i.NULL() != null) {
                    defaultOnNull = true;
                    notes.add(OracleCode.IDENTITY_DEFAULT_ON_NULL.at(positions.span(option), "identity column " + name + " BY DEFAULT ON NULL"));
                }
            } else if (option instanceof ColumnVirtualContext v) {
                generated = new GeneratedColumn(expressions.expr(v.valueExpression()), false);
            } else if (option instanceof ColumnConstraintContext c) {
                InlineConstraintContext constraint = c.inlineConstraint();
                if (constraint instanceof InlineNullConstraintContext n) {
                    if (!OracleConstraintBuilder.States.of(n.constraintState()).disabled()) nullability = n.NOT() == null;
                } else {
                    Object built = constraints.build(constraint, name);
                    if (built != null) inline.add(built);
                    if (constraint instanceof InlinePrimaryKeyContext && built != null) nullability = false;
                }
            }
            // ENCRYPT and COLLATE: no model field; the target's defaults apply.
        }
        DataType type = ctx.dataType() == null ? null : types.type(ctx.dataType());
        if (type == null && generated != null) {
            type = new DataType(UNSPECIFIED_TYPE, null, null, Set.of(), List.of(), null, null, "(not declared)");
            notes.add(OracleCode.UNTYPED_VIRTUAL_COLUMN.at(span, "virtual column " + name));
        }
        boolean nullable = nullability == null || nullability;
        // INVISIBLE (Oracle 12c): SELECT * and INSERT without a column list leave the column out
        Column column = new Column(name, type, nullable, defaultValue, identity, generated, null, null, ctx.INVISIBLE() != null,
                span, defaultOnNull, defaultOnNullOnUpdate);
        return new BuiltColumn(column, nullability, inline);
    }

    private static Identity identity(ColumnIdentityContext ctx) {
        boolean always = ctx.BY() == null;
        Long start = null;
        Long increment = null;
        Long min = null;
        Long max = null;
        Boolean cycle = null;
        Long cache = null;
        for (IdentityOptionContext option : ctx.identityOption()) {
            if (option instanceof IdentityStartContext s && s.signedNumber() != null) start = OracleNumbers.bigint(s.signedNumber());
            else if (option instanceof IdentityIncrementContext i) increment = OracleNumbers.bigint(i.signedNumber());
            else if (option instanceof IdentityMinValueContext m) min = OracleNumbers.bigint(m.signedNumber());
            else if (option instanceof IdentityMaxValueContext m) max = OracleNumbers.bigint(m.signedNumber());
            else if (option instanceof IdentityCacheContext c) cache = OracleNumbers.bigint(c.signedNumber());
            else if (option instanceof IdentityCycleContext) cycle = true;
        }
        return new Identity(always, start, increment, min, max, cycle, cache);
    }
}
