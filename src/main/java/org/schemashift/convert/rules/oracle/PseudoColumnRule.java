package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;

/**
 * Oracle pseudo-columns arrive as bare names. Only the query rules can replace them (ROWNUM by
 * LIMIT or row_number(), LEVEL inside a CONNECT BY rewrite); one that survives, such as ROWNUM in
 * a condition LIMIT cannot express or ROWID, makes the expression unconvertible. A column of
 * that name in the catalog is a column, not a pseudo-column.
 */
public final class PseudoColumnRule implements ExpressionRule {
    private static final Set<String> NAMES = Set.of("ROWNUM", "LEVEL", "CONNECT_BY_ISLEAF", "CONNECT_BY_ISCYCLE",
            "ROWID", "ORA_ROWSCN", "UID");

    @Override
    public String id() {
        return "ORA-J014";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node instanceof SqlIdentifier id && id.isSimple() && NAMES.contains(id.getSimple().toUpperCase(Locale.ROOT))
                && context.relationOf(id) == null) {
            context.requireConsumed(id, "pseudo-column " + id.getSimple().toUpperCase(Locale.ROOT));
        }
        return null;
    }
}
