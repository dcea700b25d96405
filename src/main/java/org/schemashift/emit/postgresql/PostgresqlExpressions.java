package org.schemashift.emit.postgresql;

import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.plan.TargetNaming;

/**
 * Writes converted expressions and queries as PostgreSQL text, with names folded by the naming
 * policy, and remembers which compatibility helpers ({@link CompatFunctions}) the text calls so
 * the emitter can create them first.
 */
public final class PostgresqlExpressions implements ExpressionWriter {
    private final TargetNaming naming;
    private final Set<String> helpers = new TreeSet<>();

    public PostgresqlExpressions(PostgresqlIdentifiers names) {
        this(names.naming());
    }

    /** Writes names by the conversion's naming policy. */
    public PostgresqlExpressions(TargetNaming naming) {
        this.naming = naming;
    }

    @Override
    public String write(SqlNode node) {
        helpers.addAll(CompatFunctions.calledBy(node));
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(node.accept(new IdentifierFolder(naming)));
    }

    /** The helper functions called by everything written so far, by name. */
    public Set<String> helpersUsed() {
        return Set.copyOf(helpers);
    }
}
