package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemashift.emit.mysql.MySqlTargetCode;
import org.schemashift.emit.postgresql.PostgresqlCode;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.source.SourceFile;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.source.oracle.OracleCode;
import org.schemashift.source.sqlserver.SqlServerCode;
import org.schemashift.testing.Corpora;

/**
 * Every action item a conversion raises belongs to the general codes, the source dialect's or the
 * target's: an Oracle input never raises a MySQL code, nor a PostgreSQL one on the MySQL target.
 * Run on the corpora of each source and on both targets, plus the constructs that once raised a
 * code of another dialect (an Oracle virtual column).
 */
class ActionCodesBelongToTheirDialectTest {
    private static final Map<String, Class<?>> OWNERS = Map.of("oracle", OracleCode.class, "mysql", MySqlCode.class,
            "sqlserver", SqlServerCode.class, "postgresql", PostgresqlCode.class, "mysql-target", MySqlTargetCode.class);

    private static final String ORACLE_VIRTUAL_COLUMN = """
            CREATE TABLE line (price NUMBER(8,2), qty NUMBER(4), total NUMBER(10,2) GENERATED ALWAYS AS (price * qty) VIRTUAL,
              label AS (UPPER('x')));
            """;

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            oracle    | postgresql | oracle-sample-schemas/human_resources/hr_create.sql;oracle-sample-schemas/human_resources/hr_code.sql;chinook/Chinook_Oracle.sql;quartz/tables_oracle.sql;flowable/flowable.oracle.all.create.sql;spring-batch/schema-oracle.sql
            oracle    | mysql      | oracle-sample-schemas/human_resources/hr_create.sql;oracle-sample-schemas/human_resources/hr_code.sql;chinook/Chinook_Oracle.sql;quartz/tables_oracle.sql;flowable/flowable.oracle.all.create.sql;spring-batch/schema-oracle.sql
            mysql     | postgresql | mysql-sakila/sakila-mv-schema.sql;quartz/tables_mysql_innodb.sql;flowable/flowable.mysql.all.create.sql;guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql
            mysql     | mysql      | mysql-sakila/sakila-mv-schema.sql;quartz/tables_mysql_innodb.sql;flowable/flowable.mysql.all.create.sql;guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql
            sqlserver | postgresql | mssql-northwind-pubs/instnwnd.sql;mssql-northwind-pubs/instpubs.sql;quartz/tables_sqlServer.sql;flowable/flowable.mssql.all.create.sql
            sqlserver | mysql      | mssql-northwind-pubs/instnwnd.sql;mssql-northwind-pubs/instpubs.sql;quartz/tables_sqlServer.sql;flowable/flowable.mssql.all.create.sql
            """)
    void everyCodeRaisedBelongsToTheSourceTheTargetOrAll(String source, String target, String files) throws Exception {
        Set<Class<?>> allowed = Set.of(GeneralCode.class, OWNERS.get(source), OWNERS.get(target.equals("mysql") ? "mysql-target" : target));
        List<ActionItem> items = new ArrayList<>();
        for (String file : files.split(";")) {
            Path path = Corpora.path(file);
            items.addAll(all(new ConversionPipeline(source, target, null).run(InputFiles.read(List.of(path)))));
        }
        if (source.equals("oracle")) {
            items.addAll(all(new ConversionPipeline(source, target, null).run(List.of(new SourceFile("virtual.sql", ORACLE_VIRTUAL_COLUMN)))));
        }
        Set<String> misplaced = new TreeSet<>();
        for (ActionItem item : items) {
            Class<?> owner = item.code() instanceof Enum<?> e ? e.getDeclaringClass() : item.code().getClass();
            if (!allowed.contains(owner)) misplaced.add(item.code().code() + " " + item.message());
        }
        assertThat(items).isNotEmpty();
        assertThat(misplaced).as("codes of another dialect raised converting " + source + " to " + target).isEmpty();
    }

    private static List<ActionItem> all(ConversionResult result) {
        List<ActionItem> items = new ArrayList<>(result.conversionItems());
        result.statements().forEach(statement -> items.addAll(statement.actionItems()));
        return items;
    }
}
