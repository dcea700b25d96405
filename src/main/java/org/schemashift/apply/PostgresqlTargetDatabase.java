package org.schemashift.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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
    private static final ErrorClassifier ERRORS = new ErrorClassifier(ErrorClassifier::sqlState, Map.of(
            "28P01", FailureKind.AUTHENTICATION_FAILED,
            "28000", FailureKind.AUTHENTICATION_FAILED,
            // the driver's own 08004: the server asked for a password and none was given
            "08004", FailureKind.AUTHENTICATION_FAILED,
            "3D000", FailureKind.DATABASE_MISSING,
            "42501", FailureKind.INSUFFICIENT_PRIVILEGES),
            e -> ALREADY_EXISTS.contains(ErrorClassifier.sqlState(e)));
    private static final StatementSplitter SPLITTER = new PostgresqlStatementSplitter();

    @Override
    public String dialectId() {
        return "postgresql";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public String passwordVariable() {
        return "PGPASSWORD";
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
        return ERRORS.classify(e);
    }

    @Override
    public boolean isAlreadyExists(SQLException e) {
        return ERRORS.isAlreadyExists(e);
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
