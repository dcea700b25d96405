package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.model.ActionItem;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.proc.Unsupported;
import org.schemashift.source.antlr.SourcePositions;

/**
 * What the builders of one PL/SQL unit share: where its text sits in the file, the items raised
 * while reading it, and the builders of each family, which call one another (a block declares
 * subprograms, whose bodies are blocks).
 */
final class UnitReading {
    final SourcePositions positions;
    final List<ActionItem> notes = new ArrayList<>();
    final PlSqlExpressions expressions;
    final PlSqlTypes types;
    final PlSqlDeclarations declarations;
    final PlSqlStatements statements;
    final PlSqlSubprograms subprograms;
    final PlSqlConditions conditions;
    final PlSqlComments comments;
    private final String unitName;
    private final PackageSubtypes packageSubtypes;
    /**
     * The names the unit's code declared so far, upper case, in any of its scopes (parameters, variables,
     * constants, cursors, types, exceptions, subprograms): what an inlined dynamic block must not capture.
     */
    final Set<String> declaredNames = new HashSet<>();

    /**
     * {@code code}: the unit's text as parsed; {@code unitName}: what $$PLSQL_UNIT reads;
     * {@code packageSubtypes}: the types packages read before declared.
     */
    UnitReading(SourcePositions positions, String code, String unitName, PackageSubtypes packageSubtypes) {
        this.positions = positions;
        this.unitName = unitName;
        this.packageSubtypes = packageSubtypes;
        this.comments = new PlSqlComments(code, new LineIndex(code, positions));
        this.expressions = new PlSqlExpressions(positions, notes, unitName);
        this.types = new PlSqlTypes(positions, packageSubtypes, unitName, notes);
        this.conditions = new PlSqlConditions(this);
        this.declarations = new PlSqlDeclarations(this);
        this.statements = new PlSqlStatements(this);
        this.subprograms = new PlSqlSubprograms(this);
    }

    /** The reading of other code of the same unit ({@code code}, placed by {@code at}): a dynamic block's text. */
    UnitReading nested(SourcePositions at, String code) {
        return new UnitReading(at, code, unitName, packageSubtypes);
    }

    SourceSpan span(ParserRuleContext ctx) {
        return positions.span(ctx);
    }

    String text(ParserRuleContext ctx) {
        return positions.text(ctx);
    }

    /** The expression or query {@code ctx}, as a canonical tree; null for null. */
    SqlNode expression(ParserRuleContext ctx) {
        return ctx == null ? null : expressions.visit(ctx);
    }

    /** The value of an integer literal such as {@code -20001}, or null when {@code node} is not one. */
    static Integer integer(SqlNode node) {
        if (node instanceof SqlNumericLiteral n && n.isInteger()) return n.intValue(true);
        if (node instanceof SqlCall c && c.getOperator() == SqlStdOperatorTable.UNARY_MINUS) {
            Integer value = integer(c.operand(0));
            return value == null ? null : -value;
        }
        return null;
    }

    Unsupported unsupported(ParserRuleContext ctx, String reason) {
        return new Unsupported(text(ctx), span(ctx), reason);
    }

    /** A construct inside a statement or declaration that the IR cannot hold: the whole statement becomes {@link Unsupported}. */
    static final class NotReadable extends RuntimeException {
        NotReadable(String reason) {
            super(reason, null, false, false);
        }
    }
}
