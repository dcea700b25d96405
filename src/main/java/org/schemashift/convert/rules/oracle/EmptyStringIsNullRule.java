package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * Oracle stores and compares the empty string as NULL ("Oracle Database currently treats a
 * character value with a length of zero as null"), so a {@code ''} literal becomes NULL:
 * {@code x = ''} is never true on Oracle, and is not on PostgreSQL either after this rule.
 */
public final class EmptyStringIsNullRule implements ExpressionRule {
    @Override
    public String id() {
        return "ORA-J001";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        return "".equals(OracleNodes.stringValue(node)) ? SqlLiteral.createNull(SqlParserPos.ZERO) : null;
    }
}
