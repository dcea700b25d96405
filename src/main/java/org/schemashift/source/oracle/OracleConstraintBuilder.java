package org.schemashift.source.oracle;

import java.util.List;
import org.schemashift.model.ActionItem;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.PrimaryKey;
import org.schemashift.model.ReferentialAction;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.oracle.grammar.OracleParser.*;

/**
 * Builds constraints written inline on a column or out of line, with Oracle's constraint states:
 * a DISABLEd constraint is not built (an item says so: it holds no promise about the data);
 * ENABLE NOVALIDATE makes a check or foreign key not validated (the target does not check the rows
 * it already has); RELY and USING INDEX change nothing the target can express; DEFERRABLE and INITIALLY
 * DEFERRED are kept on foreign keys and reported for primary and unique keys.
 * {@link #build} returns a PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint or null.
 */
final class OracleConstraintBuilder {

    private final SourcePositions positions;
    private final OracleExpressionBuilder expressions;
    private final List<ActionItem> notes;

    OracleConstraintBuilder(SourcePositions positions, OracleExpressionBuilder expressions, List<ActionItem> notes) {
        this.positions = positions;
        this.expressions = expressions;
        this.notes = notes;
    }

    /** What the constraint states of one constraint say. */
    record States(boolean disabled, boolean deferrable, boolean initiallyDeferred, boolean validated) {
        static States of(List<ConstraintStateContext> states) {
            boolean disabled = false;
            boolean deferrable = false;
            boolean deferred = false;
            boolean validated = true;
            for (ConstraintStateContext s : states) {
                if (s instanceof DisableStateContext) disabled = true;
                else if (s instanceof EnableStateContext) disabled = false;
                else if (s instanceof DeferrableStateContext d) deferrable = d.NOT() == null;
                else if (s instanceof InitiallyStateContext i) deferred = i.DEFERRED() != null;
                else if (s instanceof NovalidateStateContext) validated = false;
                else if (s instanceof ValidateStateContext) validated = true;
            }
            return new States(disabled, deferrable || deferred, deferred, validated);
        }
    }

    Object build(OutOfLineConstraintContext ctx) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof PrimaryKeyConstraintContext c) {
            return keep(name(c.identifier()), States.of(c.constraintState()), span, "primary key",
                    new PrimaryKey(name(c.identifier()), OracleNames.identifiers(c.identifierList()), span));
        }
        if (ctx instanceof UniqueConstraintContext c) {
            return keep(name(c.identifier()), States.of(c.constraintState()), span, "unique key",
                    new UniqueConstraint(name(c.identifier()), OracleNames.identifiers(c.identifierList()), span));
        }
        if (ctx instanceof ForeignKeyConstraintContext c) {
            States states = States.of(c.constraintState());
            return keep(name(c.identifier()), states, span, "foreign key",
                    foreignKey(name(c.identifier()), OracleNames.identifiers(c.identifierList()), c.referencesClause(), states, span));
        }
        CheckConstraintContext c = (CheckConstraintContext) ctx;
        return keep(name(c.identifier()), States.of(c.constraintState()), span, "check",
                new CheckConstraint(name(c.identifier()), expressions.expr(c.expression()), true, span));
    }

    /** An inline constraint on {@code column}; NOT NULL / NULL are handled by the column builder. */
    Object build(InlineConstraintContext ctx, String column) {
        SourceSpan span = positions.span(ctx);
        if (ctx instanceof InlinePrimaryKeyContext c) {
            return keep(name(c.identifier()), States.of(c.constraintState()), span, "primary key",
                    new PrimaryKey(name(c.identifier()), List.of(column), span));
        }
        if (ctx instanceof InlineUniqueContext c) {
            return keep(name(c.identifier()), States.of(c.constraintState()), span, "unique key",
                    new UniqueConstraint(name(c.identifier()), List.of(column), span));
        }
        if (ctx instanceof InlineReferencesContext c) {
            States states = States.of(c.constraintState());
            return keep(name(c.identifier()), states, span, "foreign key",
                    foreignKey(name(c.identifier()), List.of(column), c.referencesClause(), states, span));
        }
        if (ctx instanceof InlineCheckContext c) {
            return keep(name(c.identifier()), States.of(c.constraintState()), span, "check",
                    new CheckConstraint(name(c.identifier()), expressions.expr(c.expression()), true, span));
        }
        return null;
    }

    private Object keep(String name, States states, SourceSpan span, String what, Object constraint) {
        if (states.disabled()) {
            notes.add(OracleCode.DISABLED_CONSTRAINT.at(span, what + (name == null ? "" : " " + name) + " is DISABLE"));
            return null;
        }
        // ENABLE NOVALIDATE: enforced on new rows, the old ones never checked; a key is kept as usual
        if (!states.validated() && constraint instanceof CheckConstraint check) return check.notValidated();
        if (!states.validated() && constraint instanceof ForeignKey fk) return fk.notValidated();
        if (states.deferrable() && constraint instanceof PrimaryKey pk) {
            return new PrimaryKey(pk.name(), pk.columns(), pk.span(), true, states.initiallyDeferred());
        }
        if (states.deferrable() && constraint instanceof UniqueConstraint u) {
            return new UniqueConstraint(u.name(), u.columns(), u.span(), true, states.initiallyDeferred());
        }
        return constraint;
    }

    private static ForeignKey foreignKey(String name, List<String> columns, ReferencesClauseContext ref, States states,
                                         SourceSpan span) {
        ReferentialAction onDelete = ref.cascade != null ? ReferentialAction.CASCADE
                : ref.setNull != null ? ReferentialAction.SET_NULL : null;
        return new ForeignKey(name, columns, OracleNames.objectName(ref.tableName()), OracleNames.identifiers(ref.identifierList()),
                onDelete, null, states.deferrable(), states.initiallyDeferred(), span);
    }

    static String name(IdentifierContext ctx) {
        return ctx == null ? null : OracleNames.identifier(ctx);
    }
}
