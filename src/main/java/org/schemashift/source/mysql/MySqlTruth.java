package org.schemashift.source.mysql;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.model.DataType;

/**
 * MySQL has no boolean type: a condition is true when its number is neither 0 nor NULL
 * (https://dev.mysql.com/doc/refman/8.0/en/flow-control-statements.html), so {@code IF done THEN}
 * with {@code done INT} is common. A condition that is a number (a numeric literal, a variable or
 * parameter of a numeric type other than TINYINT(1) / BOOLEAN, which targets hold as booleans, or
 * arithmetic) becomes {@code x <> 0}, which is NULL for NULL as in MySQL; AND, OR, NOT and XOR look
 * at their operands. Anything else (comparisons, calls, columns) is left as it is.
 */
final class MySqlTruth {
    private static final Set<String> NUMBERS = Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint",
            "decimal", "numeric", "float", "double", "real");
    private static final Set<SqlKind> ARITHMETIC = Set.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES, SqlKind.DIVIDE,
            SqlKind.MOD, SqlKind.MINUS_PREFIX);

    private MySqlTruth() {
    }

    /** {@code condition} as a truth value; {@code variables} gives the declared type of a variable name, null for none. */
    static SqlNode of(SqlNode condition, Function<String, DataType> variables) {
        if (condition instanceof SqlCall call && (call.getKind() == SqlKind.AND || call.getKind() == SqlKind.OR
                || call.getKind() == SqlKind.NOT || call.getOperator().getName().equals("XOR"))) {
            SqlNode[] operands = call.getOperandList().stream().map(o -> of(o, variables)).toArray(SqlNode[]::new);
            return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(), operands);
        }
        if (!isNumber(condition, variables)) return condition;
        return SqlStdOperatorTable.NOT_EQUALS.createCall(condition.getParserPosition(), condition,
                SqlLiteral.createExactNumeric("0", condition.getParserPosition()));
    }

    private static boolean isNumber(SqlNode node, Function<String, DataType> variables) {
        if (node instanceof SqlLiteral literal) return SqlTypeName.NUMERIC_TYPES.contains(literal.getTypeName());
        if (node instanceof SqlIdentifier id) {
            if (id.names.size() != 1) return false;
            DataType type = variables.apply(id.names.get(0));
            return type != null && NUMBERS.contains(type.name().toLowerCase(Locale.ROOT))
                    && !(type.name().equalsIgnoreCase("tinyint") && Integer.valueOf(1).equals(type.length()));
        }
        return ARITHMETIC.contains(node.getKind());
    }
}
