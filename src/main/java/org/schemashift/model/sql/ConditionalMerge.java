package org.schemashift.model.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A MERGE whose branches carry the conditions Oracle allows and {@link SqlMerge} has no place for.
 * The matched branch's own {@code WHERE} is its {@link SqlUpdate}'s condition; this node adds
 * <ul>
 *   <li>{@code deleteCondition}: the matched branch's {@code DELETE WHERE}, which deletes the rows
 *       the branch has just updated that satisfy it, evaluated on their updated values;</li>
 *   <li>{@code insertCondition}: the not-matched branch's {@code WHERE}: a source row without a
 *       match is inserted only when it holds;</li>
 *   <li>{@code matchedDelete}: the condition of a T-SQL {@code WHEN MATCHED [AND c] THEN DELETE},
 *       tried before the update on the row as it was (TRUE when the branch has no condition); a
 *       DELETE written after a conditional update has {@code c} plus the update's condition
 *       not holding, so the one order covers both.</li>
 * </ul>
 * Either may be null. Every MERGE the source builders read is one of these, so rules and writers
 * see one shape; as a {@link SqlMerge} it goes wherever Calcite's does.
 */
public final class ConditionalMerge extends SqlMerge {
    private static final int MERGE_OPERANDS = 7;

    public static final SqlOperator OPERATOR = new SqlSpecialOperator("MERGE", SqlKind.MERGE) {
        @Override
        public SqlCall createCall(SqlLiteral functionQualifier, SqlParserPos pos, SqlNode... operands) {
            return new ConditionalMerge(pos, operands[0], operands[1], operands[2], (SqlUpdate) operands[3],
                    (SqlInsert) operands[4], (SqlIdentifier) operands[6], operands[7], operands[8], operands[9]);
        }
    };

    private SqlNode deleteCondition;
    private SqlNode insertCondition;
    private SqlNode matchedDelete;

    /** Without a matched update branch {@code update} is null, without a not-matched branch {@code insert}. */
    public ConditionalMerge(SqlParserPos pos, SqlNode target, SqlNode condition, SqlNode source, SqlUpdate update,
                            SqlInsert insert, SqlIdentifier alias, SqlNode deleteCondition, SqlNode insertCondition,
                            SqlNode matchedDelete) {
        super(pos, target, condition, source, update, insert, null, alias);
        this.deleteCondition = deleteCondition;
        this.insertCondition = insertCondition;
        this.matchedDelete = matchedDelete;
    }

    public SqlNode deleteCondition() {
        return deleteCondition;
    }

    public SqlNode insertCondition() {
        return insertCondition;
    }

    /** The condition of the matched rows deleted before the update is tried, or null for no such branch. */
    public SqlNode matchedDelete() {
        return matchedDelete;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    /** SqlMerge's operands (target, condition, source, update, insert, source select, alias), then the three conditions. */
    @Override
    public List<SqlNode> getOperandList() {
        List<SqlNode> operands = new ArrayList<>(super.getOperandList());
        operands.add(deleteCondition);
        operands.add(insertCondition);
        operands.add(matchedDelete);
        return operands;
    }

    @Override
    public void setOperand(int i, SqlNode operand) {
        switch (i - MERGE_OPERANDS) {
            case 0 -> deleteCondition = operand;
            case 1 -> insertCondition = operand;
            case 2 -> matchedDelete = operand;
            default -> super.setOperand(i, operand);
        }
    }

    /**
     * Oracle's MERGE syntax (T-SQL's matched DELETE branch first), every branch condition included: only for messages and commented-out
     * output (Calcite's own leaves out the UPDATE's WHERE); targets write MERGE their own way. A
     * plain frame around it keeps subqueries in parentheses.
     */
    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SIMPLE);
        writer.keyword("MERGE INTO");
        getTargetTable().unparse(writer, 0, 0);
        if (getAlias() != null) getAlias().unparse(writer, 0, 0);
        writer.keyword("USING");
        getSourceTableRef().unparse(writer, 0, 0);
        writer.keyword("ON");
        getCondition().unparse(writer, 0, 0);
        if (matchedDelete != null) {
            writer.keyword("WHEN MATCHED");
            condition(writer, "AND", matchedDelete);
            writer.keyword("THEN DELETE");
        }
        SqlUpdate update = getUpdateCall();
        if (update != null) {
            writer.keyword("WHEN MATCHED THEN UPDATE SET");
            for (int i = 0; i < update.getTargetColumnList().size(); i++) {
                if (i > 0) writer.sep(",");
                update.getTargetColumnList().get(i).unparse(writer, 0, 0);
                writer.keyword("=");
                update.getSourceExpressionList().get(i).unparse(writer, 0, 0);
            }
            condition(writer, "WHERE", update.getCondition());
            condition(writer, "DELETE WHERE", deleteCondition);
        }
        SqlInsert insert = getInsertCall();
        if (insert != null) {
            writer.keyword("WHEN NOT MATCHED THEN INSERT");
            if (insert.getTargetColumnList() != null) {
                SqlWriter.Frame columns = writer.startList("(", ")");
                for (SqlNode column : insert.getTargetColumnList()) {
                    writer.sep(",");
                    column.unparse(writer, 0, 0);
                }
                writer.endList(columns);
            }
            insert.getSource().unparse(writer, 0, 0);
            condition(writer, "WHERE", insertCondition);
        }
        writer.endList(frame);
    }

    private static void condition(SqlWriter writer, String keyword, SqlNode condition) {
        if (condition == null) return;
        writer.keyword(keyword);
        condition.unparse(writer, 0, 0);
    }
}
