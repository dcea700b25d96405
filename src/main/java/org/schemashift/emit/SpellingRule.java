package org.schemashift.emit;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/**
 * A target's Java spelling rule, for a canonical operator whose spelling needs more than a
 * template (a translated format model, a NULL guard over any number of arguments). The target's
 * write rules name it ({@code java: PG-J001}); it gets the call with its operands already spelled.
 */
public interface SpellingRule {

    /** A stable id (PG-Jnnn, MYSQL-Jnnn), named by the write rules. */
    String id();

    /** {@code call} in the target's SQL; {@code context.cannot(reason)} when the target cannot express it. */
    SqlNode spell(SqlCall call, Context context);

    /** What a spelling rule may ask of the spelling in progress. */
    interface Context {
        /** Says the target cannot express the call, and why; returns null for the rule to return. */
        SqlNode cannot(String reason);
    }
}
