package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.model.Catalog;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Index;
import org.schemashift.model.IndexPart;
import org.schemashift.model.Table;
import org.schemashift.model.UniqueConstraint;
import org.schemashift.model.View;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.MariaDbCatalog;
import org.schemashift.testing.SharedMariaDb;

/**
 * Every MySQL, Oracle and SQL Server schema of the corpora converts {@code --to mysql} and applies
 * to MariaDB with no error, and every table and every foreign key of the source is in the
 * database; for SQL Server also every primary key and view.
 */
class ToMySqlCorpusTest {

    private record Case(String source, List<String> paths) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        mysql("sakila", "mysql-sakila/sakila-mv-schema.sql");
        mysql("employees", "mysql-employees/employees.sql");
        mysql("employees-partitioned", "mysql-employees/employees_partitioned.sql");
        mysql("quartz", "quartz/tables_mysql.sql");
        mysql("quartz-innodb", "quartz/tables_mysql_innodb.sql");
        mysql("flowable", "flowable/flowable.mysql.all.create.sql");
        mysql("guacamole", "guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql",
                "guacamole/guacamole-auth-jdbc-mysql/schema/002-create-admin-user.sql");
        mysql("chinook", "chinook/Chinook_MySql.sql");
        mysql("chinook-autoincrement", "chinook/Chinook_MySql_AutoIncrementPKs.sql");
        mysql("spring-batch", "spring-batch/schema-mysql.sql");
        mysql("spring-batch-mariadb", "spring-batch/schema-mariadb.sql");
        mysql("alfresco", "alfresco/org.alfresco.repo.domain.dialect.MySQLInnoDBDialect");
        oracle("hr", "oracle-sample-schemas/human_resources/hr_create.sql");
        oracle("quartz", "quartz/tables_oracle.sql");
        oracle("quartz-23", "quartz/tables_oracle23.sql");
        oracle("spring-batch", "spring-batch/schema-oracle.sql");
        oracle("flowable", "flowable/flowable.oracle.all.create.sql");
        oracle("chinook", "chinook/Chinook_Oracle.sql");
        SqlServerToPostgresqlCorpusTest.CASES.forEach((name, c) -> CASES.put("sqlserver " + name, new Case("sqlserver", c.paths())));
    }

    private static void mysql(String name, String... paths) {
        CASES.put("mysql " + name, new Case("mysql", List.of(paths)));
    }

    private static void oracle(String name, String... paths) {
        CASES.put("oracle " + name, new Case("oracle", List.of(paths)));
    }

    @TestFactory
    Stream<DynamicTest> corpusSchemasApplyToMariaDbWithEveryTableAndForeignKey() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    private static void check(String name, Case corpusCase) throws Exception {
        List<Path> paths = corpusCase.paths().stream().map(Corpora::path).toList();
        ConversionResult result = new ConversionPipeline(corpusCase.source(), "mysql", null).run(InputFiles.read(paths));
        // a T-SQL code object may fail to parse (reported with its line; SqlServerCodeCorpusTest measures them)
        assertThat(result.statements()).filteredOn(s -> s.disposition() == Disposition.ERROR && !(corpusCase.source().equals("sqlserver")
                        && java.util.Set.of(ObjectKind.PROCEDURE, ObjectKind.FUNCTION, ObjectKind.TRIGGER).contains(s.kind())))
                .as("statements that did not parse").isEmpty();
        Catalog source = new CatalogAssembler(new ActionItems()).assemble(result.statements());
        try (Connection db = SharedMariaDb.freshDatabase("to_mysql_" + name.replaceAll("\\W", "_"))) {
            String current = JdbcRows.column(db, "SELECT DATABASE()").get(0);
            Set<String> databases = databases(source, current);
            // the corpora's own schemas (sakila, employees...) are databases of the shared server
            dropOthers(db, databases, current);
            SharedMariaDb.runScript(db, SchemaScript.render(result));
            MariaDbCatalog catalog = new MariaDbCatalog(db);
            Set<String> tables = new LinkedHashSet<>();
            List<String> foreignKeys = new ArrayList<>();
            Set<String> keys = new LinkedHashSet<>();
            for (String database : existing(db, databases)) {
                catalog.tables(database).forEach(t -> tables.add(key(database, t)));
                catalog.foreignKeys(database).forEach(fk -> foreignKeys.add(key(database, fk.table()) + " " + lower(fk.columns())));
                keys.addAll(keys(catalog, database));
            }
            for (Table table : source.tables()) {
                String database = database(table.name().schema(), current);
                assertThat(tables).as("tables in " + databases).contains(key(database, table.name().name()));
                if (corpusCase.source().equals("sqlserver") && table.primaryKey() != null) {
                    assertThat(JdbcRows.column(db, "SELECT table_name FROM information_schema.table_constraints"
                            + " WHERE constraint_type = 'PRIMARY KEY' AND lower(table_schema) = '" + database + "'"))
                            .as("primary keys in " + database).anyMatch(t -> t.equalsIgnoreCase(table.name().name()));
                }
                if (corpusCase.source().equals("sqlserver")) {
                    assertUniquesAndIndexes(keys, key(database, table.name().name()), table);
                }
                for (ForeignKey fk : table.foreignKeys()) {
                    assertThat(foreignKeys).as("foreign keys in " + databases)
                            .contains(key(database, table.name().name()) + " " + lower(fk.columns()));
                }
            }
            if (corpusCase.source().equals("sqlserver")) {
                for (View view : source.views()) {
                    String database = database(view.name().schema(), current);
                    assertThat(JdbcRows.column(db, "SELECT count(*) FROM `" + database + "`.`" + view.name().name() + "`"))
                            .as("view " + view.name() + " is selectable").hasSize(1);
                }
            }
            dropOthers(db, databases, current);
        }
    }

    /**
     * Every unique constraint and index of the table is a MariaDB index on the same columns, in order
     * ({@code keys} holds "database.table [columns]" for every index of every database).
     */
    private static void assertUniquesAndIndexes(Set<String> keys, String table, Table source) {
        for (UniqueConstraint unique : source.uniques()) {
            assertThat(keys).as("unique constraint " + unique.name() + " of " + table).contains(table + " " + lower(unique.columns()));
        }
        for (Index index : source.indexes()) {
            List<String> columns = index.parts().stream().map(IndexPart::column).toList();
            assertThat(keys).as("index " + index.name() + " of " + table).contains(table + " " + lower(columns));
        }
    }

    private static List<String> keys(MariaDbCatalog catalog, String database) throws SQLException {
        return catalog.query("SELECT table_name, GROUP_CONCAT(column_name ORDER BY seq_in_index) FROM information_schema.statistics"
                + " WHERE table_schema = ? GROUP BY table_name, index_name", database).stream()
                .map(row -> key(database, row.get(0)) + " " + lower(List.of(row.get(1).split(",")))).toList();
    }

    /** The databases' names as the server spells them (MySQL sources keep a schema's case). */
    private static List<String> existing(Connection db, Set<String> databases) throws SQLException {
        return JdbcRows.column(db, "SELECT schema_name FROM information_schema.schemata").stream()
                .filter(d -> databases.contains(d.toLowerCase(Locale.ROOT))).toList();
    }

    private static void dropOthers(Connection db, Set<String> databases, String current) throws SQLException {
        for (String database : existing(db, databases)) {
            if (!database.equalsIgnoreCase(current)) execute(db, "DROP DATABASE `" + database + "`");
        }
    }

    private static Set<String> databases(Catalog source, String current) {
        Set<String> databases = new LinkedHashSet<>();
        source.tables().forEach(t -> databases.add(database(t.name().schema(), current)));
        return databases;
    }

    private static String database(String schema, String current) {
        return schema == null ? current : schema.toLowerCase(Locale.ROOT);
    }

    private static String key(String database, String table) {
        return (database + "." + table).toLowerCase(Locale.ROOT);
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
