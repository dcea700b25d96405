package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.SqlTemplate;

/**
 * {@code LISTAGG(x, sep) WITHIN GROUP (ORDER BY k)} becomes {@code string_agg(CAST(x AS VARCHAR),
 * sep ORDER BY k)}. Oracle's separator defaults to none (NULL, which LISTAGG treats as ''), and
 * NULL values are skipped by both; values become text as Oracle converts them (numbers without trailing zeros).
 */
public final class ListaggToStringAggRule implements ExpressionRule {
    private static final SqlTemplate SEPARATOR = SqlTemplate.of("COALESCE({0}, '')");

    @Override
    public String id() {
        return "OR-PG-J013";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        // Children come first: the LISTAGG inside WITHIN GROUP is already a string_agg without order.
        if (node.getKind() == SqlKind.WITHIN_GROUP && ((SqlCall) node).operand(0) instanceof SqlCall agg
                && agg.getOperator() == StringAggOperator.INSTANCE) {
            return StringAggOperator.INSTANCE.createCall(SqlParserPos.ZERO, agg.operand(0), agg.operand(1),
                    ((SqlCall) node).operand(1));
        }
        if (!isListagg(node)) return null;
        SqlCall listagg = (SqlCall) node;
        if (listagg.operandCount() < 1 || listagg.operandCount() > 2) return null;
        SqlNode separator = listagg.operandCount() == 2 ? listagg.operand(1) : OracleNodes.nullLiteral();
        SqlNode sep = OracleNodes.isNonNullLiteral(separator) ? separator : SEPARATOR.apply(separator);
        return StringAggOperator.INSTANCE.createCall(SqlParserPos.ZERO, OracleNodes.asText(listagg.operand(0), context.typeOf(listagg.operand(0))), sep, SqlNodeList.EMPTY);
    }

    private static boolean isListagg(SqlNode node) {
        return node instanceof SqlCall call && call.getOperator().getName().toUpperCase(Locale.ROOT).equals("LISTAGG");
    }
}
