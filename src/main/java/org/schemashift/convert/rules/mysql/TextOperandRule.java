package org.schemashift.convert.rules.mysql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;

/**
 * A column stored as text in MySQL but not text on PostgreSQL (a JSON column, jsonb there, or an ENUM) read as
 * text, as an operand of CONCAT (written {@code ||}) or LIKE: cast to VARCHAR. PostgreSQL would otherwise take jsonb's
 * {@code ||}, which concatenates documents and reads a text literal as one, and has no LIKE for jsonb.
 */
final class TextOperandRule implements ExpressionRule {
    private static final SqlTemplate AS_TEXT = SqlTemplate.canonical("CAST({0} AS VARCHAR)");

    @Override
    public String id() {
        return "MY-J016";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean concat = PseudoFunctions.isCall(node, "CONCAT");
        if (!(node instanceof SqlCall call) || (!concat && call.getKind() != SqlKind.LIKE)) return null;
        List<SqlNode> operands = new ArrayList<>(call.getOperandList());
        boolean cast = false;
        for (int i = 0; i < (concat ? operands.size() : Math.min(2, operands.size())); i++) {
            if (operands.get(i) instanceof SqlIdentifier column && context.relationOf(column) != null
                    && context.typeOf(column) == TypeFamily.UNKNOWN) {
                operands.set(i, AS_TEXT.apply(column));
                cast = true;
            }
        }
        return cast ? call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands) : null;
    }
}
