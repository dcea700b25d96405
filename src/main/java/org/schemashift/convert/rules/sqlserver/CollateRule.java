package org.schemashift.convert.rules.sqlserver;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.DataType;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * {@code x COLLATE name} in an expression (the builder's {@code MSS_COLLATE(x, 'name')}). A
 * binary (_BIN, _BIN2) or case-sensitive (_CS_) collation is BINARY_COLLATED(x): the targets'
 * binary collation tells case apart as SQL Server's does; under a _CS_ one it also orders by
 * character codes, which is reported. A case-insensitive or other collation has no collation
 * both targets know by a name: the value is kept without it, reported (SS-MSS-0104), the
 * column's or the database's collation deciding.
 */
final class CollateRule implements ExpressionRule {
    static final String COLLATE = "MSS_COLLATE";

    @Override
    public String id() {
        return "MSS-J017";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, COLLATE) || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        String collation = ((SqlLiteral) call.operand(1)).getValueAs(NlsString.class).getValue();
        SqlNode value = call.operand(0);
        if (Boolean.FALSE.equals(DataType.ignoresCase(collation))) {
            if (collation.toUpperCase(Locale.ROOT).contains("_CS")) {
                context.note(SqlServerCode.CASE_SENSITIVE_COLLATE_ORDER, "COLLATE " + collation
                        + " is the binary collation: same equality, ordered by character codes");
            }
            return CanonicalOperators.BINARY_COLLATED.createCall(call.getParserPosition(), value);
        }
        context.note(SqlServerCode.CASE_INSENSITIVE_COLLATION, "COLLATE " + collation + " dropped: the value compares by its "
                + "column's or the database's collation");
        return value;
    }
}
