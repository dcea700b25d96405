package org.schemashift.convert;

import org.schemashift.model.sql.PseudoFunctions;
import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.ReturnTypes;

/**
 * The member check of a MySQL SET column stored as comma-separated text:
 * {@code col = '' OR string_to_array(col, ',') <@ ARRAY[members]} (PostgreSQL array containment,
 * requested by {@code check: set} in the mysql-to-postgresql type rules).
 */
final class SetMemberCheck {
    private static final SqlBinaryOperator CONTAINED_BY =
            new SqlBinaryOperator("<@", SqlKind.OTHER, 30, true, ReturnTypes.BOOLEAN, null, null);
    private static final SqlUnresolvedFunction STRING_TO_ARRAY =
            PseudoFunctions.function(new SqlIdentifier("string_to_array", SqlParserPos.ZERO));

    private SetMemberCheck() {
    }

    static SqlNode condition(SqlNode column, SqlNodeList members) {
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlNode empty = SqlStdOperatorTable.EQUALS.createCall(pos, column, SqlLiteral.createCharString("", pos));
        SqlNode elements = STRING_TO_ARRAY.createCall(pos, column, SqlLiteral.createCharString(",", pos));
        SqlNode allowed = SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR.createCall(pos, members.getList());
        return SqlStdOperatorTable.OR.createCall(pos, empty, CONTAINED_BY.createCall(pos, elements, allowed));
    }
}
