package org.schemashift.convert.rules.sqlserver;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;
import org.schemashift.source.sqlserver.SqlServerNames;

/**
 * {@code OBJECT_ID('s.t' [, type])} with the name a constant: RELATION_ID of the relation as a name,
 * not as text, so the target looks up the name it gave that relation (folded, renamed, shortened),
 * as it does where the code names the table. A name the string does not spell (MSS-F026 / MSS-F071
 * then) stays text, read as the target reads a name.
 */
final class ObjectIdNameRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J015";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "OBJECT_ID")) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() > 2 || !(call.operand(0) instanceof SqlLiteral literal)
                || !(literal.getValue() instanceof org.apache.calcite.util.NlsString text)) {
            return null;
        }
        ObjectName name = SqlServerNames.objectNamed(text.getValue());
        if (name == null) return null;
        if (call.operandCount() == 2) {
            context.note(SqlServerCode.OBJECT_ID_OF_TYPE, "OBJECT_ID");
        } else {
            context.note(SqlServerCode.FUNCTION_SEMANTICS, "OBJECT_ID");
        }
        List<String> parts = name.parts();
        return CanonicalOperators.RELATION_ID_OF_NAMED.createCall(call.getParserPosition(),
                new SqlIdentifier(parts, literal.getParserPosition()));
    }
}
