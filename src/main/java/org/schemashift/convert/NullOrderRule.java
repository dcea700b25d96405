package org.schemashift.convert;

import org.apache.calcite.config.NullCollation;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The source's NULL ordering made explicit on every ORDER BY key of a query, a SELECT (an UPDATE's
 * or DELETE's ORDER BY ... LIMIT is read as one) and a window: {@code nulls} is the source's fact,
 * {@link NullCollation#LOW} where NULLs sort first ascending and last descending (MySQL, SQL Server),
 * {@link NullCollation#HIGH} where the other way round (Oracle, PostgreSQL). A key becomes
 * {@link CanonicalOperators#NULLS_LOW} or {@link CanonicalOperators#NULLS_HIGH} of itself, which
 * each target spells by its own default. A key with NULLS FIRST / LAST written keeps it; a literal
 * (a constant, or a column position, which a target's emulation would turn into a constant) is left
 * as it is. The catalog does not tell nullability here, so every other key is marked.
 * {@code id}: the source's rule id.
 */
public record NullOrderRule(String id, NullCollation nulls) implements ExpressionRule {

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlOrderBy orderBy) {
            SqlNodeList order = marked(orderBy.orderList);
            return order == null ? null : new SqlOrderBy(orderBy.getParserPosition(), orderBy.query, order, orderBy.offset, orderBy.fetch);
        }
        if (node instanceof SqlSelect select) {
            SqlNodeList order = marked(select.getOrderList());
            if (order == null) return null;
            SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
            copy.setOrderBy(order);
            return copy;
        }
        if (node instanceof SqlWindow window) {
            SqlNodeList order = marked(window.getOrderList());
            if (order == null) return null;
            SqlWindow copy = (SqlWindow) window.clone(window.getParserPosition());
            copy.setOrderList(order);
            return copy;
        }
        return null;
    }

    /** {@code order} with its keys that have no NULL order wrapped; null when none needs it. */
    private SqlNodeList marked(SqlNodeList order) {
        if (order == null) return null;
        SqlNodeList result = new SqlNodeList(order.getParserPosition());
        boolean changed = false;
        for (SqlNode key : order) {
            SqlNode bare = key.getKind() == SqlKind.DESCENDING ? ((SqlCall) key).operand(0) : key;
            if (marked(key) || bare instanceof SqlLiteral) {
                result.add(key);
                continue;
            }
            result.add((nulls == NullCollation.LOW ? CanonicalOperators.NULLS_LOW : CanonicalOperators.NULLS_HIGH)
                    .createCall(key.getParserPosition(), key));
            changed = true;
        }
        return changed ? result : null;
    }

    private static boolean marked(SqlNode key) {
        return key.getKind() == SqlKind.NULLS_FIRST || key.getKind() == SqlKind.NULLS_LAST
                || key instanceof SqlCall call && (call.getOperator() == CanonicalOperators.NULLS_LOW
                        || call.getOperator() == CanonicalOperators.NULLS_HIGH);
    }
}
