package org.schemashift.convert;

import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * A boolean used as a number, where the source stores booleans as numbers: MySQL's TINYINT(1) made
 * a boolean by the target ({@code active + 1}, {@code SUM(active)}, and MySQL's comparisons, which
 * are 0 or 1: {@code SUM(price > 10)}) and SQL Server's BIT ({@code flag + 1}). The source adds,
 * sums and averages them as the integers 0 and 1; PostgreSQL has no arithmetic and no SUM, AVG, MIN
 * or MAX on booleans, so such an operand becomes {@code CAST(b AS INTEGER)}, which is 0 or 1 (NULL
 * for NULL) as on the source. Comparisons with numbers are {@link BooleanNumberComparisonRule}'s.
 * {@code id}: the source's rule id.
 */
public record BooleanAsNumberRule(String id) implements ExpressionRule {
    private static final Set<SqlKind> NUMERIC = Set.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES, SqlKind.DIVIDE,
            SqlKind.MOD, SqlKind.MINUS_PREFIX, SqlKind.PLUS_PREFIX, SqlKind.SUM, SqlKind.SUM0, SqlKind.AVG, SqlKind.MIN, SqlKind.MAX);

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlCall call) || !NUMERIC.contains(call.getKind())) return null;
        List<SqlNode> operands = call.getOperandList();
        if (operands.stream().noneMatch(o -> o != null && context.typeOf(o) == TypeFamily.BOOLEAN)) return null;
        SqlNode[] numbers = operands.stream().map(o -> o != null && context.typeOf(o) == TypeFamily.BOOLEAN ? BooleanNumberComparisonRule.asInteger(o) : o)
                .toArray(SqlNode[]::new);
        return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), numbers);
    }

}
