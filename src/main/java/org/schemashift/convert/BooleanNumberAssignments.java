package org.schemashift.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * 0 and 1 written into a boolean column whose source stored it as a number (MySQL TINYINT(1),
 * SQL Server BIT): {@code SET active = 0} and {@code INSERT ... (active) VALUES (1)} write FALSE
 * and TRUE. Any other value is left for the target to reject, as the source would store it.
 */
final class BooleanNumberAssignments {
    /** Calcite's operand numbers: an UPDATE's SET values, an INSERT's source. */
    private static final int UPDATE_VALUES = 2;
    private static final int INSERT_SOURCE = 2;

    private BooleanNumberAssignments() {
    }

    /** A copy of the statement with its 0/1 values for boolean columns rewritten; null when it has none. */
    static SqlNode rewrite(SqlCall statement, RuleContext context) {
        if (statement instanceof SqlUpdate update) {
            SqlNodeList values = row(columns(update.getTargetTable(), context), update.getTargetColumnList(),
                    update.getSourceExpressionList().getList());
            return values == null ? null : copyWith(update, UPDATE_VALUES, values);
        }
        SqlInsert insert = (SqlInsert) statement;
        if (insert.getTargetColumnList() == null || !(insert.getSource() instanceof SqlCall source) || source.getKind() != SqlKind.VALUES) {
            return null;
        }
        Map<String, TypeFamily> families = columns(insert.getTargetTable(), context);
        List<SqlNode> rows = new ArrayList<>();
        boolean changed = false;
        for (SqlNode row : source.getOperandList()) {
            SqlNodeList values = row instanceof SqlCall r && r.getKind() == SqlKind.ROW
                    ? row(families, insert.getTargetColumnList(), r.getOperandList()) : null;
            changed |= values != null;
            rows.add(values == null ? row : SqlStdOperatorTable.ROW.createCall(values));
        }
        return changed ? copyWith(insert, INSERT_SOURCE, SqlStdOperatorTable.VALUES.createCall(source.getParserPosition(), rows)) : null;
    }

    /** The target table's column families, by lower-case name; empty when it is not in the input. */
    private static Map<String, TypeFamily> columns(SqlNode target, RuleContext context) {
        SqlNode table = target.getKind() == SqlKind.AS ? ((SqlCall) target).operand(0) : target;
        Map<String, TypeFamily> columns = table instanceof SqlIdentifier id ? context.columnsOf(id) : null;
        return columns == null ? Map.of() : columns;
    }

    /** The values with 0/1 for boolean columns as FALSE/TRUE; null when none is. */
    private static SqlNodeList row(Map<String, TypeFamily> families, SqlNodeList columns, List<SqlNode> values) {
        SqlNodeList out = new SqlNodeList(SqlParserPos.ZERO);
        boolean changed = false;
        for (int i = 0; i < values.size(); i++) {
            SqlNode bit = i < columns.size() && isBoolean(families, columns.get(i)) ? BooleanNumberComparisonRule.bit(values.get(i)) : null;
            changed |= bit != null;
            out.add(bit == null ? values.get(i) : bit);
        }
        return changed ? out : null;
    }

    private static boolean isBoolean(Map<String, TypeFamily> families, SqlNode column) {
        return column instanceof SqlIdentifier id && families.get(id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT)) == TypeFamily.BOOLEAN;
    }

    private static SqlCall copyWith(SqlCall statement, int operand, SqlNode value) {
        SqlCall copy = (SqlCall) statement.clone(statement.getParserPosition());
        copy.setOperand(operand, value);
        return copy;
    }
}
