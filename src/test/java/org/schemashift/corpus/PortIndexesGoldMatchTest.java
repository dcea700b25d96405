package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * Gold match on indexes: each corpus converted to PostgreSQL has every index of the project's own
 * hand-written PostgreSQL port that its source implies (declared keys and indexes, and InnoDB's
 * foreign-key indexes). Indexes are compared as table (column, ...) with names folded and
 * underscores dropped, whatever they are named; only tables both schemas have count. {@code extra}:
 * the port's indexes the source has no counterpart of, separated by ';': each is on the leading
 * columns of the source's primary key (Flowable's ACT_ID_MEMBERSHIP, Guacamole's permission and
 * parameter tables), so InnoDB creates none and the primary key's index already serves the lookups.
 * psql's meta-commands and the port's own DROP/CREATE DATABASE (Chinook) are left out of the port.
 * The figures in README's status section are this test's output ({@code -Dtest=PortIndexesGoldMatchTest}).
 */
class PortIndexesGoldMatchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            quartz       | mysql     | quartz/tables_mysql_innodb.sql                                 | quartz/tables_postgres.sql                                        | -
            flowable     | mysql     | flowable/flowable.mysql.all.create.sql                         | flowable/flowable.postgres.all.create.sql                         | actidmembership (userid)
            guacamole    | mysql     | guacamole/guacamole-auth-jdbc-mysql/schema/001-create-schema.sql | guacamole/guacamole-auth-jdbc-postgresql/schema/001-create-schema.sql | guacamoleconnectiongrouppermission (entityid); guacamoleconnectionparameter (connectionid); guacamoleconnectionpermission (entityid); guacamolesharingprofileparameter (sharingprofileid); guacamolesharingprofilepermission (entityid); guacamolesystempermission (entityid); guacamoleusergrouppermission (entityid); guacamoleuserpermission (entityid)
            chinook      | mysql     | chinook/Chinook_MySql.sql                                      | chinook/Chinook_PostgreSql.sql                                    | -
            spring-batch | mysql     | spring-batch/schema-mysql.sql                                  | spring-batch/schema-postgresql.sql                                | -
            northwind    | sqlserver | mssql-northwind-pubs/instnwnd.sql                              | pg-northwind/northwind.sql                                        | -
            """)
    void theConvertedSchemaHasEveryIndexOfThePortThatTheSourceImplies(String corpus, String dialect, String source, String port,
                                                                      String extra) throws Exception {
        Path sourcePath = Corpora.path(source);
        Path portPath = Corpora.path(port);
        ConversionResult result = new ConversionPipeline(dialect, "postgresql", null).run(InputFiles.read(List.of(sourcePath)));
        try (Connection converted = SharedPostgres.freshDatabase("gold_" + corpus.replace('-', '_'));
             Connection ported = SharedPostgres.freshDatabase("port_" + corpus.replace('-', '_'))) {
            SharedPostgres.runScript(converted, SchemaScript.render(result));
            SharedPostgres.runScript(ported, Files.readString(portPath).replaceAll("(?m)^(\\\\.*|(DROP|CREATE) DATABASE .*)$", ""));
            Set<String> ours = indexes(converted);
            Set<String> theirs = indexes(ported);
            Set<String> tables = new TreeSet<>();
            ours.forEach(index -> tables.add(index.substring(0, index.indexOf(' '))));
            theirs.removeIf(index -> !tables.contains(index.substring(0, index.indexOf(' '))));
            Set<String> missing = new TreeSet<>(theirs);
            missing.removeAll(ours);
            Set<String> expectedExtra = extra == null ? Set.of() : new TreeSet<>(List.of(extra.split("\\s*;\\s*")));
            System.out.printf("gold-match %s: %d of %d port indexes present; missing %s%n", corpus,
                    theirs.size() - missing.size(), theirs.size(), missing);
            assertThat(missing).as("port indexes of " + corpus + " not in the converted schema").isEqualTo(expectedExtra);
        }
    }

    /** "table (col, col)" of every index of every non-system schema, names normalised. */
    private static Set<String> indexes(Connection db) throws Exception {
        Set<String> out = new TreeSet<>();
        for (List<String> row : JdbcRows.query(db, """
                SELECT t.relname, string_agg(a.attname, ',' ORDER BY k.ord)
                FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
                CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                GROUP BY x.indexrelid, t.relname""")) {
            out.add(normal(row.get(0)) + " (" + String.join(",", List.of(row.get(1).split(",")).stream().map(PortIndexesGoldMatchTest::normal).toList()) + ")");
        }
        return out;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9,]", "");
    }
}
