package org.schemashift.convert.rules.mysql;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * MySQL's JSON_MERGE_PATCH and JSON_MERGE_PRESERVE (JSON_MERGE, its deprecated name) of any number of documents
 * merge them from left to right (https://dev.mysql.com/doc/refman/8.0/en/json-modification-functions.html):
 * JSON_MERGE_PATCH(a, b, c) is JSON_PATCHED(JSON_PATCHED(a, b), c). The two-document operators carry the NULL rules,
 * so the fold keeps MySQL's (a NULL before a patch that is no object is replaced by it).
 */
final class JsonMergeRule implements ExpressionRule {

    @Override
    public String id() {
        return "MY-J014";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        String name = PseudoFunctions.name(node);
        if (name == null) return null;
        SqlOperator merge = switch (name) {
            case "JSON_MERGE_PATCH" -> CanonicalOperators.JSON_PATCHED;
            case "JSON_MERGE_PRESERVE", "JSON_MERGE" -> CanonicalOperators.JSON_MERGED;
            default -> null;
        };
        List<SqlNode> docs = ((SqlCall) node).getOperandList();
        if (merge == null || docs.size() < 2) return null;
        SqlNode merged = docs.get(0);
        for (SqlNode doc : docs.subList(1, docs.size())) {
            merged = merge.createCall(node.getParserPosition(), merged, doc);
        }
        return merged;
    }
}
