package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.convert.TypeFamily;

/** Small questions the Oracle rules ask about nodes, in one place. */
final class OracleNodes {
    private OracleNodes() {
    }

    /** A bare identifier spelled {@code name} (any case): Oracle pseudo-columns such as ROWNUM and LEVEL. */
    static boolean isBareName(SqlNode node, String name) {
        return node instanceof SqlIdentifier id && id.isSimple() && id.getSimple().equalsIgnoreCase(name);
    }

    static boolean isNullLiteral(SqlNode node) {
        return node instanceof SqlLiteral l && l.getTypeName() == SqlTypeName.NULL;
    }

    /** A literal other than NULL (a number, a string, a date). */
    static boolean isNonNullLiteral(SqlNode node) {
        return node instanceof SqlLiteral l && l.getTypeName() != SqlTypeName.NULL && l.getTypeName() != SqlTypeName.SYMBOL;
    }

    /** The string value of a character literal, or null. */
    static String stringValue(SqlNode node) {
        return node instanceof SqlLiteral l && SqlTypeName.CHAR_TYPES.contains(l.getTypeName())
                ? l.getValueAs(String.class) : null;
    }

    /** The integer value of an exact numeric literal (possibly negated), or null. */
    static Long integerValue(SqlNode node) {
        if (node instanceof SqlCall call && call.getKind() == SqlKind.MINUS_PREFIX) {
            Long inner = integerValue(call.operand(0));
            return inner == null ? null : -inner;
        }
        if (node instanceof SqlNumericLiteral l && l.isInteger()) {
            return l.getValueAs(Long.class);
        }
        return null;
    }

    /** The conjuncts of an AND tree, left to right. */
    static List<SqlNode> conjuncts(SqlNode condition) {
        List<SqlNode> out = new ArrayList<>();
        if (condition == null) return out;
        if (condition.getKind() == SqlKind.AND) {
            for (SqlNode operand : ((SqlCall) condition).getOperandList()) out.addAll(conjuncts(operand));
        } else {
            out.add(condition);
        }
        return out;
    }

    /** {@code a AND b AND ...}, or null for none. */
    static SqlNode and(List<SqlNode> conditions) {
        SqlNode out = null;
        for (SqlNode c : conditions) {
            out = out == null ? c : SqlStdOperatorTable.AND.createCall(SqlParserPos.ZERO, out, c);
        }
        return out;
    }

    private static final SqlTemplate NUMBER_AS_TEXT =
            SqlTemplate.canonical("NUMBER_TO_TEXT({0})");
    private static final SqlTemplate AS_TEXT =
            SqlTemplate.canonical("CAST({0} AS VARCHAR)");

    /**
     * {@code value} as text the way Oracle converts it implicitly: a NUMBER without trailing zeros
     * (Oracle stores 5000.00 as 5000; a target's decimal keeps the column's scale), anything else cast.
     */
    static SqlNode asText(SqlNode value, TypeFamily type) {
        if (type == TypeFamily.STRING) return value;
        return (type == TypeFamily.NUMBER ? NUMBER_AS_TEXT : AS_TEXT).apply(value);
    }

    private static final SqlTemplate TO_NUMBER =
            SqlTemplate.canonical("CAST({0} AS NUMERIC)");

    /**
     * {@code value} converted to {@code target} the way Oracle converts the later arguments of DECODE
     * and NVL to the type of the first, where a strictly typed target would refuse to mix text and numbers.
     */
    static SqlNode convertedLike(SqlNode value, TypeFamily target,
                                 RuleContext context) {
        TypeFamily type = context.typeOf(value);
        if (target == TypeFamily.STRING && type != TypeFamily.STRING
                && type != TypeFamily.UNKNOWN) {
            return asText(value, type);
        }
        if (target == TypeFamily.NUMBER && type == TypeFamily.STRING) {
            return TO_NUMBER.apply(value);
        }
        return value;
    }

    static SqlLiteral nullLiteral() {
        return SqlLiteral.createNull(SqlParserPos.ZERO);
    }

    static SqlLiteral string(String value) {
        return SqlLiteral.createCharString(value, SqlParserPos.ZERO);
    }
}
