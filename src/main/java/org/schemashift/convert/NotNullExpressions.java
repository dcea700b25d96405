package org.schemashift.convert;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Which expressions can never be NULL, by the SQL semantics every dialect shares: a literal other
 * than NULL and '' (Oracle's NULL), a column known NOT NULL, COUNT and the ranking window functions, a test (IS [NOT]
 * NULL, EXISTS), COALESCE with a never-NULL operand, a CASE whose every result and ELSE are never
 * NULL, and sign or +, -, * over never-NULL operands. Anything else (other functions, division,
 * casts, subqueries) may be NULL. Operators are matched by kind, so it reads source and canonical
 * trees alike.
 */
public final class NotNullExpressions {
    private static final Set<SqlKind> NEVER_NULL = EnumSet.of(SqlKind.COUNT, SqlKind.ROW_NUMBER, SqlKind.RANK,
            SqlKind.DENSE_RANK, SqlKind.PERCENT_RANK, SqlKind.CUME_DIST, SqlKind.NTILE, SqlKind.IS_NULL, SqlKind.IS_NOT_NULL,
            SqlKind.IS_TRUE, SqlKind.IS_FALSE, SqlKind.IS_NOT_TRUE, SqlKind.IS_NOT_FALSE, SqlKind.EXISTS);
    /** Operators that are NULL only when an operand is. */
    private static final Set<SqlKind> STRICT = EnumSet.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES,
            SqlKind.MINUS_PREFIX, SqlKind.PLUS_PREFIX);

    private NotNullExpressions() {
    }

    /** True when {@code node} is never NULL; {@code notNullColumn} tells it of the column references. */
    public static boolean test(SqlNode node, Predicate<SqlIdentifier> notNullColumn) {
        if (node instanceof SqlLiteral literal) {
            return literal.getTypeName() != SqlTypeName.NULL && !(literal instanceof SqlCharStringLiteral text && text.getValueAs(String.class).isEmpty());
        }
        if (node instanceof SqlIdentifier id) return notNullColumn.test(id);
        if (node instanceof SqlCase c) {
            return c.getElseOperand() != null && test(c.getElseOperand(), notNullColumn)
                    && c.getThenOperands().stream().allMatch(n -> test(n, notNullColumn));
        }
        if (!(node instanceof SqlCall call)) return false;
        SqlKind kind = call.getKind();
        if (NEVER_NULL.contains(kind)) return true;
        if (kind == SqlKind.AS || kind == SqlKind.OVER) return test(call.operand(0), notNullColumn);
        if (kind == SqlKind.COALESCE) return call.getOperandList().stream().anyMatch(n -> test(n, notNullColumn));
        return STRICT.contains(kind) && call.getOperandList().stream().allMatch(n -> test(n, notNullColumn));
    }
}
