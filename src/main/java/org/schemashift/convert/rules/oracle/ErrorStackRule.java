package org.schemashift.convert.rules.oracle;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * Oracle {@code DBMS_UTILITY.FORMAT_ERROR_STACK} (with or without parentheses) in an exception
 * handler: the handled error's message, which is what the targets keep of the stack
 * (SS-ORA-0358 says the text differs).
 */
public final class ErrorStackRule implements ExpressionRule {
    private static final String NAME = "DBMS_UTILITY.FORMAT_ERROR_STACK";

    @Override
    public String id() {
        return "ORA-J027";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        boolean call = NAME.equals(PseudoFunctions.name(node)) && ((SqlCall) node).operandCount() == 0;
        boolean bare = node instanceof SqlIdentifier id && NAME.equalsIgnoreCase(String.join(".", id.names));
        if (!call && !bare) return null;
        context.note(OracleCode.ERROR_STACK_DIFFERS, NAME + " becomes the handled error's message");
        return ProcOperators.handledError(ProcOperators.HandledError.MESSAGE, node.getParserPosition());
    }
}
