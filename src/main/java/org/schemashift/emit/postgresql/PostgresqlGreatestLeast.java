package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Canonical GREATEST/LEAST are NULL when any argument is NULL (Oracle, MySQL); PostgreSQL's
 * greatest/least ignore NULL arguments, so the call is guarded: {@code CASE WHEN a IS NULL OR
 * b IS NULL THEN NULL ELSE greatest(a, b) END}; non-null literal arguments need no test.
 */
final class PostgresqlGreatestLeast implements SpellingRule {
    private static final SqlTemplate GREATEST = SqlTemplate.target("greatest({*})");
    private static final SqlTemplate LEAST = SqlTemplate.target("least({*})");

    @Override
    public String id() {
        return "PG-J001";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        SqlParserPos pos = call.getParserPosition();
        SqlNode ignoringNulls = (call.getOperator() == SqlLibraryOperators.LEAST ? LEAST : GREATEST).applyTo(call.getOperandList());
        List<SqlNode> nullTests = new ArrayList<>();
        for (SqlNode arg : call.getOperandList()) {
            if (!isNonNullLiteral(arg)) nullTests.add(SqlStdOperatorTable.IS_NULL.createCall(pos, arg));
        }
        if (nullTests.isEmpty()) return ignoringNulls;
        SqlNode anyNull = nullTests.get(0);
        for (int i = 1; i < nullTests.size(); i++) anyNull = SqlStdOperatorTable.OR.createCall(pos, anyNull, nullTests.get(i));
        return new SqlCase(pos, null, SqlNodeList.of(anyNull), SqlNodeList.of(SqlLiteral.createNull(pos)), ignoringNulls);
    }

    private static boolean isNonNullLiteral(SqlNode node) {
        return node instanceof SqlLiteral l && l.getTypeName() != SqlTypeName.NULL && l.getTypeName() != SqlTypeName.SYMBOL;
    }
}
