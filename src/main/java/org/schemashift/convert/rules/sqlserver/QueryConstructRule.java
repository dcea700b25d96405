package org.schemashift.convert.rules.sqlserver;

import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * PIVOT, UNPIVOT, FOR XML (other than the PATH('') string idiom, read as string aggregation) and
 * FOR JSON: queries the targets write another way, whose rewrite depends on the data's columns and
 * values; the query is left unconverted with SS-MSS-0117 saying what to rewrite it as.
 */
final class QueryConstructRule implements ExpressionRule {
    /** The builder's pseudo functions; each is the construct the item explains, so no general item repeats it. */
    private static final String PIVOT = "MSS_PIVOT";
    private static final String FOR_XML = "MSS_FOR_XML";
    private static final String FOR_JSON = "MSS_FOR_JSON";

    @Override
    public String id() {
        return "MSS-J011";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (PseudoFunctions.isCall(node, PIVOT)) {
            SqlNode text = ((SqlCall) node).operand(0);
            boolean unpivot = text instanceof SqlLiteral literal
                    && literal.getValueAs(String.class).strip().toUpperCase(Locale.ROOT).startsWith("UNPIVOT");
            if (unpivot) {
                context.unsupported(SqlServerCode.QUERY_CONSTRUCT, PIVOT, "UNPIVOT: rewrite as one SELECT per unpivoted "
                        + "column joined with UNION ALL (or a CROSS JOIN LATERAL (VALUES ...) on PostgreSQL), leaving out NULLs");
            } else {
                context.unsupported(SqlServerCode.QUERY_CONSTRUCT, PIVOT, "PIVOT: rewrite as conditional aggregation, one "
                        + "AGG(CASE WHEN column = value THEN measure END) per pivoted value, grouped by the other columns");
            }
        } else if (PseudoFunctions.isCall(node, FOR_XML)) {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, FOR_XML, "FOR XML: build the document with the target's XML "
                    + "functions (PostgreSQL xmlelement / xmlagg; MySQL has none: build it as text)");
        } else if (PseudoFunctions.isCall(node, FOR_JSON)) {
            context.unsupported(SqlServerCode.QUERY_CONSTRUCT, FOR_JSON, "FOR JSON: build the document with the target's JSON "
                    + "functions (json_agg / json_build_object on PostgreSQL, JSON_ARRAYAGG / JSON_OBJECT on MySQL)");
        }
        return null;
    }
}
