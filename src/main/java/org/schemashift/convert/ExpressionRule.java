package org.schemashift.convert;

import org.apache.calcite.sql.SqlNode;

/**
 * A Java rewrite for one construct that is not a plain function mapping. The converter offers
 * every node bottom-up (calls, identifiers, literals, queries such as SqlSelect), after its
 * children are converted. Every rule runs, in registration order, on the previous rule's output.
 */
public interface ExpressionRule {

    /** A stable id shown in the report. */
    String id();

    /** Whether the rule applies to a view's query only, not to other expressions, routines and triggers. */
    default boolean viewsOnly() {
        return false;
    }

    /** The replacement for {@code node}, or null when the rule does not apply. */
    SqlNode rewrite(SqlNode node, RuleContext context);
}
