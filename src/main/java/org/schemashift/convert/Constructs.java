package org.schemashift.convert;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.schemashift.model.sql.PseudoFunctions;

/** Short names for source constructs in decision messages ("NVL", "||", "SELECT", "DATE '2024-01-31'"). */
final class Constructs {
    private static final int LONGEST = 40;

    private Constructs() {
    }

    static String describe(SqlNode node) {
        if (node instanceof SqlSelect) return "SELECT";
        if (node instanceof SqlOrderBy) return "ORDER BY";
        if (node instanceof SqlWith) return "WITH";
        if (node instanceof SqlIdentifier id) return String.join(".", id.names);
        if (node instanceof SqlLiteral literal) return shortened(literal.toString());
        if (node instanceof SqlCall call) {
            String name = PseudoFunctions.name(call);
            return name != null ? name : call.getOperator().getName();
        }
        return shortened(String.valueOf(node));
    }

    private static String shortened(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 3) + "...";
    }
}
