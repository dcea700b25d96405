package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.oracle.OracleCode;

/**
 * Oracle {@code SYS_CONTEXT('USERENV', 'attribute')} and the older {@code USERENV('attribute')}:
 * the attributes that mean the same on the targets become canonical calls; any other attribute,
 * an application context (a namespace other than USERENV) or an attribute that is not a literal
 * makes the expression unconvertible with SS-ORA-0359.
 */
public final class SessionContextRule implements ExpressionRule {
    private static final String USERENV = "USERENV";
    /**
     * Oracle's attribute → canonical expression. SESSIONID and SID: a text id unique among the connected sessions.
     * HOST, TERMINAL, OS_USER, SERVER_HOST (names of machines and OS accounts) and the NLS settings have no
     * PostgreSQL counterpart: PostgreSQL knows the client's address, not its host name.
     */
    private static final Map<String, SqlTemplate> ATTRIBUTES = Map.of(
            "CURRENT_USER", SqlTemplate.canonical("CURRENT_USER"),
            "SESSION_USER", SqlTemplate.canonical("SESSION_USER"),
            "CURRENT_SCHEMA", SqlTemplate.canonical("CURRENT_SCHEMA"),
            "DB_NAME", SqlTemplate.canonical("CURRENT_CATALOG"),
            "SESSIONID", SqlTemplate.canonical("SESSION_ID()"),
            "SID", SqlTemplate.canonical("SESSION_ID()"),
            "IP_ADDRESS", SqlTemplate.canonical("CLIENT_ADDRESS()"),
            // what DBMS_APPLICATION_INFO.SET_MODULE sets (ORA-C031), and the client names its application by
            "MODULE", SqlTemplate.canonical("APPLICATION_NAME()"));
    /**
     * Attributes that only DBMS_APPLICATION_INFO and DBMS_SESSION set, whose calls the converted code
     * does not keep (SS-ORA-0356): they read NULL, as in an Oracle session that never set them.
     */
    private static final Set<String> NOT_KEPT = Set.of("ACTION", "CLIENT_INFO", "CLIENT_IDENTIFIER");

    @Override
    public String id() {
        return "ORA-J026";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String function = PseudoFunctions.name(node);
        if (!"SYS_CONTEXT".equals(function) && !USERENV.equals(function)) return null;
        SqlCall call = (SqlCall) node;
        boolean sysContext = function.equals("SYS_CONTEXT");
        if (call.operandCount() != (sysContext ? 2 : 1)) return null;
        String namespace = sysContext ? OracleNodes.stringValue(call.operand(0)) : USERENV;
        String attribute = OracleNodes.stringValue(call.operand(sysContext ? 1 : 0));
        SqlTemplate meaning = USERENV.equalsIgnoreCase(namespace) && attribute != null
                ? ATTRIBUTES.get(attribute.toUpperCase(Locale.ROOT)) : null;
        if (meaning != null) return meaning.apply();
        if (USERENV.equalsIgnoreCase(namespace) && attribute != null && NOT_KEPT.contains(attribute.toUpperCase(Locale.ROOT))) {
            context.note(OracleCode.SESSION_ATTRIBUTE_NOT_KEPT, function + "('" + attribute + "') reads NULL: the calls that set it"
                    + " are not kept (on PostgreSQL, DBMS_APPLICATION_INFO.SET_MODULE sets application_name)");
            return SqlTemplate.canonical("CAST(NULL AS VARCHAR)").apply();
        }
        String shown = function + "(" + (sysContext ? quoted(namespace) + ", " : "") + quoted(attribute) + ")";
        context.unsupported(OracleCode.SESSION_CONTEXT_NOT_CONVERTED, function, shown + ": no equivalent in the target");
        return null;
    }

    private static String quoted(String literal) {
        return literal == null ? "(not a literal)" : "'" + literal + "'";
    }
}
