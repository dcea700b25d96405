package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.schemashift.emit.SpellingRule;

/**
 * The standard {@code LISTAGG(x, sep) WITHIN GROUP (ORDER BY k)} as PostgreSQL's
 * {@code string_agg(x, sep ORDER BY k)} ({@link StringAggOperator}): the LISTAGG is spelled first
 * (bottom-up) without an order, then its WITHIN GROUP moves the order inside. Any other WITHIN
 * GROUP (PERCENTILE_CONT...) is PostgreSQL's own and stays as it is.
 */
final class PostgresqlStringAgg implements SpellingRule {

    @Override
    public String id() {
        return "PG-J005";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        if (call.getKind() == SqlKind.WITHIN_GROUP) {
            if (!(call.operand(0) instanceof SqlCall agg && agg.getOperator() == StringAggOperator.INSTANCE)) return call;
            return StringAggOperator.INSTANCE.createCall(call.getParserPosition(), agg.operand(0), agg.operand(1), call.operand(1));
        }
        if (call.operandCount() != 2) return context.cannot("LISTAGG without exactly a value and a separator");
        return StringAggOperator.INSTANCE.createCall(call.getParserPosition(), call.operand(0), call.operand(1), SqlNodeList.EMPTY);
    }
}
