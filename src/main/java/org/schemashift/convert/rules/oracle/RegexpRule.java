package org.schemashift.convert.rules.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;

/**
 * REGEXP_LIKE, REGEXP_SUBSTR, REGEXP_INSTR, REGEXP_COUNT and REGEXP_REPLACE become the canonical
 * regular-expression operators with Oracle's argument order and every argument up to the match
 * parameter written out (Oracle's defaults); the match parameter stays Oracle's (i, c, n, m, x;
 * '.' matches a newline only with n, ^/$ match at line breaks only with m), as a literal: targets
 * translate it. REGEXP_REPLACE replaces every occurrence by default and a NULL replacement removes
 * the matches. Reported: a non-literal match parameter, and REGEXP_REPLACE from a position other
 * than 1 or of one occurrence other than the first (no target has it: PostgreSQL 15, MariaDB).
 * Results of '' become NULL, as on Oracle.
 */
public final class RegexpRule implements ExpressionRule {
    /** Function → index of its match-parameter argument. */
    private static final Map<String, Integer> FLAGS_AT = Map.of(
            "REGEXP_LIKE", 2, "REGEXP_SUBSTR", 4, "REGEXP_INSTR", 5, "REGEXP_COUNT", 3, "REGEXP_REPLACE", 5);
    /** Defaults of the arguments before the match parameter, from the Oracle documentation. */
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "REGEXP_LIKE", List.of(), "REGEXP_SUBSTR", List.of("1", "1"), "REGEXP_INSTR", List.of("1", "1", "0"),
            "REGEXP_COUNT", List.of("1"), "REGEXP_REPLACE", List.of("1", "0"));
    private static final Map<String, SqlOperator> OPERATORS = Map.of(
            "REGEXP_LIKE", SqlLibraryOperators.REGEXP_LIKE, "REGEXP_SUBSTR", SqlLibraryOperators.REGEXP_SUBSTR,
            "REGEXP_INSTR", SqlLibraryOperators.REGEXP_INSTR, "REGEXP_COUNT", CanonicalOperators.REGEXP_COUNT,
            "REGEXP_REPLACE", SqlLibraryOperators.REGEXP_REPLACE_6);
    private static final SqlTemplate REPLACEMENT = SqlTemplate.canonical("COALESCE({0}, '')");
    private static final SqlTemplate NULL_IF_EMPTY = SqlTemplate.canonical("NULLIF({0}, '')");

    @Override
    public String id() {
        return "ORA-J012";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null || !FLAGS_AT.containsKey(name)) return null;
        SqlCall call = (SqlCall) node;
        int flagsAt = FLAGS_AT.get(name);
        boolean replace = name.equals("REGEXP_REPLACE");
        int fixed = replace ? 3 : 2;
        if (call.operandCount() < 2) return null;
        List<SqlNode> args = new ArrayList<>(call.getOperandList());
        if (replace && args.size() == 2) args.add(OracleNodes.nullLiteral());
        String flags = "";
        if (args.size() > flagsAt) {
            SqlNode given = args.get(flagsAt);
            flags = OracleNodes.isNullLiteral(given) ? "" : OracleNodes.stringValue(given);
            if (flags == null) {
                context.unconvertible(name + " with a match parameter that is not a literal");
                return null;
            }
        }
        List<SqlNode> out = new ArrayList<>(args.subList(0, Math.min(args.size(), flagsAt)));
        List<String> defaults = DEFAULTS.get(name);
        for (int i = out.size(); i < flagsAt; i++) {
            out.add(SqlLiteral.createExactNumeric(defaults.get(i - fixed), SqlParserPos.ZERO));
        }
        out.add(OracleNodes.string(flags));
        out.addAll(args.subList(Math.min(args.size(), flagsAt + 1), args.size()));
        if (replace) {
            Long position = OracleNodes.integerValue(out.get(3));
            Long occurrence = OracleNodes.integerValue(out.get(4));
            if (position == null || position != 1 || occurrence == null || occurrence > 1) {
                context.unconvertible("REGEXP_REPLACE from a position other than 1 or of one occurrence other than the first");
                return null;
            }
            out.set(2, REPLACEMENT.apply(out.get(2)));
        }
        SqlNode result = OPERATORS.get(name).createCall(call.getParserPosition(), out);
        return replace || name.equals("REGEXP_SUBSTR") ? NULL_IF_EMPTY.apply(result) : result;
    }
}
