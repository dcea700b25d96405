package org.schemashift.emit.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.TargetOptions;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/** Oracle GRANTs: reported by default, written with --grants for tables, views and sequences. */
class OracleGrantsToPostgresqlTest {
    private static final String SCRIPT = """
            CREATE TABLE t (id NUMBER(9) PRIMARY KEY, name VARCHAR2(20));
            CREATE SEQUENCE t_seq;
            CREATE VIEW v AS SELECT id FROM t;
            GRANT SELECT, UPDATE (name), ALTER ON t TO app_reader WITH GRANT OPTION;
            GRANT SELECT ON t_seq TO app_reader;
            GRANT SELECT ON v TO PUBLIC;
            GRANT CREATE SESSION TO app_reader;
            """;

    private static ConversionResult convert(boolean grants) {
        return new ConversionPipeline("oracle", "postgresql", null)
                .run(List.of(new SourceFile("grants.sql", SCRIPT)), SourceOptions.NONE, new TargetOptions(grants));
    }

    @Test
    void grantsAreOnlyReportedByDefault() {
        ConversionResult result = convert(false);
        assertThat(SchemaScript.render(result)).doesNotContain("GRANT ");
        assertThat(result.conversionItems()).filteredOn(i -> i.code().code().equals("SS-GEN-0016")).hasSize(4);
    }

    @Test
    void grantsAreWrittenWithTheOptionAndApply() throws Exception {
        ConversionResult result = convert(true);
        String sql = SchemaScript.render(result);
        assertThat(sql).contains("GRANT SELECT, UPDATE (name) ON t TO app_reader WITH GRANT OPTION;",
                "GRANT SELECT ON SEQUENCE t_seq TO app_reader;", "GRANT SELECT ON v TO PUBLIC;");
        assertThat(result.conversionItems()).extracting(i -> i.message()).anyMatch(m -> m.contains("ALTER has no PostgreSQL equivalent"))
                .anyMatch(m -> m.contains("system privileges are not converted"));
        try (Connection db = SharedPostgres.freshDatabase("oracle_grants")) {
            SharedPostgres.runScript(db, "DO $$ BEGIN CREATE ROLE app_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;");
            SharedPostgres.runScript(db, sql);
            assertThat(new PostgresCatalog(db).query(
                    "SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'app_reader' AND table_name = 't'"))
                    .extracting(r -> r.get(0)).contains("SELECT");
        }
    }
}
