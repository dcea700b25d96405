package org.schemashift.apply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * MySQL and MariaDB as an apply target, through MariaDB Connector/J, which speaks to both. A
 * MySQL "schema" is a database: --schema names the database, created if missing, and USE makes
 * it the default. MySQL commits every DDL statement as it runs, so there is no all or nothing:
 * objects are committed one by one with their journal rows (see {@link ApplyMode}).
 *
 * <p>Errors are told apart by the server's error number, which MySQL and MariaDB share for these
 * (https://dev.mysql.com/doc/mysql-errors/8.0/en/server-error-reference.html); their SQLSTATEs
 * are too coarse (42000 covers a syntax error, an unknown database and a missing privilege).
 */
final class MySqlTargetDatabase extends AbstractTargetDatabase {
    private static final String MARIADB_SCHEME = "jdbc:mariadb:";
    private static final String MYSQL_SCHEME = "jdbc:mysql:";
    /**
     * ER_DB_CREATE_EXISTS, ER_TABLE_EXISTS_ERROR (tables, views, MariaDB sequences), ER_DUP_KEYNAME
     * (indexes, unique keys), ER_SP_ALREADY_EXISTS (procedures, functions), ER_TRG_ALREADY_EXISTS,
     * ER_EVENT_ALREADY_EXISTS, 1826 (MySQL: foreign key name taken; MariaDB: constraint name taken),
     * ER_CHECK_CONSTRAINT_DUP_NAME (MySQL).
     */
    private static final Set<Integer> ALREADY_EXISTS = Set.of(1007, 1050, 1061, 1304, 1359, 1537, 1826, 3822);
    private static final ErrorClassifier ERRORS = new ErrorClassifier(e -> String.valueOf(e.getErrorCode()), Map.of(
            "1045", FailureKind.AUTHENTICATION_FAILED,   // ER_ACCESS_DENIED_ERROR
            "1698", FailureKind.AUTHENTICATION_FAILED,   // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
            "1049", FailureKind.DATABASE_MISSING,        // ER_BAD_DB_ERROR
            "1044", FailureKind.INSUFFICIENT_PRIVILEGES, // ER_DBACCESS_DENIED_ERROR
            "1142", FailureKind.INSUFFICIENT_PRIVILEGES, // ER_TABLEACCESS_DENIED_ERROR
            "1143", FailureKind.INSUFFICIENT_PRIVILEGES, // ER_COLUMNACCESS_DENIED_ERROR
            "1227", FailureKind.INSUFFICIENT_PRIVILEGES, // ER_SPECIFIC_ACCESS_DENIED_ERROR
            "1370", FailureKind.INSUFFICIENT_PRIVILEGES), // ER_PROCACCESS_DENIED_ERROR
            MySqlTargetDatabase::alreadyExists);

    MySqlTargetDatabase() {
        super(new Facts("mysql", List.of(MARIADB_SCHEME, MYSQL_SCHEME), "MYSQL_PWD",
                new MySqlStatementSplitter(), ERRORS, '`'));
    }

    /** MariaDB reports a foreign key name that is taken as ER_CANT_CREATE_TABLE with InnoDB's errno 121 (duplicate key). */
    private static boolean alreadyExists(SQLException e) {
        return ALREADY_EXISTS.contains(e.getErrorCode())
                || e.getErrorCode() == 1005 && e.getMessage() != null && e.getMessage().contains("errno: 121");
    }

    /**
     * The MariaDB driver takes jdbc:mysql: only with permitMysqlScheme in the URL, so the scheme is
     * swapped instead; databases are "schemas" in the driver's metadata, as they are in SchemaShift.
     */
    @Override
    public Connection connect(ConnectionSettings settings) throws SQLException {
        String url = settings.url().startsWith(MYSQL_SCHEME)
                ? MARIADB_SCHEME + settings.url().substring(MYSQL_SCHEME.length()) : settings.url();
        Properties properties = settings.driverProperties();
        properties.setProperty("useCatalogTerm", "SCHEMA");
        return DriverManager.getConnection(url, properties);
    }

    /** USE fails for a database that does not exist yet; {@link #createSchemaIfMissing} then creates and selects it. */
    @Override
    public String useSchema(Connection connection, String schema) throws SQLException {
        if (schema == null) {
            return currentSchema(connection, "SELECT DATABASE()", FailureKind.DATABASE_MISSING,
                    "no database selected; name one in the URL (jdbc:mariadb://host:3306/DB) or with --schema");
        }
        if (databaseExists(connection, schema)) execute(connection, "USE " + quoteIdentifier(schema));
        return schema;
    }

    /**
     * A named user lock (GET_LOCK, https://dev.mysql.com/doc/refman/8.0/en/locking-functions.html),
     * held by the session until it ends; names are server-wide, so the name carries the database.
     */
    @Override
    public String tryLockSchema(Connection connection, String schema) throws SQLException {
        String name = ApplyLock.name(schema);
        try (PreparedStatement s = connection.prepareStatement("SELECT GET_LOCK(?, 0), IS_USED_LOCK(?)")) {
            s.setString(1, name);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) return null;
                String holder = rs.getString(2);
                return "the connection " + (holder == null ? "" : holder + " ") + "holds the lock '" + name + "' (GET_LOCK)";
            }
        }
    }

    @Override
    public void unlockSchema(Connection connection, String schema) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            s.setString(1, ApplyLock.name(schema));
            s.execute();
        }
    }

    @Override
    public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        execute(connection, "CREATE DATABASE IF NOT EXISTS " + quoteIdentifier(schema));
        execute(connection, "USE " + quoteIdentifier(schema));
    }

    private static boolean databaseExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public EmbeddedServer embeddedServer() {
        return EmbeddedMariaDbServer.shared();
    }
}
