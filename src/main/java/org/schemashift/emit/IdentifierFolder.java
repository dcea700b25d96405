package org.schemashift.emit;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.plan.TargetNaming;

/**
 * Gives every name in an expression tree its target spelling (folded and shortened by the naming
 * policy) and marks the parts that need quotes. Calcite's writer quotes a name only when its
 * position says it was quoted, so function names, which come from rules, are written as they are.
 */
public final class IdentifierFolder extends SqlShuttle {
    private final TargetNaming naming;

    public IdentifierFolder(TargetNaming naming) {
        this.naming = naming;
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        if (id.isStar()) {
            if (id.names.size() == 1) return id;
            List<String> folded = id.names.stream().map(n -> n.isEmpty() ? n : naming.name(n)).toList();
            return SqlIdentifier.star(folded, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
        }
        List<String> folded = id.names.stream().map(naming::name).toList();
        return new SqlIdentifier(folded, null, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
    }

    /** One position per name part, marked quoted where the target needs quotes (keywords, case, spaces). */
    private List<SqlParserPos> quotingPositions(List<String> parts, SqlParserPos pos) {
        return parts.stream().map(p -> pos.withQuoting(!p.isEmpty() && naming.spelling().needsQuotes(p))).toList();
    }
}
