package org.schemashift.emit.postgresql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;

/**
 * PostgreSQL's {@code string_agg(value, separator ORDER BY ...)}: Calcite writes an ordered
 * aggregate as WITHIN GROUP, which PostgreSQL accepts only for ordered-set aggregates.
 * Operands: value, separator, the ORDER BY list (possibly empty).
 */
final class StringAggOperator extends SqlSpecialOperator {
    static final StringAggOperator INSTANCE = new StringAggOperator();

    private StringAggOperator() {
        super("string_agg", SqlKind.OTHER_FUNCTION, 100);
    }

    @Override
    public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
        writer.print("string_agg");
        SqlWriter.Frame frame = writer.startList("(", ")");
        call.operand(0).unparse(writer, 0, 0);
        writer.sep(",");
        call.operand(1).unparse(writer, 0, 0);
        SqlNodeList order = call.operand(2);
        if (!order.isEmpty()) {
            writer.keyword("ORDER BY");
            SqlWriter.Frame list = writer.startList("", "");
            for (int i = 0; i < order.size(); i++) {
                if (i > 0) writer.sep(",");
                order.get(i).unparse(writer, 0, 0);
            }
            writer.endList(list);
        }
        writer.endList(frame);
    }
}
