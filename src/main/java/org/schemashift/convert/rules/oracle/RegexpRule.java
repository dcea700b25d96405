package org.schemashift.convert.rules.oracle;

import org.schemashift.model.sql.PseudoFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.SqlTemplate;

/**
 * REGEXP_LIKE, REGEXP_SUBSTR, REGEXP_INSTR, REGEXP_COUNT and REGEXP_REPLACE. PostgreSQL 15 has the
 * first four with Oracle's argument order; the match parameter is translated because the defaults
 * differ: on Oracle '.' does not match a newline unless 'n' is given and ^/$ match at line breaks
 * only with 'm', which are PostgreSQL's flags p (default), '' (n), n (m) and w (nm); i, c and x are
 * the same. REGEXP_REPLACE replaces every occurrence by default (flag g) and a NULL replacement
 * removes the matches. A non-literal match parameter, and REGEXP_REPLACE's position/occurrence
 * other than 1/0 (not in PostgreSQL 15), are reported. Results of '' become NULL, as on Oracle.
 */
public final class RegexpRule implements ExpressionRule {
    /** Function → index of its match-parameter argument. */
    private static final Map<String, Integer> FLAGS_AT = Map.of(
            "REGEXP_LIKE", 2, "REGEXP_SUBSTR", 4, "REGEXP_INSTR", 5, "REGEXP_COUNT", 3, "REGEXP_REPLACE", 5);
    /** Defaults of the arguments before the match parameter, from the Oracle documentation. */
    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "REGEXP_LIKE", List.of(), "REGEXP_SUBSTR", List.of("1", "1"), "REGEXP_INSTR", List.of("1", "1", "0"),
            "REGEXP_COUNT", List.of("1"), "REGEXP_REPLACE", List.of("1", "0"));
    private static final SqlTemplate REPLACEMENT = SqlTemplate.of("COALESCE({0}, '')");
    private static final SqlTemplate NULL_IF_EMPTY = SqlTemplate.of("NULLIF({0}, '')");

    @Override
    public String id() {
        return "OR-PG-J012";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null || !FLAGS_AT.containsKey(name)) return null;
        SqlCall call = (SqlCall) node;
        int flagsAt = FLAGS_AT.get(name);
        int fixed = name.equals("REGEXP_REPLACE") ? 3 : 2;
        if (call.operandCount() < 2) return null;
        List<SqlNode> args = new ArrayList<>(call.getOperandList());
        if (name.equals("REGEXP_REPLACE") && args.size() == 2) args.add(OracleNodes.nullLiteral());
        String oracleFlags = "";
        if (args.size() > flagsAt) {
            SqlNode flags = args.get(flagsAt);
            oracleFlags = OracleNodes.isNullLiteral(flags) ? "" : OracleNodes.stringValue(flags);
            if (oracleFlags == null) {
                context.unconvertible(name + " with a match parameter that is not a literal");
                return null;
            }
        }
        String pgFlags = postgresFlags(oracleFlags);
        if (name.equals("REGEXP_REPLACE")) return replace(args, pgFlags, context);
        List<SqlNode> out = new ArrayList<>(args.subList(0, Math.min(args.size(), flagsAt)));
        List<String> defaults = DEFAULTS.get(name);
        for (int i = out.size(); i < flagsAt; i++) {
            out.add(SqlLiteral.createExactNumeric(defaults.get(i - fixed), SqlParserPos.ZERO));
        }
        out.add(OracleNodes.string(pgFlags));
        out.addAll(args.subList(Math.min(args.size(), flagsAt + 1), args.size()));
        SqlNode result = OracleNodes.call(name.toLowerCase(Locale.ROOT), out);
        return name.equals("REGEXP_SUBSTR") ? NULL_IF_EMPTY.apply(result) : result;
    }

    private static SqlNode replace(List<SqlNode> args, String flags, RuleContext context) {
        Long position = args.size() > 3 ? OracleNodes.integerValue(args.get(3)) : Long.valueOf(1);
        Long occurrence = args.size() > 4 ? OracleNodes.integerValue(args.get(4)) : Long.valueOf(0);
        if (position == null || position != 1 || occurrence == null || occurrence > 1) {
            context.unconvertible("REGEXP_REPLACE from a position other than 1 or of one occurrence other than the first");
            return null;
        }
        String pgFlags = occurrence == 0 ? flags + "g" : flags;
        SqlNode result = OracleNodes.call("regexp_replace", List.of(args.get(0), args.get(1), REPLACEMENT.apply(args.get(2)),
                OracleNodes.string(pgFlags)));
        return NULL_IF_EMPTY.apply(result);
    }

    /** Oracle match parameter → PostgreSQL flags (see the class comment). */
    static String postgresFlags(String oracle) {
        StringBuilder kept = new StringBuilder();
        boolean dotAll = false;
        boolean multiline = false;
        for (char c : oracle.toCharArray()) {
            switch (c) {
                case 'n' -> dotAll = true;
                case 'm' -> multiline = true;
                case 'i', 'c', 'x' -> kept.append(c);
                default -> { }
            }
        }
        String newline = dotAll ? (multiline ? "w" : "") : (multiline ? "n" : "p");
        return kept + newline;
    }
}
