package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.model.Column;
import org.schemashift.model.Table;
import org.schemashift.pipeline.Dialects;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.source.SourceOptions;
import org.schemashift.testing.Corpora;

/**
 * Every target spells every meaning a source produces: each column type of the golden type
 * catalogues and of the corpora the MySQL target must convert has a type on PostgreSQL and on
 * MySQL, or on neither (a type no source rule reads, such as an Oracle object type).
 */
class TypeCoverageTest {

    static Stream<Arguments> schemas() {
        return Stream.of(
                Arguments.of("oracle", "src/test/resources/golden/oracle-to-postgresql/types.sql"),
                Arguments.of("mysql", "src/test/resources/golden/mysql-to-postgresql/types.sql"),
                Arguments.of("oracle", "corpus:oracle-sample-schemas/human_resources/hr_create.sql"),
                Arguments.of("oracle", "corpus:quartz/tables_oracle.sql"),
                Arguments.of("oracle", "corpus:spring-batch/schema-oracle.sql"),
                Arguments.of("oracle", "corpus:flowable/flowable.oracle.all.create.sql"),
                Arguments.of("oracle", "corpus:chinook/Chinook_Oracle.sql"),
                Arguments.of("mysql", "corpus:mysql-sakila/sakila-mv-schema.sql"),
                Arguments.of("mysql", "corpus:mysql-employees/employees.sql"),
                Arguments.of("mysql", "corpus:quartz/tables_mysql_innodb.sql"),
                Arguments.of("mysql", "corpus:flowable/flowable.mysql.all.create.sql"),
                Arguments.of("mysql", "corpus:guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql"),
                Arguments.of("mysql", "corpus:chinook/Chinook_MySql.sql"),
                Arguments.of("mysql", "corpus:spring-batch/schema-mysql.sql"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("schemas")
    void everyColumnTypeHasASpellingOnBothTargets(String source, String file) {
        Path path = file.startsWith("corpus:") ? Corpora.path(file.substring("corpus:".length())) : Path.of(file);
        var statements = Dialects.source(source).read(InputFiles.read(List.of(path)), SourceOptions.NONE);
        List<Table> tables = new CatalogAssembler(new ActionItems()).assemble(new ArrayList<>(statements)).tables();
        TypeRules postgresql = MappingRules.load(source, "postgresql", null).types();
        TypeRules mysql = MappingRules.load(source, "mysql", null).types();

        TreeSet<String> unspelled = new TreeSet<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                boolean identity = column.identity() != null;
                if ((postgresql.resolve(column.type(), identity) == null) != (mysql.resolve(column.type(), identity) == null)) {
                    unspelled.add(table.name() + "." + column.name() + " " + column.type().sourceText());
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(unspelled).as("columns one target spells and the other does not").isEmpty();
    }
}
