package org.schemashift.model.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * An INSERT that does something else where a row would duplicate a unique key of the table (any of
 * them: the source does not name one; the writer picks the conflict target from the table's keys):
 * <ul>
 *   <li>{@link OnDuplicate#UPDATE}: the existing row is updated by {@code updateTargets = updateValues}
 *       (MySQL's ON DUPLICATE KEY UPDATE); a value reads the row the insert proposed as the column
 *       of the table {@link #PROPOSED} ({@code excluded.c}, MySQL's {@code VALUES(c)});</li>
 *   <li>{@link OnDuplicate#NOTHING}: the row is skipped (INSERT IGNORE's duplicates);</li>
 *   <li>{@link OnDuplicate#REPLACE}: the existing row is replaced by the new one (REPLACE).</li>
 * </ul>
 * As an {@link SqlInsert} it goes wherever Calcite's does; operands 4 and 5 are the assignments
 * (null unless UPDATE), 6 the {@link OnDuplicate} symbol.
 */
public final class Upsert extends SqlInsert {
    /** The qualifier of a column of the proposed row in an update value. */
    public static final String PROPOSED = "excluded";

    public enum OnDuplicate { UPDATE, NOTHING, REPLACE }

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("INSERT", SqlKind.INSERT) {
        @Override
        public SqlCall createCall(SqlLiteral functionQualifier, SqlParserPos pos, SqlNode... operands) {
            return new Upsert(pos, operands[1], operands[2], (SqlNodeList) operands[3], (SqlNodeList) operands[4],
                    (SqlNodeList) operands[5], ((SqlLiteral) operands[6]).getValueAs(OnDuplicate.class));
        }
    };

    private SqlNodeList updateTargets;
    private SqlNodeList updateValues;
    private final OnDuplicate onDuplicate;

    public Upsert(SqlParserPos pos, SqlNode target, SqlNode source, SqlNodeList columns, SqlNodeList updateTargets,
                  SqlNodeList updateValues, OnDuplicate onDuplicate) {
        super(pos, SqlNodeList.EMPTY, target, source, columns);
        this.updateTargets = updateTargets;
        this.updateValues = updateValues;
        this.onDuplicate = onDuplicate;
    }

    public OnDuplicate onDuplicate() {
        return onDuplicate;
    }

    public SqlNodeList updateTargets() {
        return updateTargets;
    }

    public SqlNodeList updateValues() {
        return updateValues;
    }

    /** The plain INSERT, for a writer that adds the conflict clause itself. */
    public SqlInsert insert() {
        return new SqlInsert(getParserPosition(), SqlNodeList.EMPTY, getTargetTable(), getSource(), getTargetColumnList());
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        List<SqlNode> operands = new ArrayList<>(super.getOperandList());
        operands.add(updateTargets);
        operands.add(updateValues);
        operands.add(SqlLiteral.createSymbol(onDuplicate, getParserPosition()));
        return operands;
    }

    @Override
    public void setOperand(int i, SqlNode operand) {
        switch (i) {
            case 4 -> updateTargets = (SqlNodeList) operand;
            case 5 -> updateValues = (SqlNodeList) operand;
            case 6 -> throw new UnsupportedOperationException("the conflict action is fixed");
            default -> super.setOperand(i, operand);
        }
    }

    /** The INSERT and the action, for messages and commented-out output; targets write their own syntax. */
    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        insert().unparse(writer, leftPrec, rightPrec);
        writer.keyword("ON DUPLICATE KEY");
        writer.keyword(onDuplicate.name());
        if (onDuplicate != OnDuplicate.UPDATE) return;
        writer.keyword("SET");
        for (int i = 0; i < updateTargets.size(); i++) {
            if (i > 0) writer.print(", ");
            updateTargets.get(i).unparse(writer, 0, 0);
            writer.keyword("=");
            updateValues.get(i).unparse(writer, 0, 0);
        }
    }
}
