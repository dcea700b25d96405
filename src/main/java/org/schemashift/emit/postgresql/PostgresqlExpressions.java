package org.schemashift.emit.postgresql;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.schemashift.emit.CanonicalSpelling;

/**
 * Writes converted (canonical) expressions and queries as PostgreSQL text: canonical operators
 * spelled by PostgreSQL's write rules ({@code mappings/functions/postgresql.yaml}, and the Java
 * rules of {@link PostgresqlSpellingRules}), names folded by the naming policy; and remembers which
 * compatibility helpers ({@link CompatFunctions}) the text calls so the emitter can create them first.
 * PostgreSQL spells every canonical operator (CanonicalSpellingCoverageTest), so a node it cannot
 * spell is a bug in the rules, not in the input, and fails loudly.
 */
public final class PostgresqlExpressions {
    private static final CanonicalSpelling SPELLING = new CanonicalSpelling("postgresql", PostgresqlSpellingRules.all());
    private final PostgresqlIdentifiers names;
    private final Set<String> helpers = new TreeSet<>();

    public PostgresqlExpressions(PostgresqlIdentifiers names) {
        this.names = names;
    }

    public String write(SqlNode node) {
        CanonicalSpelling.Spelled spelled = SPELLING.spell(node);
        if (!spelled.complete()) throw new IllegalStateException("PostgreSQL cannot spell " + spelled.unspellable());
        helpers.addAll(CompatFunctions.calledBy(spelled.node()));
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(spelled.node().accept(new NameFolder()));
    }

    /** The helper functions called by everything written so far, by name. */
    public Set<String> helpersUsed() {
        return Set.copyOf(helpers);
    }

    /** One position per name part, marked quoted where PostgreSQL needs quotes (keywords, upper case, spaces). */
    private static List<SqlParserPos> quotingPositions(List<String> parts, SqlParserPos pos) {
        return parts.stream().map(p -> pos.withQuoting(!p.isEmpty() && PostgresqlIdentifiers.needsQuotes(p))).toList();
    }

    private final class NameFolder extends SqlShuttle {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (id.isStar()) {
                if (id.names.size() == 1) return id;
                List<String> folded = id.names.stream()
                        .map(n -> n.isEmpty() ? n : PostgresqlIdentifiers.shorten(names.fold(n))).toList();
                return SqlIdentifier.star(folded, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
            }
            List<String> folded = id.names.stream().map(n -> PostgresqlIdentifiers.shorten(names.fold(n))).toList();
            return new SqlIdentifier(folded, null, id.getParserPosition(), quotingPositions(folded, id.getParserPosition()));
        }
    }
}
