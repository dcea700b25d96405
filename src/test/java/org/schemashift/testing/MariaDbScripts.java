package org.schemashift.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a MySQL-target script on the shared MariaDB in a fresh database. The databases a script
 * creates itself (a converted schema: CREATE DATABASE IF NOT EXISTS hr) are server-wide, so they
 * are dropped before the run and after it, and tests never see each other's.
 */
public final class MariaDbScripts {
    private static final Pattern CREATED = Pattern.compile("(?m)^CREATE DATABASE IF NOT EXISTS (\\S+) ");

    private MariaDbScripts() {
    }

    /** Runs {@code script}; the first failing statement fails with its text in the message. */
    public static void apply(String prefix, String script) throws SQLException {
        try (Connection db = SharedMariaDb.freshDatabase(prefix.replaceAll("\\W", "_"))) {
            dropCreatedDatabases(db, script);
            SharedMariaDb.runScript(db, script);
            dropCreatedDatabases(db, script);
        }
    }

    private static void dropCreatedDatabases(Connection db, String script) throws SQLException {
        Matcher m = CREATED.matcher(script);
        try (Statement s = db.createStatement()) {
            while (m.find()) s.execute("DROP DATABASE IF EXISTS " + m.group(1));
        }
    }
}
