package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * FOR XML (other than the PATH('') string idiom, read as string aggregation) and FOR JSON: queries
 * the targets write another way, whose rewrite depends on the document wanted; the query is left
 * unconverted with SS-MSS-0117 saying what to rewrite it as. PIVOT and UNPIVOT are {@link PivotRule}'s.
 */
final class QueryConstructRule implements ExpressionRule {
    /** The builder's pseudo functions; each is the construct the item explains, so no general item repeats it. */
    private static final String FOR_XML = "MSS_FOR_XML";
    private static final String FOR_JSON = "MSS_FOR_JSON";

    @Override
    public String id() {
        return "MSS-J011";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (PseudoFunctions.isCall(node, FOR_XML)) {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, FOR_XML, "FOR XML: build the document with the target's XML "
                    + "functions (PostgreSQL xmlelement / xmlagg; MySQL has none: build it as text)");
        } else if (PseudoFunctions.isCall(node, FOR_JSON)) {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, FOR_JSON, "FOR JSON: build the document with the target's JSON "
                    + "functions (json_agg / json_build_object on PostgreSQL, JSON_ARRAYAGG / JSON_OBJECT on MySQL)");
        }
        return null;
    }
}
