package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.model.Disposition;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceFile;

/**
 * Every MySQL script of the shared corpora must read without a single ERROR statement: the
 * corpora are the grammar's regression suite. Table counts pin down that nothing was skipped.
 */
class MySqlCorpusTest {

    private static Path corpora;

    @BeforeAll
    static void locateCorpora() {
        String property = System.getProperty("schemashift.corpora", "../shared/corpora");
        corpora = Path.of(property);
        if (!Files.isDirectory(corpora)) {
            System.out.println("MySqlCorpusTest skipped: corpora folder not found at " + corpora.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(corpora), "corpora folder not found at " + corpora.toAbsolutePath());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileReadsWithoutErrors() {
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(corpora.relativize(file).toString(), () -> {
            List<SourceStatement> statements = read(file);
            List<String> errors = statements.stream()
                    .filter(s -> s.disposition() == Disposition.ERROR)
                    .map(s -> s.actionItems().get(0).span() + " " + s.actionItems().get(0).message())
                    .toList();
            assertThat(errors).as("ERROR statements in " + file).isEmpty();
            assertThat(statements).isNotEmpty();
        }));
    }

    @Test
    void sakilaHasSixteenTablesAndSevenViewsAndItsRoutinesAreUnsupported() {
        List<SourceStatement> statements = read(corpora.resolve("mysql-sakila/sakila-mv-schema.sql"));
        assertThat(createdTables(statements)).hasSize(16);
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.TRIGGER)
                .extracting(SourceStatement::name).containsExactly("ins_film", "upd_film", "del_film");
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.VIEW).hasSize(7)
                .allMatch(s -> s.disposition() == Disposition.PARSED);
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.PROCEDURE)
                .extracting(SourceStatement::name).containsExactly("rewards_report", "film_in_stock", "film_not_in_stock");
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.FUNCTION)
                .extracting(SourceStatement::name)
                .containsExactly("get_customer_balance", "inventory_held_by_customer", "inventory_in_stock");
    }

    @Test
    void employeesHasSixTables() {
        assertThat(createdTables(read(corpora.resolve("mysql-employees/employees.sql")))).hasSize(6);
    }

    @Test
    void employeesObjectsAreFunctionsProceduresAndViews() {
        List<SourceStatement> statements = read(corpora.resolve("mysql-employees/objects.sql"));
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.VIEW)
                .extracting(SourceStatement::name).containsExactly("v_full_employees", "v_full_departments");
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.VIEW).allMatch(s -> s.disposition() == Disposition.PARSED);
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.FUNCTION && s.text().regionMatches(true, 0, "create", 0, 6))
                .extracting(SourceStatement::name)
                .containsExactly("emp_dept_id", "emp_dept_name", "emp_name", "current_manager", "employees_usage");
        assertThat(statements).filteredOn(s -> s.kind() == ObjectKind.PROCEDURE && s.text().regionMatches(true, 0, "create", 0, 6))
                .extracting(SourceStatement::name).containsExactly("show_departments", "employees_help");
    }

    @Test
    void chinookDataIsIgnoredAndCounted() {
        List<SourceStatement> statements = read(corpora.resolve("chinook/Chinook_MySql.sql"));
        assertThat(createdTables(statements)).hasSize(11);
        assertThat(statements).filteredOn(s -> s.text().regionMatches(true, 0, "INSERT", 0, 6))
                .isNotEmpty()
                .allMatch(s -> s.disposition() == Disposition.IGNORED && s.kind() == ObjectKind.OTHER);
    }

    private static List<SchemaChange.CreateTable> createdTables(List<SourceStatement> statements) {
        return statements.stream().flatMap(s -> s.changes().stream())
                .filter(SchemaChange.CreateTable.class::isInstance).map(SchemaChange.CreateTable.class::cast).toList();
    }

    private static List<SourceStatement> read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            return new MySqlSourceDialect().read(new SourceFile(corpora.relativize(file).toString(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> corpusFiles() {
        List<Path> files = new ArrayList<>();
        files.add(corpora.resolve("mysql-sakila/sakila-mv-schema.sql"));
        files.addAll(sqlFiles("mysql-employees"));
        files.addAll(sqlFiles("alfresco/org.alfresco.repo.domain.dialect.MySQLInnoDBDialect"));
        files.addAll(sqlFiles("guacamole/guacamole-auth-jdbc-mysql"));
        files.add(corpora.resolve("quartz/tables_mysql.sql"));
        files.add(corpora.resolve("quartz/tables_mysql_innodb.sql"));
        files.add(corpora.resolve("spring-batch/schema-mysql.sql"));
        files.add(corpora.resolve("spring-batch/schema-mariadb.sql"));
        files.add(corpora.resolve("flowable/flowable.mysql.all.create.sql"));
        files.add(corpora.resolve("chinook/Chinook_MySql.sql"));
        files.add(corpora.resolve("chinook/Chinook_MySql_AutoIncrementPKs.sql"));
        return files;
    }

    private static List<Path> sqlFiles(String folder) {
        try (Stream<Path> walk = Files.walk(corpora.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(".sql")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
