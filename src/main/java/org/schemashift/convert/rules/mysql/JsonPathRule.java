package org.schemashift.convert.rules.mysql;

import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.model.sql.SqlTemplate;
import org.schemashift.source.mysql.MySqlCode;

/**
 * MySQL's JSON functions that take a path (https://dev.mysql.com/doc/refman/8.0/en/json.html#json-path-syntax),
 * with one literal path of object keys and array indexes: '$.a."b c"[0]' is the canonical path ARRAY['a', 'b c', '0'].
 * JSON_EXTRACT (and {@code ->}) is JSON_AT, JSON_UNQUOTE of it (and {@code ->>}) JSON_TEXT_AT; JSON_SET creates or
 * replaces, JSON_REPLACE only replaces, JSON_INSERT only creates (JSON_PUT); JSON_REMOVE is JSON_WITHOUT;
 * JSON_CONTAINS_PATH tests each path; JSON_LENGTH, JSON_KEYS and JSON_CONTAINS with a path apply to the value there.
 * Wildcards, ranges, last, paths computed at run time and several paths in one call are items, never guessed.
 */
final class JsonPathRule implements ExpressionRule {
    private static final SqlTemplate INSERT = SqlTemplate.canonical(
            "CASE WHEN JSON_AT({0}, {1}) IS NULL THEN JSON_PUT({0}, {1}, {2}, TRUE) ELSE CAST({0} AS \"JSON\") END");
    private static final SqlTemplate WHOLE = SqlTemplate.canonical("CAST({0} AS \"JSON\")");
    private static final SqlTemplate NULL_WHEN_NULL = SqlTemplate.canonical("CASE WHEN {0} IS NULL THEN NULL ELSE {1} END");

    @Override
    public String id() {
        return "MY-J013";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null) return null;
        SqlCall call = (SqlCall) node;
        List<SqlNode> args = call.getOperandList();
        SqlParserPos p = call.getParserPosition();
        return switch (name) {
            case "JSON_EXTRACT" -> args.size() == 2 ? extract(args.get(0), args.get(1), context)
                    : form(context, name, "JSON_EXTRACT of several paths (an array of their values)");
            case "JSON_UNQUOTE" -> unquote(args, p, context);
            case "JSON_REMOVE" -> args.size() == 2 ? at(CanonicalOperators.JSON_WITHOUT, args.get(0), args.get(1), context)
                    : form(context, name, "JSON_REMOVE of several paths");
            case "JSON_SET", "JSON_REPLACE" -> args.size() == 3 ? put(args, SqlLiteral.createBoolean(name.equals("JSON_SET"), p), context)
                    : form(context, name, name + " of several path-value pairs");
            case "JSON_INSERT" -> args.size() == 3 ? insert(args, context) : form(context, name, "JSON_INSERT of several path-value pairs");
            case "JSON_CONTAINS_PATH" -> containsPath(args, p, context);
            case "JSON_LENGTH" -> args.size() == 2 ? onValueAt(CanonicalOperators.JSON_SIZE, args, context) : null;
            case "JSON_KEYS" -> args.size() == 2 ? onValueAt(CanonicalOperators.JSON_KEYS_ARRAY, args, context) : null;
            case "JSON_CONTAINS" -> args.size() == 3 ? contains(args, context) : null;
            default -> null;
        };
    }

    private static SqlNode extract(SqlNode doc, SqlNode path, RuleContext context) {
        List<String> steps = steps(path, context);
        if (steps == null) return null;
        return steps.isEmpty() ? WHOLE.apply(doc) : CanonicalOperators.JSON_AT.createCall(doc.getParserPosition(), doc, array(steps, path));
    }

    /** JSON_UNQUOTE(JSON_EXTRACT(doc, path)), already JSON_AT: the text at the path. */
    private static SqlNode unquote(List<SqlNode> args, SqlParserPos p, RuleContext context) {
        if (args.size() == 1 && args.get(0) instanceof SqlCall at && at.getOperator() == CanonicalOperators.JSON_AT) {
            return CanonicalOperators.JSON_TEXT_AT.createCall(p, at.getOperandList());
        }
        return form(context, "JSON_UNQUOTE", "JSON_UNQUOTE of a value other than JSON_EXTRACT(doc, path)");
    }

    private static SqlNode put(List<SqlNode> args, SqlNode create, RuleContext context) {
        SqlNode path = nonEmptyPath(args.get(1), context);
        return path == null ? null : CanonicalOperators.JSON_PUT.createCall(args.get(0).getParserPosition(), args.get(0), path, args.get(2), create);
    }

    private static SqlNode insert(List<SqlNode> args, RuleContext context) {
        SqlNode path = nonEmptyPath(args.get(1), context);
        return path == null ? null : INSERT.apply(args.get(0), path, args.get(2));
    }

    private static SqlNode at(SqlOperator op, SqlNode doc, SqlNode pathArg, RuleContext context) {
        SqlNode path = nonEmptyPath(pathArg, context);
        return path == null ? null : op.createCall(doc.getParserPosition(), doc, path);
    }

    private static SqlNode onValueAt(SqlOperator op, List<SqlNode> args, RuleContext context) {
        SqlNode value = extract(args.get(0), args.get(1), context);
        return value == null ? null : op.createCall(value.getParserPosition(), value);
    }

    private static SqlNode contains(List<SqlNode> args, RuleContext context) {
        SqlNode value = extract(args.get(0), args.get(2), context);
        return value == null ? null : CanonicalOperators.JSON_CONTAINS_VALUE.createCall(value.getParserPosition(), value, args.get(1));
    }

    /** JSON_CONTAINS_PATH(doc, 'one' | 'all', path, ...): any or every path has a value; NULL for a NULL document. */
    private static SqlNode containsPath(List<SqlNode> args, SqlParserPos p, RuleContext context) {
        String mode = args.size() >= 3 && args.get(1) instanceof SqlCharStringLiteral s ? s.getValueAs(String.class).toLowerCase(Locale.ROOT) : "";
        if (!mode.equals("one") && !mode.equals("all")) return form(context, "JSON_CONTAINS_PATH", "JSON_CONTAINS_PATH without a literal 'one' or 'all'");
        SqlNode test = null;
        for (SqlNode pathArg : args.subList(2, args.size())) {
            SqlNode value = extract(args.get(0), pathArg, context);
            if (value == null) return null;
            SqlNode present = SqlStdOperatorTable.IS_NOT_NULL.createCall(p, value);
            test = test == null ? present : (mode.equals("one") ? SqlStdOperatorTable.OR : SqlStdOperatorTable.AND).createCall(p, test, present);
        }
        return NULL_WHEN_NULL.apply(args.get(0), test);
    }

    private static SqlNode nonEmptyPath(SqlNode path, RuleContext context) {
        List<String> steps = steps(path, context);
        if (steps == null) return null;
        if (steps.isEmpty()) {
            context.unsupported(MySqlCode.JSON_PATH_NOT_CONVERTED, "JSON path '$'", "the path '$' names the whole document here");
            return null;
        }
        return array(steps, path);
    }

    private static SqlNode array(List<String> steps, SqlNode path) {
        SqlParserPos p = path.getParserPosition();
        return SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR.createCall(p, steps.stream().map(s -> (SqlNode) SqlLiteral.createCharString(s, p)).toList());
    }

    /** The keys and indexes of a literal path, or null (with an item) for any other path. */
    private static List<String> steps(SqlNode path, RuleContext context) {
        List<String> steps = path instanceof SqlCharStringLiteral s ? JsonPath.steps(s.getValueAs(String.class)) : null;
        if (steps == null) {
            context.unsupported(MySqlCode.JSON_PATH_NOT_CONVERTED, "JSON path " + path,
                    "only a literal path of object keys and array indexes has a jsonb path");
        }
        return steps;
    }

    private static SqlNode form(RuleContext context, String function, String what) {
        context.unsupported(MySqlCode.JSON_FORM_NOT_CONVERTED, function, what + " has no single jsonb operator");
        return null;
    }
}
