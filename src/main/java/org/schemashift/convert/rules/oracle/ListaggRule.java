package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code LISTAGG(x, sep)} (inside its {@code WITHIN GROUP (ORDER BY k)}) becomes the standard
 * LISTAGG of x as text. Oracle's separator defaults to none (NULL, which LISTAGG treats as ''),
 * and NULL values are skipped; values become text as Oracle converts them (numbers without
 * trailing zeros). Targets spell it (PostgreSQL: string_agg with ORDER BY inside).
 */
public final class ListaggRule implements ExpressionRule {
    private static final SqlTemplate SEPARATOR = SqlTemplate.canonical("COALESCE({0}, '')");

    @Override
    public String id() {
        return "ORA-J013";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall listagg) || !(listagg.getOperator() instanceof SqlUnresolvedFunction f)
                || !f.getName().toUpperCase(Locale.ROOT).equals("LISTAGG")) {
            return null;
        }
        if (listagg.operandCount() < 1 || listagg.operandCount() > 2) return null;
        SqlNode separator = listagg.operandCount() == 2 ? listagg.operand(1) : OracleNodes.nullLiteral();
        SqlNode sep = OracleNodes.isNonNullLiteral(separator) ? separator : SEPARATOR.apply(separator);
        SqlNode value = OracleNodes.asText(listagg.operand(0), context.typeOf(listagg.operand(0)));
        return SqlStdOperatorTable.LISTAGG.createCall(listagg.getFunctionQuantifier(), listagg.getParserPosition(), value, sep);
    }
}
