package org.schemashift.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * PostgreSQL as an apply target: transactional DDL, so the whole apply can be rolled back.
 * Errors are told apart by SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html);
 * codes 08xxx come from the JDBC driver when no connection could be made.
 */
final class PostgresqlTargetDatabase implements TargetDatabase {
    /** duplicate_table (also indexes, views, sequences), duplicate_object (constraints, triggers),
     * duplicate_schema, duplicate_function, duplicate_database. */
    private static final Set<String> ALREADY_EXISTS = Set.of("42P07", "42710", "42P06", "42723", "42P04");
    private static final StatementSplitter SPLITTER = new PostgresqlStatementSplitter();

    @Override
    public String dialectId() {
        return "postgresql";
    }

    @Override
    public boolean acceptsUrl(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public StatementSplitter splitter() {
        return SPLITTER;
    }

    @Override
    public FailureKind classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("28P01") || state.equals("28000")) return FailureKind.AUTHENTICATION_FAILED;
        // the driver's own 08004: the server asked for a password and none was given
        if (state.equals("08004")) return FailureKind.AUTHENTICATION_FAILED;
        if (state.startsWith("08")) return FailureKind.CONNECTION_FAILED;
        if (state.equals("3D000")) return FailureKind.DATABASE_MISSING;
        if (state.equals("42501")) return FailureKind.INSUFFICIENT_PRIVILEGES;
        if (isAlreadyExists(e)) return FailureKind.REFUSED;
        return FailureKind.STATEMENT_ERROR;
    }

    @Override
    public boolean isAlreadyExists(SQLException e) {
        return e.getSQLState() != null && ALREADY_EXISTS.contains(e.getSQLState());
    }

    @Override
    public String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String useSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (schema != null) {
                // a session setting, made outside any transaction so a rollback does not undo it
                s.execute("SET search_path TO " + quoteIdentifier(schema));
                return schema;
            }
            try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                String current = rs.next() ? rs.getString(1) : null;
                if (current == null) {
                    throw new ApplyException(FailureKind.STATEMENT_ERROR,
                            "no schema on the search_path exists; name one with --schema");
                }
                return current;
            }
        }
    }

    @Override
    public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + quoteIdentifier(schema));
        }
    }

    @Override
    public EmbeddedServer embeddedServer() {
        return EmbeddedPostgresServer.shared();
    }
}
