package org.schemashift.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL as an apply target: transactional DDL, so the whole apply can be rolled back.
 * Errors are told apart by SQLSTATE (https://www.postgresql.org/docs/15/errcodes-appendix.html);
 * codes 08xxx come from the JDBC driver when no connection could be made.
 */
final class PostgresqlTargetDatabase extends AbstractTargetDatabase {
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

    PostgresqlTargetDatabase() {
        super(new Facts("postgresql", List.of("jdbc:postgresql:"), "PGPASSWORD",
                new PostgresqlStatementSplitter(), ERRORS, '"'));
    }

    @Override
    public String useSchema(Connection connection, String schema) throws SQLException {
        if (schema == null) {
            return currentSchema(connection, "SELECT current_schema()", FailureKind.STATEMENT_ERROR,
                    "no schema on the search_path exists; name one with --schema");
        }
        // a session setting, made outside any transaction so a rollback does not undo it
        execute(connection, "SET search_path TO " + quoteIdentifier(schema));
        return schema;
    }

    /**
     * A session-level advisory lock (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS):
     * it outlives the transactions of the apply and is dropped when the session ends. The key is
     * SchemaShift's class id and a hash of the schema name (advisory locks are per database).
     */
    @Override
    public String tryLockSchema(Connection connection, String schema) throws SQLException {
        int key = ApplyLock.hash(schema);
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            s.setInt(1, ApplyLock.CLASS_ID);
            s.setInt(2, key);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) return null;
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = 'advisory' "
                + "AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 2 AND granted AND database = "
                + "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
            s.setLong(1, Integer.toUnsignedLong(ApplyLock.CLASS_ID));
            s.setLong(2, Integer.toUnsignedLong(key));
            try (ResultSet rs = s.executeQuery()) {
                return "the server process " + (rs.next() ? rs.getInt(1) + " " : "") + "holds its advisory lock ("
                        + ApplyLock.CLASS_ID + ", " + key + ")";
            }
        }
    }

    @Override
    public void unlockSchema(Connection connection, String schema) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            s.setInt(1, ApplyLock.CLASS_ID);
            s.setInt(2, ApplyLock.hash(schema));
            s.execute();
        }
    }

    @Override
    public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        execute(connection, "CREATE SCHEMA IF NOT EXISTS " + quoteIdentifier(schema));
    }

    @Override
    public EmbeddedServer embeddedServer() {
        return EmbeddedPostgresServer.shared();
    }
}
