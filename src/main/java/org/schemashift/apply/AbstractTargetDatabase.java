package org.schemashift.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schemashift.pipeline.Dialects;

/**
 * The facts of a target that are data, given once to the constructor: its dialect id, URL
 * prefixes, password variable, its statement splitter, its error table and its identifier quote;
 * whether DDL is transactional is the target dialect's capability, read from there. A target class then holds only what it does differently:
 * connecting, selecting and creating a schema, and its embedded server.
 */
abstract class AbstractTargetDatabase implements TargetDatabase {
    /** What a target is, as data. */
    record Facts(String dialectId, List<String> urlPrefixes, String passwordVariable,
                 StatementSplitter splitter, ErrorClassifier errors, char identifierQuote) {}

    private final Facts facts;

    private final boolean transactionalDdl;

    AbstractTargetDatabase(Facts facts) {
        this.facts = facts;
        this.transactionalDdl = Dialects.target(facts.dialectId()).capabilities().transactionalDdl();
    }

    @Override
    public final String dialectId() {
        return facts.dialectId();
    }

    @Override
    public final List<String> urlPrefixes() {
        return facts.urlPrefixes();
    }

    @Override
    public final String passwordVariable() {
        return facts.passwordVariable();
    }

    @Override
    public final boolean transactionalDdl() {
        return transactionalDdl;
    }

    @Override
    public final StatementSplitter splitter() {
        return facts.splitter();
    }

    @Override
    public final FailureKind classify(SQLException e) {
        return facts.errors().classify(e);
    }

    @Override
    public final boolean isAlreadyExists(SQLException e) {
        return facts.errors().isAlreadyExists(e);
    }

    /** Runs one statement of apply's own (not of schema.sql) on the session. */
    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The session's current schema, read by a one-value {@code query}, or a failure saying how to name one. */
    static String currentSchema(Connection connection, String query, FailureKind kindWhenNone, String whenNone)
            throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            String current = rs.next() ? rs.getString(1) : null;
            if (current == null) throw new ApplyException(kindWhenNone, whenNone);
            return current;
        }
    }

    /** The name between the target's quotes, a quote inside it doubled. */
    @Override
    public final String quoteIdentifier(String name) {
        String quote = String.valueOf(facts.identifierQuote());
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
