package org.schemashift.emit.postgresql;

import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.CanonicalSpelling;
import org.schemashift.emit.ExpressionWriter;
import org.schemashift.emit.IdentifierFolder;
import org.schemashift.plan.TargetNaming;

/**
 * Writes converted (canonical) expressions and queries as PostgreSQL text: canonical operators
 * spelled by PostgreSQL's write rules ({@code mappings/functions/postgresql.yaml}, and the Java
 * rules of {@link PostgresqlSpellingRules}), names folded by the naming policy; and remembers which
 * compatibility helpers ({@link CompatFunctions}) the text calls so the emitter can create them first.
 * PostgreSQL spells every canonical operator (CanonicalSpellingCoverageTest), so a node it cannot
 * spell is a bug in the rules, not in the input, and fails loudly.
 */
public final class PostgresqlExpressions implements ExpressionWriter {
    private static final CanonicalSpelling SPELLING = new CanonicalSpelling("postgresql", PostgresqlSpellingRules.all());
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
        CanonicalSpelling.Spelled spelled = SPELLING.spell(node);
        if (!spelled.complete()) throw new IllegalStateException("PostgreSQL cannot spell " + spelled.unspellable());
        helpers.addAll(CompatFunctions.calledBy(spelled.node()));
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(spelled.node().accept(new IdentifierFolder(naming)));
    }

    /** The helper functions called by everything written so far, by name. */
    public Set<String> helpersUsed() {
        return Set.copyOf(helpers);
    }
}
