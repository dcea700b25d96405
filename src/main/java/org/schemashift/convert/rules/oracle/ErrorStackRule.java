package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.oracle.OracleCode;

/**
 * Oracle {@code DBMS_UTILITY.FORMAT_ERROR_STACK} and {@code FORMAT_ERROR_BACKTRACE} (with or without
 * parentheses) in an exception handler: the handled error's message, which is what the targets keep
 * of the stack (SS-ORA-0358 says the text differs), and the place the error went through, which
 * PostgreSQL gives as PG_EXCEPTION_CONTEXT (SS-ORA-0462: its own lines, not Oracle's ORA-06512 ones).
 * Outside a handler both are NULL, as in Oracle.
 */
public final class ErrorStackRule implements ExpressionRule {
    private static final String NAME = "DBMS_UTILITY.FORMAT_ERROR_STACK";
    private static final String BACKTRACE = "DBMS_UTILITY.FORMAT_ERROR_BACKTRACE";

    @Override
    public String id() {
        return "ORA-J027";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node) != null && ((SqlCall) node).operandCount() == 0 ? PseudoFunctions.name(node)
                : node instanceof SqlIdentifier id ? String.join(".", id.names).toUpperCase(Locale.ROOT) : null;
        if (BACKTRACE.equals(name)) {
            context.note(OracleCode.ERROR_BACKTRACE_AS_CONTEXT, BACKTRACE + " becomes the handled error's context (PG_EXCEPTION_CONTEXT)");
            return ProcOperators.handledError(ProcOperators.HandledError.CONTEXT, node.getParserPosition());
        }
        if (!NAME.equals(name)) return null;
        context.note(OracleCode.ERROR_STACK_DIFFERS, NAME + " becomes the handled error's message");
        return ProcOperators.handledError(ProcOperators.HandledError.MESSAGE, node.getParserPosition());
    }
}
