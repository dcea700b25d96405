package org.schemashift.target.postgresql;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/** Writes converted expressions as PostgreSQL text, with names folded by the naming policy. */
final class PostgresqlExpressions {
    private final PostgresqlIdentifiers names;

    PostgresqlExpressions(PostgresqlIdentifiers names) {
        this.names = names;
    }

    String write(SqlNode node) {
        return PostgresqlTargetSqlDialect.INSTANCE.unparse(node.accept(new NameFolder()));
    }

    private final class NameFolder extends SqlShuttle {
        @Override
        public SqlNode visit(SqlIdentifier id) {
            if (id.isStar()) return id;
            List<String> folded = id.names.stream().map(n -> PostgresqlIdentifiers.shorten(names.fold(n))).toList();
            return new SqlIdentifier(folded, id.getParserPosition());
        }
    }
}
