package org.schemashift.model.sql;

import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Oracle's {@code SELECT ... START WITH cond CONNECT BY [NOCYCLE] cond}: the SELECT without its
 * hierarchical clauses, plus those clauses. Inside {@code connectBy}, PRIOR is the pseudo function
 * {@link PseudoFunctions#ORACLE_PRIOR}; LEVEL, CONNECT_BY_ISLEAF and CONNECT_BY_ISCYCLE are plain
 * upper-case identifiers. A target rule turns it into a recursive common table expression.
 */
public final class HierarchicalQuery extends SqlCall {
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CONNECT BY", SqlKind.OTHER) {
        @Override
        public SqlCall createCall(SqlLiteral functionQualifier, SqlParserPos pos, SqlNode... operands) {
            return new HierarchicalQuery(pos, (SqlSelect) operands[0], operands[1], operands[2],
                    ((SqlLiteral) operands[3]).booleanValue());
        }
    };

    private SqlSelect query;
    private SqlNode startWith;
    private SqlNode connectBy;
    private final boolean noCycle;

    /** {@code startWith} may be null (every row is a root). */
    public HierarchicalQuery(SqlParserPos pos, SqlSelect query, SqlNode startWith, SqlNode connectBy, boolean noCycle) {
        super(pos);
        this.query = query;
        this.startWith = startWith;
        this.connectBy = connectBy;
        this.noCycle = noCycle;
    }

    public SqlSelect query() {
        return query;
    }

    public SqlNode startWith() {
        return startWith;
    }

    public SqlNode connectBy() {
        return connectBy;
    }

    public boolean noCycle() {
        return noCycle;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return Arrays.asList(query, startWith, connectBy, SqlLiteral.createBoolean(noCycle, SqlParserPos.ZERO));
    }

    @Override
    public void setOperand(int i, SqlNode operand) {
        switch (i) {
            case 0 -> query = (SqlSelect) operand;
            case 1 -> startWith = operand;
            case 2 -> connectBy = operand;
            default -> throw new IllegalArgumentException("operand " + i);
        }
    }

    /** Oracle syntax: only for messages and commented-out output, never for a target. */
    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        query.unparse(writer, 0, 0);
        if (startWith != null) {
            writer.keyword("START WITH");
            startWith.unparse(writer, 0, 0);
        }
        writer.keyword(noCycle ? "CONNECT BY NOCYCLE" : "CONNECT BY");
        connectBy.unparse(writer, 0, 0);
    }
}
