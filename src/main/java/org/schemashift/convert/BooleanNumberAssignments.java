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
 * and TRUE. Any other value is left for the target to reject, as the source would store it. A
 * boolean written into a number column (MySQL's {@code TRUE}, a comparison, such a boolean column)
 * is written as the integer 0 or 1 the source stores.
 */
final class BooleanNumberAssignments {
    /** Calcite's operand numbers: an UPDATE's SET values, an INSERT's source. */
    private static final int UPDATE_VALUES = 2;
    private static final int INSERT_SOURCE = 2;

    private BooleanNumberAssignments() {
    }

    /** A copy of the statement with its values rewritten for their columns; null when none is. */
    static SqlNode rewrite(SqlCall statement, RuleContext context) {
        if (statement instanceof SqlUpdate update) {
            SqlNodeList values = row(listed(columns(update.getTargetTable(), context), update.getTargetColumnList()),
                    update.getSourceExpressionList().getList(), context);
            return values == null ? null : copyWith(update, UPDATE_VALUES, values);
        }
        SqlInsert insert = (SqlInsert) statement;
        if (!(insert.getSource() instanceof SqlCall source) || source.getKind() != SqlKind.VALUES) return null;
        Map<String, TypeFamily> columns = columns(insert.getTargetTable(), context);
        // without a column list, VALUES fill the table's columns in their order
        List<TypeFamily> families = insert.getTargetColumnList() == null ? new ArrayList<>(columns.values())
                : listed(columns, insert.getTargetColumnList());
        List<SqlNode> rows = new ArrayList<>();
        boolean changed = false;
        for (SqlNode row : source.getOperandList()) {
            SqlNodeList values = row instanceof SqlCall r && r.getKind() == SqlKind.ROW ? row(families, r.getOperandList(), context) : null;
            changed |= values != null;
            rows.add(values == null ? row : SqlStdOperatorTable.ROW.createCall(values));
        }
        return changed ? copyWith(insert, INSERT_SOURCE, SqlStdOperatorTable.VALUES.createCall(source.getParserPosition(), rows)) : null;
    }

    /** The target table's column families, by lower-case name in declaration order; empty when it is not in the input. */
    private static Map<String, TypeFamily> columns(SqlNode target, RuleContext context) {
        SqlNode table = target.getKind() == SqlKind.AS ? ((SqlCall) target).operand(0) : target;
        Map<String, TypeFamily> columns = table instanceof SqlIdentifier id ? context.columnsOf(id) : null;
        return columns == null ? Map.of() : columns;
    }

    /** The family of each listed column (null where unknown). */
    private static List<TypeFamily> listed(Map<String, TypeFamily> columns, SqlNodeList list) {
        List<TypeFamily> families = new ArrayList<>(list.size());
        for (SqlNode column : list) {
            families.add(column instanceof SqlIdentifier id ? columns.get(id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT)) : null);
        }
        return families;
    }

    /** The values with 0/1 for boolean columns as FALSE/TRUE and booleans for number columns as 0/1; null when none is. */
    private static SqlNodeList row(List<TypeFamily> families, List<SqlNode> values, RuleContext context) {
        SqlNodeList out = new SqlNodeList(SqlParserPos.ZERO);
        boolean changed = false;
        for (int i = 0; i < values.size(); i++) {
            TypeFamily column = i < families.size() ? families.get(i) : null;
            SqlNode value = values.get(i);
            SqlNode written = column == TypeFamily.BOOLEAN ? BooleanNumberComparisonRule.bit(value)
                    : column == TypeFamily.NUMBER && context.typeOf(value) == TypeFamily.BOOLEAN
                    ? BooleanNumberComparisonRule.asInteger(value) : null;
            changed |= written != null;
            out.add(written == null ? value : written);
        }
        return changed ? out : null;
    }

    private static SqlCall copyWith(SqlCall statement, int operand, SqlNode value) {
        SqlCall copy = (SqlCall) statement.clone(statement.getParserPosition());
        copy.setOperand(operand, value);
        return copy;
    }
}
