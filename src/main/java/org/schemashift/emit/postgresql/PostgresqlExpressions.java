package org.schemashift.emit.postgresql;

import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;

/**
 * Writes converted expressions and queries as PostgreSQL text, with names folded by the naming
 * policy, and remembers which compatibility helpers ({@link CompatFunctions}) the text calls so
 * the emitter can create them first.
 */
public final class PostgresqlExpressions implements ExpressionWriter {
    private final PostgresqlIdentifiers names;
    private final Set<String> helpers = new TreeSet<>();

    public PostgresqlExpressions(PostgresqlIdentifiers names) {
        this.names = names;
    }

    @Override
    public String write(SqlNode node) {
        helpers.addAll(CompatFunctions.calledBy(node));
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(node.accept(new IdentifierFolder(names.naming())));
    }

    /** The helper functions called by everything written so far, by name. */
    public Set<String> helpersUsed() {
        return Set.copyOf(helpers);
    }
}
