package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * Oracle {@code a || b} and {@code CONCAT(a, b)} treat NULL as an empty string ("concatenating a
 * zero-length character string with another operand always results in the other operand"), and a
 * result of length zero is NULL. The standard {@code ||} returns NULL for a NULL operand, so each
 * operand that may be NULL becomes {@code COALESCE(x, '')} and the whole {@code NULLIF(..., '')}.
 * Non-string operands become text first (numbers without trailing zeros, as Oracle writes them); a
 * DATE is formatted with Oracle's default NLS_DATE_FORMAT (DD-MON-RR), raised as an NLS action item.
 */
public final class ConcatNullAsEmptyRule implements ExpressionRule {
    private static final SqlTemplate EMPTY_IF_NULL = SqlTemplate.canonical("COALESCE({0}, '')");
    private static final SqlTemplate DATE_AS_TEXT = SqlTemplate.canonical("FORMAT_BY_MODEL({0}, 'DD-MON-YY')");
    private static final SqlTemplate NULL_IF_EMPTY = SqlTemplate.canonical("NULLIF({0}, '')");

    @Override
    public String id() {
        return "ORA-J007";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean pipes = node instanceof SqlCall c && c.getOperator() == SqlStdOperatorTable.CONCAT;
        if (!pipes && !(PseudoFunctions.isCall(node, "CONCAT") && ((SqlCall) node).operandCount() == 2)) return null;
        SqlCall call = (SqlCall) node;
        SqlParserPos pos = call.getParserPosition();
        List<SqlNode> parts = new ArrayList<>();
        boolean mayBeEmpty = true;
        for (SqlNode operand : call.getOperandList()) {
            if (OracleNodes.isNullLiteral(operand)) continue;
            if (OracleNodes.isNonNullLiteral(operand) || isConvertedConcatWithLiteral(operand)) {
                parts.add(operand);
                mayBeEmpty = false;
            } else if (isOurs(operand)) {
                parts.add(((SqlCall) operand).operand(0));
            } else {
                parts.add(EMPTY_IF_NULL.apply(asText(operand, context)));
            }
        }
        if (parts.isEmpty()) return OracleNodes.nullLiteral();
        SqlNode result = parts.get(0);
        for (int i = 1; i < parts.size(); i++) result = SqlStdOperatorTable.CONCAT.createCall(pos, result, parts.get(i));
        return mayBeEmpty ? NULL_IF_EMPTY.apply(result) : result;
    }

    /** An inner || this rule already converted without NULLIF: it holds a non-empty literal, so it is never NULL. */
    private static boolean isConvertedConcatWithLiteral(SqlNode operand) {
        return operand instanceof SqlCall c && c.getOperator() == SqlStdOperatorTable.CONCAT;
    }

    /** NULLIF(x, '') made by this rule for an inner ||: its x can be used directly (it is never NULL). */
    private static boolean isOurs(SqlNode operand) {
        return operand instanceof SqlCall c && c.getKind() == SqlKind.NULLIF && "".equals(OracleNodes.stringValue(c.operand(1)));
    }

    private static SqlNode asText(SqlNode operand, RuleContext context) {
        TypeFamily type = context.typeOf(operand);
        if (type == TypeFamily.DATETIME) {
            context.note(OracleCode.NLS_DEPENDENT, "a DATE concatenated as text uses format DD-MON-YY");
            return DATE_AS_TEXT.apply(operand);
        }
        return OracleNodes.asText(operand, type);
    }
}
