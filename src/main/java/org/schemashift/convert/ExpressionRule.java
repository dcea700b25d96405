package org.schemashift.convert;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;

/** A Java rewrite for one construct that is not a plain function mapping. */
public interface ExpressionRule {

    /** A stable id shown in the report. */
    String id();

    /** The replacement for {@code call}, or null when the rule does not apply. */
    SqlNode rewrite(SqlCall call);
}
