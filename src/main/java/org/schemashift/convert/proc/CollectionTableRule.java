package org.schemashift.convert.proc;

import java.util.List;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.proc.Declaration;
import org.schemashift.model.proc.ProcType;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * {@code TABLE(collection)} in a query, on a collection variable, parameter or constructor, is
 * {@code UNNEST(collection)}: one row per element, in order. A collection of scalars gives Oracle's
 * single column COLUMN_VALUE (SQL Language Reference, "table_collection_expression"), so the
 * unnested column is named so ({@code UNNEST(c) AS t (COLUMN_VALUE)}, or {@code AS COLUMN_VALUE}
 * without an alias, which names PostgreSQL's single column too); a collection of objects or records
 * gives their fields as columns, as UNNEST of a composite array does. The call is rewritten first,
 * then its alias (the AS or the FROM it sits in, offered after it).
 */
final class CollectionTableRule implements ExpressionRule {
    static final String COLUMN_VALUE = "COLUMN_VALUE";

    private final ProcScope scope;

    CollectionTableRule(ProcScope scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "PROC-R009";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (PseudoFunctions.isCall(node, "TABLE") && ((SqlCall) node).operandCount() == 1) {
            SqlNode collection = ((SqlCall) node).operand(0);
            return collection(collection) == null ? null : SqlStdOperatorTable.UNNEST.createCall(node.getParserPosition(), collection);
        }
        if (node instanceof SqlCall as && as.getKind() == SqlKind.AS && as.operandCount() == 2 && scalarUnnest(as.operand(0))) {
            return SqlStdOperatorTable.AS.createCall(as.getParserPosition(), as.operand(0), as.operand(1),
                    new SqlIdentifier(COLUMN_VALUE, SqlParserPos.ZERO));
        }
        if (node instanceof SqlSelect select && select.getFrom() != null) {
            SqlNode from = named(select.getFrom());
            if (from == select.getFrom()) return null;
            select.setFrom(from);
            return select;
        }
        return null;
    }

    /** {@code from} with a bare UNNEST of scalars (or one side of a join) named COLUMN_VALUE; {@code from} itself when none is. */
    private SqlNode named(SqlNode from) {
        if (scalarUnnest(from)) {
            return SqlStdOperatorTable.AS.createCall(from.getParserPosition(), from, new SqlIdentifier(COLUMN_VALUE, SqlParserPos.ZERO));
        }
        if (from instanceof SqlJoin join) {
            SqlNode left = named(join.getLeft());
            SqlNode right = named(join.getRight());
            if (left == join.getLeft() && right == join.getRight()) return from;
            join.setLeft(left);
            join.setRight(right);
        }
        return from;
    }

    private boolean scalarUnnest(SqlNode node) {
        if (!(node instanceof SqlBasicCall call) || call.getKind() != SqlKind.UNNEST || call.operandCount() != 1) return false;
        Declaration.CollectionType type = collection(call.operand(0));
        return type != null && (type.element() instanceof ProcType.Declared
                || type.element() instanceof ProcType.Anchored anchored && anchored.anchor() == ProcType.Anchor.TYPE);
    }

    /** The collection type of {@code operand}: a collection variable's (package state read included) or a constructor's; else null. */
    private Declaration.CollectionType collection(SqlNode operand) {
        if (operand instanceof SqlCall call && call.getOperator() instanceof SqlUnresolvedFunction f && f.getSqlIdentifier() != null
                && f.getSqlIdentifier().isSimple()) {
            return scope.type(f.getSqlIdentifier().getSimple()) instanceof Declaration.CollectionType c ? c : null;
        }
        Symbol symbol = operand instanceof SqlIdentifier id ? scope.resolve(id.names) : null;
        return symbol == null || symbol.kind() != Symbol.Kind.COLLECTION ? null : scope.collectionType(symbol);
    }
}
