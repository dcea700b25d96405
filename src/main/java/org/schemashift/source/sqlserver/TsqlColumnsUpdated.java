package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.proc.ProcOperators.TriggerEvent;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * {@code COLUMNS_UPDATED()} in a trigger
 * (https://learn.microsoft.com/sql/t-sql/functions/columns-updated-transact-sql): a varbinary with
 * one bit per column, byte 1 holding columns 1-8 (column 1 the lowest bit), set for the columns the
 * INSERT or UPDATE names. A test of a constant mask, {@code (COLUMNS_UPDATED() & m) = k} (or
 * {@code <>}, {@code >}) or the same of {@code SUBSTRING(COLUMNS_UPDATED(), b, 1)}, is a test of
 * each masked column as {@code UPDATE(c)} is (INSERTING OR UPDATING(c)): a set bit of k wants the
 * column named, a clear one not. The bitmask read as a number has the last byte lowest, so on a
 * table of more than 8 columns {@code COLUMNS_UPDATED() & m} reads the last byte's columns, as SQL
 * Server does. Columns are numbered as the input's CREATE TABLE lists them; any other use is left
 * unconverted.
 */
final class TsqlColumnsUpdated {
    private static final String FUNCTION = "COLUMNS_UPDATED";

    private final List<String> columns;

    /** {@code columns}: the trigger table's, in order; null when the input does not create the table. */
    TsqlColumnsUpdated(List<String> columns) {
        this.columns = columns;
    }

    /** The column tests {@code comparison} stands for, or null when it compares no masked COLUMNS_UPDATED(). */
    SqlNode test(SqlCall comparison) {
        if (comparison.operandCount() != 2) return null;
        boolean masked = masked(comparison.operand(0));
        if (!masked && !masked(comparison.operand(1))) return null;
        SqlKind kind = masked ? comparison.getKind() : comparison.getKind().reverse();
        SqlCall and = (SqlCall) comparison.operand(masked ? 0 : 1);
        SqlNode other = comparison.operand(masked ? 1 : 0);
        if (columns == null) {
            throw new TsqlExpressions.NotConverted("COLUMNS_UPDATED() of a table the input does not create before the trigger: its columns' numbers are "
                    + "unknown; test UPDATE(column) for each column instead");
        }
        if (!(other instanceof SqlNumericLiteral k) || k.intValue(false) < 0) {
            throw new TsqlExpressions.NotConverted("COLUMNS_UPDATED() compared with a value that is not a constant");
        }
        boolean substring = PseudoFunctions.isCall(bits(and), "SUBSTRING");
        long mask = mask(and).longValue(false);
        long value = k.longValue(false);
        SqlParserPos pos = comparison.getParserPosition();
        return switch (kind) {
            case EQUALS -> equalTo(and, mask, value, substring, pos);
            case NOT_EQUALS -> SqlStdOperatorTable.NOT.createCall(pos, equalTo(and, mask, value, substring, pos));
            case GREATER_THAN -> {
                if (value != 0) throw new TsqlExpressions.NotConverted("COLUMNS_UPDATED() & mask > n for n other than 0");
                yield SqlStdOperatorTable.NOT.createCall(pos, equalTo(and, mask, 0, substring, pos));
            }
            default -> throw new TsqlExpressions.NotConverted("COLUMNS_UPDATED() & mask compared by " + kind.sql);
        };
    }

    /** {@code COLUMNS_UPDATED() & m} or {@code SUBSTRING(COLUMNS_UPDATED(), b, 1) & m} with a constant m (either side). */
    private static boolean masked(SqlNode node) {
        if (!PseudoFunctions.isCall(node, "MSS_BITAND")) return false;
        SqlCall and = (SqlCall) node;
        return bits(and) != null && mask(and) != null;
    }

    private static SqlNode bits(SqlCall and) {
        for (SqlNode operand : and.getOperandList()) {
            if (PseudoFunctions.isCall(operand, FUNCTION)) return operand;
            if (PseudoFunctions.isCall(operand, "SUBSTRING") && ((SqlCall) operand).operandCount() == 3
                    && PseudoFunctions.isCall(((SqlCall) operand).operand(0), FUNCTION)
                    && ((SqlCall) operand).operand(1) instanceof SqlNumericLiteral
                    && ((SqlCall) operand).operand(2) instanceof SqlNumericLiteral length && length.intValue(false) == 1) {
                return operand;
            }
        }
        return null;
    }

    private static SqlNumericLiteral mask(SqlCall and) {
        for (SqlNode operand : and.getOperandList()) {
            if (operand instanceof SqlNumericLiteral m && m.isExact() && m.longValue(false) >= 0) return m;
        }
        return null;
    }

    /** Every masked column named (a set bit of {@code value}) or not (a clear one); FALSE when value has a bit outside the mask. */
    private SqlNode equalTo(SqlCall and, long mask, long value, boolean substring, SqlParserPos pos) {
        if ((value & ~mask) != 0) return SqlLiteral.createBoolean(false, pos);
        int bytes = substring ? 1 : (columns.size() + 7) / 8;
        int firstByte = substring ? ((SqlNumericLiteral) ((SqlCall) bits(and)).operand(1)).intValue(true) : 1;
        List<SqlNode> tests = new ArrayList<>();
        for (int bit = 0; bit < Long.SIZE - 1; bit++) {
            if ((mask & 1L << bit) == 0) continue;
            int byteNumber = firstByte + bytes - 1 - bit / 8;   // the last byte is the lowest
            int column = (byteNumber - 1) * 8 + bit % 8;
            boolean named = (value & 1L << bit) != 0;
            if (byteNumber < firstByte || column >= columns.size()) {
                if (named) return SqlLiteral.createBoolean(false, pos);
                continue;
            }
            SqlNode updated = SqlStdOperatorTable.OR.createCall(pos, ProcOperators.triggerEvent(TriggerEvent.INSERTING, null, pos),
                    ProcOperators.triggerEvent(TriggerEvent.UPDATING, columns.get(column), pos));
            tests.add(named ? updated : SqlStdOperatorTable.NOT.createCall(pos, updated));
        }
        if (tests.isEmpty()) return SqlLiteral.createBoolean(true, pos);
        SqlNode all = tests.get(0);
        for (int i = 1; i < tests.size(); i++) all = SqlStdOperatorTable.AND.createCall(pos, all, tests.get(i));
        return all;
    }
}
