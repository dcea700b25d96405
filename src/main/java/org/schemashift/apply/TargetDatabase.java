package org.schemashift.apply;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What apply needs to know about one target engine. A new target (MySQL/MariaDB) is one class
 * implementing this plus one line in {@link TargetDatabases}; the journal, plan, runner and
 * command are shared.
 */
public interface TargetDatabase {

    /** The target dialect id, as in report.json's "target". */
    String dialectId();

    /** Whether this target's JDBC URLs look like {@code url} (jdbc:postgresql:...). */
    boolean acceptsUrl(String url);

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

    /** Creates the schema if it is missing; runs inside the apply's transaction where the target has one. */
    void createSchemaIfMissing(Connection connection, String schema) throws SQLException;

    /** A throwaway server of this engine for validation, started once per process. */
    EmbeddedServer embeddedServer();
}
