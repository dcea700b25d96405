package org.schemashift.convert;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.model.sql.CanonicalOperators;

/**
 * The source's NULL ordering made explicit on the ORDER BY keys that can be NULL, of a query, a
 * SELECT (an UPDATE's or DELETE's ORDER BY ... LIMIT is read as one), a window and an ordered
 * aggregate (WITHIN GROUP, MySQL's GROUP_CONCAT): {@code nulls} is the source's fact,
 * {@link NullCollation#LOW} where NULLs sort first ascending and last descending (MySQL, SQL Server),
 * {@link NullCollation#HIGH} where the other way round (Oracle, PostgreSQL). Such a key becomes
 * {@link CanonicalOperators#NULLS_LOW} or {@link CanonicalOperators#NULLS_HIGH} of itself, which
 * each target spells by its own default. A key that is never NULL ({@link NotNullExpressions}: a NOT
 * NULL or primary-key column not on an outer join's optional side, COUNT(*), ROW_NUMBER()...; an
 * output column named by its alias is judged by its expression) sorts the same everywhere and is left
 * as it is, as is a key with NULLS FIRST / LAST written and a literal (a constant, or a column
 * position, which a target's emulation would turn into a constant). {@code id}: the source's rule id.
 */
public record NullOrderRule(String id, NullCollation nulls) implements ExpressionRule {

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlOrderBy orderBy) {
            SqlNodeList order = marked(orderBy.orderList, outputs(orderBy.query), context);
            return order == null ? null : new SqlOrderBy(orderBy.getParserPosition(), orderBy.query, order, orderBy.offset, orderBy.fetch);
        }
        if (node instanceof SqlSelect select) {
            SqlNodeList order = marked(select.getOrderList(), outputs(select), context);
            if (order == null) return null;
            SqlSelect copy = (SqlSelect) select.clone(select.getParserPosition());
            copy.setOrderBy(order);
            return copy;
        }
        if (node instanceof SqlWindow window) {
            SqlNodeList order = marked(window.getOrderList(), Map.of(), context);
            if (order == null) return null;
            SqlWindow copy = (SqlWindow) window.clone(window.getParserPosition());
            copy.setOrderList(order);
            return copy;
        }
        if (node instanceof SqlCall within && within.getKind() == SqlKind.WITHIN_GROUP && within.operand(1) instanceof SqlNodeList list) {
            SqlNodeList order = marked(list, Map.of(), context);
            return order == null ? null : SqlStdOperatorTable.WITHIN_GROUP.createCall(within.getParserPosition(), within.operand(0), order);
        }
        return null;
    }

    /** The output columns a query's ORDER BY may name, upper case → their expressions; none for a set operation. */
    private static Map<String, SqlNode> outputs(SqlNode query) {
        Map<String, SqlNode> outputs = new HashMap<>();
        if (!(query instanceof SqlSelect select)) return outputs;
        for (SqlNode item : select.getSelectList()) {
            if (item instanceof SqlCall as && as.getKind() == SqlKind.AS) {
                outputs.put(((SqlIdentifier) as.operand(1)).getSimple().toUpperCase(Locale.ROOT), as.operand(0));
            } else if (item instanceof SqlIdentifier id && !id.isStar()) {
                outputs.putIfAbsent(id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT), id);
            }
        }
        return outputs;
    }

    /** {@code order} with its keys that can be NULL and have no NULL order wrapped; null when none needs it. */
    private SqlNodeList marked(SqlNodeList order, Map<String, SqlNode> outputs, RuleContext context) {
        if (order == null) return null;
        SqlNodeList result = new SqlNodeList(order.getParserPosition());
        boolean changed = false;
        for (SqlNode key : order) {
            SqlNode bare = key.getKind() == SqlKind.DESCENDING ? ((SqlCall) key).operand(0) : key;
            if (marked(key) || bare instanceof SqlLiteral || NotNullExpressions.test(named(bare, outputs), context::notNull)) {
                result.add(key);
                continue;
            }
            result.add((nulls == NullCollation.LOW ? CanonicalOperators.NULLS_LOW : CanonicalOperators.NULLS_HIGH)
                    .createCall(key.getParserPosition(), key));
            changed = true;
        }
        return changed ? result : null;
    }

    /** The expression a key stands for: the output column's when it names one by a simple name, as ORDER BY reads it first. */
    private static SqlNode named(SqlNode key, Map<String, SqlNode> outputs) {
        if (!(key instanceof SqlIdentifier id) || !id.isSimple()) return key;
        return outputs.getOrDefault(id.getSimple().toUpperCase(Locale.ROOT), key);
    }

    private static boolean marked(SqlNode key) {
        return key.getKind() == SqlKind.NULLS_FIRST || key.getKind() == SqlKind.NULLS_LAST
                || key instanceof SqlCall call && (call.getOperator() == CanonicalOperators.NULLS_LOW
                        || call.getOperator() == CanonicalOperators.NULLS_HIGH);
    }
}
