package org.schemashift.source.sql;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.Expr;

/**
 * A dialect's expression builder as {@link CoreSqlBuilder} sees it: the visitor that builds every
 * node, so the dialect's own alternatives and overrides apply at any depth of a core construct.
 */
public interface CoreSqlDialect extends ParseTreeVisitor<SqlNode> {

    /** The expression, condition or query {@code ctx} with its exact source text, comments inside it included. */
    default Expr expr(ParserRuleContext ctx) {
        return new Expr(visit(ctx), CoreParseTree.text(ctx));
    }
}
