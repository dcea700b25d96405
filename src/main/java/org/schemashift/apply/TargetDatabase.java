package org.schemashift.apply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * What apply needs to know about one target engine. A target is one class implementing this plus
 * one line in {@link TargetDatabases}; the journal, plan, runner and command are shared, and so
 * are the statement-splitting loop ({@link LexicalStatementSplitter}), the error table
 * ({@link ErrorClassifier}) and the embedded-server plumbing ({@link EmbeddedServer}).
 */
public interface TargetDatabase {

    /** The target dialect id, as in report.json's "target". */
    String dialectId();

    /** How this target's JDBC URLs start ("jdbc:postgresql:"). */
    List<String> urlPrefixes();

    /** Opens a connection; a target may adjust the URL or add driver properties. */
    default Connection connect(ConnectionSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.driverProperties());
    }

    /** The environment variable the engine's own client reads a password from (PGPASSWORD, MYSQL_PWD). */
    String passwordVariable();

    /** Whether DDL runs inside transactions (PostgreSQL: yes; MySQL commits each DDL statement). */
    boolean transactionalDdl();

    StatementSplitter splitter();

    /** Classifies a driver exception, from connecting or from a statement. */
    FailureKind classify(SQLException e);

    /** Whether the exception says the object already exists (a collision, not a broken statement). */
    boolean isAlreadyExists(SQLException e);

    String quoteIdentifier(String name);

    /**
     * Makes {@code schema} the default for unqualified names for this session (it may not exist
     * yet); with null, returns the session's current default. Returns the schema the journal uses.
     */
    String useSchema(Connection connection, String schema) throws SQLException;

    /**
     * Takes this session's apply lock on {@code schema}, without waiting; the server holds it until
     * the session ends, so a killed apply cannot leave it behind. Returns null when taken, else
     * a sentence saying who holds it (another apply to the same schema).
     */
    String tryLockSchema(Connection connection, String schema) throws SQLException;

    /**
     * Releases the lock {@link #tryLockSchema} took. Closing the connection would too, but the
     * server ends the session only after the client has gone, so an apply started right after
     * this one could find the lock still held.
     */
    void unlockSchema(Connection connection, String schema) throws SQLException;

    /** Creates the schema if it is missing; runs inside the apply's transaction where the target has one. */
    void createSchemaIfMissing(Connection connection, String schema) throws SQLException;

    /** A throwaway server of this engine for validation, started once per process. */
    EmbeddedServer embeddedServer();
}
