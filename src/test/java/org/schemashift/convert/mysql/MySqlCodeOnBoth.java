package org.schemashift.convert.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.SchemaConverter;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.TargetOptions;
import org.schemashift.model.Catalog;
import org.schemashift.model.SourceStatement;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedMariaDb;
import org.schemashift.testing.SharedPostgres;

/**
 * Test support: one MySQL script (tables, routines, triggers, as mysqldump or a person writes it)
 * created as it is on MariaDB and, converted by SchemaShift, on PostgreSQL, each in a fresh
 * database; then the same statements run on both and their results compared.
 */
final class MySqlCodeOnBoth implements AutoCloseable {
    private static final MappingRules RULES = MappingRules.load("mysql", "postgresql", null);

    final ActionItems items;
    final List<SourceStatement> statements;
    final String script;
    private final Connection mariaDb;
    private final Connection postgres;

    /** A MySQL script converted to PostgreSQL, not run (for input MariaDB rejects). */
    record Conversion(List<SourceStatement> statements, ActionItems items, String script) {
        static Conversion of(String mysqlScript) {
            ActionItems items = new ActionItems();
            List<SourceStatement> statements = Dialects.source("mysql").read(new SourceFile("test.sql", mysqlScript));
            Catalog catalog = Dialects.source("mysql").withImplicitObjects(new CatalogAssembler(items).assemble(statements), items);
            Catalog converted = new SchemaConverter(RULES, Dialects.expressionRules("mysql", "postgresql"), items,
                    Dialects.source("mysql").defaultLiterals().then(Dialects.target("postgresql").defaultLiterals())).convert(catalog);
            List<EmittedObject> emitted = Dialects.target("postgresql").emit(converted,
                    Dialects.source("mysql").nameCase(org.schemashift.source.SourceOptions.NONE), items, TargetOptions.DEFAULTS);
            return new Conversion(statements, items, emitted.stream().map(EmittedObject::sql).collect(Collectors.joining("\n")));
        }

        List<String> codes() {
            return items.all().stream().map(i -> i.code().code()).toList();
        }
    }

    MySqlCodeOnBoth(String mysqlScript) throws SQLException {
        Conversion conversion = Conversion.of(mysqlScript);
        items = conversion.items();
        statements = conversion.statements();
        script = conversion.script();
        mariaDb = SharedMariaDb.freshDatabase("code");
        SharedMariaDb.runScript(mariaDb, mysqlScript);
        postgres = SharedPostgres.freshDatabase("code");
        SharedPostgres.runScript(postgres, "SET check_function_bodies = on");
        try {
            SharedPostgres.runScript(postgres, script);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n--- while applying:\n" + script, e.getSQLState(), e);
        }
    }

    /** Runs the same statements on both (data, calls with side effects). */
    void runOnBoth(String mariaDbSql, String postgresSql) throws SQLException {
        SharedMariaDb.runScript(mariaDb, mariaDbSql);
        SharedPostgres.runScript(postgres, postgresSql);
    }

    List<List<String>> onMariaDb(String query) throws SQLException {
        return JdbcRows.query(mariaDb, query);
    }

    List<List<String>> onPostgres(String query) throws SQLException {
        return JdbcRows.query(postgres, query);
    }

    /**
     * The rows of the result set a converted procedure returns: {@code call} passes NULL for its
     * refcursor parameter, which the same transaction then fetches from.
     */
    List<List<String>> resultSetOnPostgres(String call) throws SQLException {
        postgres.setAutoCommit(false);
        try {
            String cursor = JdbcRows.query(postgres, call).get(0).get(0);
            return JdbcRows.query(postgres, "FETCH ALL FROM \"" + cursor + "\"");
        } finally {
            postgres.rollback();
            postgres.setAutoCommit(true);
        }
    }

    List<String> codes() {
        return items.all().stream().map(i -> i.code().code()).toList();
    }

    List<String> readCodes() {
        return statements.stream().flatMap(s -> s.actionItems().stream()).map(i -> i.code().code()).toList();
    }

    @Override
    public void close() throws SQLException {
        mariaDb.close();
        postgres.close();
    }
}
