package org.schemashift.source.mysql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParser.DataTypeContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonNestedColumnsContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonOrdinalityColumnContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonPathColumnContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonTableColumnContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonTableContext;
import org.schemashift.source.mysql.grammar.MySqlParser.JsonTableOnMissingContext;
import org.schemashift.source.mysql.grammar.MySqlParser.StringLiteralContext;

/**
 * MySQL JSON_TABLE(doc, path COLUMNS (...)) (https://dev.mysql.com/doc/refman/8.0/en/json-table-functions.html) read
 * as the query it stands for, one row per value the row path finds, in document order:
 * {@code LATERAL (SELECT ... FROM UNNEST(JSON_ITEMS(doc, path)) WITH ORDINALITY AS ss_rows (ss_value, ss_n))}, each
 * column the MySQL function of its meaning on ss_value: {@code c FOR ORDINALITY} is ss_n, {@code c type PATH p}
 * CAST(JSON_UNQUOTE(JSON_EXTRACT(ss_value, p)) AS type) (a JSON column the JSON_EXTRACT), {@code EXISTS PATH} 1 or 0 by
 * JSON_CONTAINS_PATH, {@code DEFAULT v ON EMPTY} v where the path has no value. A row path other than keys, indexes and
 * [*] / .*, NESTED PATH, ERROR ON EMPTY / ERROR and DEFAULT ON ERROR have no such query: null, and the table is reported.
 */
final class MySqlJsonTable {
    private static final Pattern ROW_PATH = Pattern.compile("\\$(\\.[A-Za-z_$][A-Za-z0-9_$]*|\\.\"([^\"\\\\]|\\\\.)*\"|\\[(\\d+|\\*)]|\\.\\*)*");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<ParseTree, SqlNode> expression;
    private final Function<StringLiteralContext, SqlNode> path;
    private final Function<DataTypeContext, SqlNode> castTarget;
    private final Function<ParserRuleContext, SqlParserPos> pos;

    MySqlJsonTable(Function<ParseTree, SqlNode> expression, Function<StringLiteralContext, SqlNode> path,
                   Function<DataTypeContext, SqlNode> castTarget, Function<ParserRuleContext, SqlParserPos> pos) {
        this.expression = expression;
        this.path = path;
        this.castTarget = castTarget;
        this.pos = pos;
    }

    /** The LATERAL query of the table, or null where it has none. */
    SqlNode query(JsonTableContext ctx) {
        SqlParserPos p = pos.apply(ctx);
        SqlNode rowPath = path.apply(ctx.path);
        if (!(rowPath instanceof SqlLiteral literal) || !ROW_PATH.matcher(literal.getValueAs(String.class).strip()).matches()) return null;
        SqlNodeList items = new SqlNodeList(p);
        for (JsonTableColumnContext column : ctx.jsonTableColumns().jsonTableColumn()) {
            SqlNode item = column(column, p);
            if (item == null) return null;
            items.add(item);
        }
        SqlNode rows = SqlStdOperatorTable.UNNEST_WITH_ORDINALITY.createCall(p,
                CanonicalOperators.JSON_ITEMS.createCall(p, expression.apply(ctx.expression()), rowPath));
        SqlNode from = SqlStdOperatorTable.AS.createCall(p, rows, id("ss_rows", p), id("ss_value", p), id("ss_n", p));
        return SqlStdOperatorTable.LATERAL.createCall(p, new SqlSelect(p, null, items, from, null, null, null, null, null, null, null, null));
    }

    private SqlNode column(JsonTableColumnContext ctx, SqlParserPos p) {
        if (ctx instanceof JsonNestedColumnsContext) return null;
        if (ctx instanceof JsonOrdinalityColumnContext o) {
            return SqlStdOperatorTable.AS.createCall(p, id("ss_n", p), id(MySqlNames.identifier(o.identifier()), p));
        }
        JsonPathColumnContext c = (JsonPathColumnContext) ctx;
        SqlNode value = value(c, p);
        for (JsonTableOnMissingContext missing : c.jsonTableOnMissing()) {
            if (missing.raise != null || (missing.value != null && missing.on.getType() != MySqlParser.EMPTY)) return null;
            if (missing.value != null) {
                SqlNode given = defaultValue(missing.value, c, p);
                if (given == null) return null;
                value = new SqlCase(p, null, SqlNodeList.of(SqlStdOperatorTable.IS_NULL.createCall(p, extract(c, p))),
                        SqlNodeList.of(given), value);
            }
        }
        return SqlStdOperatorTable.AS.createCall(p, value, id(MySqlNames.identifier(c.identifier()), p));
    }

    /** The column's value where the path has one. */
    private SqlNode value(JsonPathColumnContext c, SqlParserPos p) {
        if (c.EXISTS() != null) {
            SqlNode exists = PseudoFunctions.call("JSON_CONTAINS_PATH", p, id("ss_value", p), SqlLiteral.createCharString("one", p), path.apply(c.path));
            return new SqlCase(p, null, SqlNodeList.of(exists), SqlNodeList.of(SqlLiteral.createExactNumeric("1", p)),
                    SqlLiteral.createExactNumeric("0", p));
        }
        if (json(c)) return extract(c, p);
        return SqlStdOperatorTable.CAST.createCall(p, PseudoFunctions.call("JSON_UNQUOTE", p, extract(c, p)), castTarget.apply(c.dataType()));
    }

    /** DEFAULT v: v is JSON text ('"x"' is the string x), as the column's type; null when it is no JSON. */
    private SqlNode defaultValue(StringLiteralContext given, JsonPathColumnContext c, SqlParserPos p) {
        SqlNode literal = path.apply(given);
        if (!(literal instanceof SqlLiteral text)) return null;
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text.getValueAs(String.class));
        } catch (JsonProcessingException e) {
            return null;
        }
        if (parsed == null || json(c)) return null;
        SqlNode value = SqlLiteral.createCharString(parsed.isTextual() ? parsed.asText() : parsed.toString(), p);
        return SqlStdOperatorTable.CAST.createCall(p, value, castTarget.apply(c.dataType()));
    }

    private SqlNode extract(JsonPathColumnContext c, SqlParserPos p) {
        return PseudoFunctions.call("JSON_EXTRACT", p, id("ss_value", p), path.apply(c.path));
    }

    private static boolean json(JsonPathColumnContext c) {
        return c.dataType().getText().equalsIgnoreCase("json");
    }

    private static SqlIdentifier id(String name, SqlParserPos p) {
        return new SqlIdentifier(name, p);
    }
}
