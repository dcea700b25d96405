package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;

/**
 * {@code seq.NEXTVAL} / {@code seq.CURRVAL} become the standard {@code NEXT VALUE FOR seq} /
 * {@code CURRENT VALUE FOR seq}, the sequence name as written (targets spell it: PostgreSQL's
 * {@code nextval('SEQ')}).
 */
public final class SequenceValueRule implements ExpressionRule {

    @Override
    public String id() {
        return "ORA-J004";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlIdentifier id) || id.names.size() < 2 || context.relationOf(id) != null) return null;
        String last = id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT);
        if (!last.equals("NEXTVAL") && !last.equals("CURRVAL")) return null;
        SqlIdentifier sequence = id.skipLast(1);
        return (last.equals("NEXTVAL") ? SqlStdOperatorTable.NEXT_VALUE : SqlStdOperatorTable.CURRENT_VALUE)
                .createCall(id.getParserPosition(), sequence);
    }
}
