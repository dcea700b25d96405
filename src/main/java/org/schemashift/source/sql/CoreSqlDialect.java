package org.schemashift.source.sql;

import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.schemashift.model.Expr;

/**
 * A source dialect's builder as {@link CoreSqlBuilder} sees it: the visitor that builds every
 * node (so the dialect's own alternatives and overrides apply at any depth of a core
 * construct), and the lexical facts the core grammar leaves to the dialect.
 */
public interface CoreSqlDialect extends ParseTreeVisitor<SqlNode> {

    /** Functions every SQL dialect means the same by: the standard operator for each. */
    Map<String, SqlOperator> STANDARD_FUNCTIONS = Map.of(
            "COUNT", SqlStdOperatorTable.COUNT, "SUM", SqlStdOperatorTable.SUM, "MIN", SqlStdOperatorTable.MIN,
            "MAX", SqlStdOperatorTable.MAX, "AVG", SqlStdOperatorTable.AVG, "COALESCE", SqlStdOperatorTable.COALESCE,
            "NULLIF", SqlStdOperatorTable.NULLIF, "UPPER", SqlStdOperatorTable.UPPER, "LOWER", SqlStdOperatorTable.LOWER,
            "ABS", SqlStdOperatorTable.ABS);

    /** The expression, condition or query {@code ctx} with its exact source text, comments inside it included. */
    default Expr expr(ParserRuleContext ctx) {
        return new Expr(visit(ctx), CoreParseTree.text(ctx));
    }

    /** The name an {@code identifier} node spells, as the dialect stores it (case folded or kept, quotes removed). */
    String name(ParserRuleContext identifier);

    /**
     * The value of a string literal: a {@code stringLiteral} node or a single STRING_LITERAL token
     * (quotes removed, escapes resolved, adjacent parts joined).
     */
    String stringValue(ParseTree literal);

    /** The name of the function a {@code functionName} node calls, upper case, a qualified one joined with dots. */
    String functionName(ParserRuleContext functionName);

    /**
     * The standard operator the dialect means by function {@code name}, or null: the call is then
     * an unresolved function of that name, for the conversion rules. A dialect adds its own
     * entries to {@link #STANDARD_FUNCTIONS}.
     */
    default SqlOperator standardFunction(String name) {
        return STANDARD_FUNCTIONS.get(name);
    }
}
