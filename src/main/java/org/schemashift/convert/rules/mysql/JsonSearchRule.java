package org.schemashift.convert.rules.mysql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.mysql.MySqlCode;

/**
 * MySQL JSON_SEARCH(doc, 'one' | 'all', pattern [, escape [, path ...]])
 * (https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html#function_json-search) is JSON_SEARCH_PATHS
 * with the mode a boolean and the paths as a JSON array of their steps ('$.a[0]' is ["a","0"]; '$' searches the whole
 * document). A mode other than a literal 'one' or 'all', and a path with wildcards or not literal, are items.
 */
final class JsonSearchRule implements ExpressionRule {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String id() {
        return "MY-J015";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!"JSON_SEARCH".equals(PseudoFunctions.name(node))) return null;
        List<SqlNode> args = ((SqlCall) node).getOperandList();
        if (args.size() < 3) return null;
        SqlParserPos p = node.getParserPosition();
        String mode = args.get(1) instanceof SqlCharStringLiteral s ? s.getValueAs(String.class).toLowerCase(Locale.ROOT) : "";
        if (!mode.equals("one") && !mode.equals("all")) {
            context.unsupported(MySqlCode.JSON_FORM_NOT_CONVERTED, "JSON_SEARCH", "JSON_SEARCH without a literal 'one' or 'all' has no single jsonb operator");
            return null;
        }
        SqlNode scopes = scopes(args.subList(Math.min(4, args.size()), args.size()), p, context);
        if (scopes == null) return null;
        SqlNode escape = args.size() > 3 ? args.get(3) : SqlLiteral.createNull(p);
        return CanonicalOperators.JSON_SEARCH_PATHS.createCall(p, args.get(0), SqlLiteral.createBoolean(mode.equals("all"), p),
                args.get(2), escape, scopes);
    }

    /** The paths as a JSON array literal of their steps, NULL for none or '$'; null (with an item) for a path not read. */
    private static SqlNode scopes(List<SqlNode> paths, SqlParserPos p, RuleContext context) {
        List<List<String>> scopes = new ArrayList<>();
        for (SqlNode path : paths) {
            List<String> steps = path instanceof SqlCharStringLiteral s ? JsonPath.steps(s.getValueAs(String.class)) : null;
            if (steps == null) {
                context.unsupported(MySqlCode.JSON_PATH_NOT_CONVERTED, "JSON path " + path,
                        "only a literal path of object keys and array indexes limits a converted JSON_SEARCH");
                return null;
            }
            if (steps.isEmpty()) return SqlLiteral.createNull(p);
            scopes.add(steps);
        }
        return scopes.isEmpty() ? SqlLiteral.createNull(p) : SqlLiteral.createCharString(json(scopes), p);
    }

    private static String json(List<List<String>> scopes) {
        try {
            return JSON.writeValueAsString(scopes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
