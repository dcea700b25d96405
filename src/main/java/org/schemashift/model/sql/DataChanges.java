package org.schemashift.model.sql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;

/**
 * Calcite's data-change statements (INSERT, UPDATE, DELETE, MERGE) as trees the rules walk. Some of
 * their operands name things (the target table, its columns in a column list or a SET, aliases)
 * and hold no value: an expression rule must leave those alone, so a column named like a niladic
 * function (Oracle {@code USER}) is not read as a call. The operand numbers are Calcite's
 * {@code getOperandList()} order.
 */
public final class DataChanges {
    private DataChanges() {
    }

    public static boolean isStatement(SqlNode node) {
        return node instanceof SqlInsert || node instanceof SqlUpdate || node instanceof SqlDelete || node instanceof SqlMerge;
    }

    /** True when operand {@code i} of the statement {@code statement} names a table, a column or an alias. */
    public static boolean namesOperand(SqlCall statement, int i) {
        return switch (statement.getKind()) {
            case INSERT -> i == 1 || i == 3 || i == 4;   // keywords, target, source, columns, Upsert's SET targets
            case UPDATE -> i == 0 || i == 1 || i == 5;   // target, columns, values, condition, source select, alias
            case DELETE -> i == 0 || i == 3;       // target, condition, source select, alias
            case MERGE -> i == 0 || i == 6;        // target, condition, source, update, insert, source select, alias, ...
            default -> false;
        };
    }
}
