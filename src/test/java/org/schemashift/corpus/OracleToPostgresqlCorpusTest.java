package org.schemashift.corpus;

import static org.schemashift.testing.CatalogAssertions.lower;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.model.Catalog;
import org.schemashift.model.Disposition;
import org.schemashift.model.Index;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.CatalogAssertions;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * Every Oracle schema in the corpora converts without a parse error and applies to a real
 * PostgreSQL; every table, column (with its type family), primary key, unique constraint, foreign
 * key, index, sequence and comment of the source is in the catalog, and every view written (not
 * commented out) answers {@code SELECT * ... LIMIT 0}.
 */
class OracleToPostgresqlCorpusTest {

    /** {@code tables}: CREATE TABLE statements in the files, counted by hand. */
    private record Case(int tables, List<String> paths) {}

    private static final Map<String, Case> CASES = new java.util.LinkedHashMap<>();
    /** Needs the Oracle expression rules (DEFAULT SYSDATE, SYSTIMESTAMP and date arithmetic in its views). */
    private static final Map<String, Case> LOGGER = new java.util.LinkedHashMap<>();

    static {
        CASES.put("hr", new Case(7, List.of("oracle-sample-schemas/human_resources/hr_create.sql")));
        LOGGER.put("logger", new Case(4, List.of("oracle-logger/source/tables/logger_logs.sql",
                "oracle-logger/source/tables/logger_logs_apex_items.sql", "oracle-logger/source/tables/logger_prefs.sql",
                "oracle-logger/source/tables/logger_prefs_by_client_id.sql", "oracle-logger/source/views/logger_logs_5_min.sql",
                "oracle-logger/source/views/logger_logs_60_min.sql", "oracle-logger/source/views/logger_logs_terse.sql")));
        CASES.put("quartz", new Case(11, List.of("quartz/tables_oracle.sql")));
        CASES.put("quartz-23", new Case(11, List.of("quartz/tables_oracle23.sql")));
        CASES.put("spring-batch", new Case(6, List.of("spring-batch/schema-oracle.sql")));
        CASES.put("flowable", new Case(62, List.of("flowable/flowable.oracle.all.create.sql")));
        CASES.put("chinook", new Case(11, List.of("chinook/Chinook_Oracle.sql")));
    }

    /** PostgreSQL udt names an Oracle type may become. */
    private static Set<String> family(String oracleType) {
        return switch (oracleType) {
            case "number", "integer", "int", "smallint", "pls_integer" -> Set.of("int2", "int4", "int8", "numeric");
            case "float", "binary_float", "binary_double", "real", "double precision" -> Set.of("float4", "float8");
            case "varchar2", "nvarchar2", "char", "nchar", "clob", "nclob", "long", "rowid", "urowid", "bfile" ->
                    Set.of("varchar", "bpchar", "text");
            case "date", "timestamp" -> Set.of("timestamp", "timestamptz");
            case "boolean" -> Set.of("bool");
            case "xmltype" -> Set.of("xml");
            case "json" -> Set.of("jsonb");
            default -> Set.of("bytea", "interval");
        };
    }

    @TestFactory
    Stream<DynamicTest> corpusSchemasApplyWithEverySourceObject() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    @Test
    void loggerTablesViewsAndSequences() throws Exception {
        check("logger", LOGGER.get("logger"));
    }

    /** The logger install scripts create their objects inside PL/SQL blocks: every one of them is read. */
    @Test
    void loggerInstallBlocksYieldTheirTablesSequencesIndexesAndViews() {
        List<Path> paths = LOGGER.get("logger").paths().stream().map(Corpora::path).toList();
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null).run(InputFiles.read(paths));
        assertThat(result.statements()).noneMatch(s -> s.disposition() == Disposition.ERROR);
        Catalog source = new CatalogAssembler(new ActionItems()).assemble(result.statements());
        assertThat(source.tables()).extracting(t -> t.name().name()).containsExactlyInAnyOrder(
                "LOGGER_LOGS", "LOGGER_LOGS_APEX_ITEMS", "LOGGER_PREFS", "LOGGER_PREFS_BY_CLIENT_ID");
        assertThat(source.sequences()).extracting(q -> q.name().name()).containsExactlyInAnyOrder("LOGGER_LOGS_SEQ", "LOGGER_APX_ITEMS_SEQ");
        assertThat(source.tables()).flatExtracting(Table::indexes).extracting(Index::name)
                .containsExactlyInAnyOrder("LOGGER_LOGS_IDX1", "LOGGER_APEX_ITEMS_IDX1");
        assertThat(source.views()).hasSize(3);
        Table clients = source.tables().stream().filter(t -> t.name().name().equals("LOGGER_PREFS_BY_CLIENT_ID")).findFirst().orElseThrow();
        assertThat(clients.comment()).startsWith("Client specific logger levels");
        assertThat(clients.checks()).hasSize(3);
    }

    @Test
    void hrCodeIsReadIntoTheProceduralIr() {
        Path code = Corpora.path("oracle-sample-schemas/human_resources/hr_code.sql");
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null).run(InputFiles.read(List.of(code)));
        List<SourceStatement> plsql = result.statements().stream()
                .filter(s -> s.disposition() == Disposition.PARSED && !s.changes().isEmpty()).toList();
        assertThat(plsql).extracting(SourceStatement::kind, SourceStatement::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObjectKind.PROCEDURE, "SECURE_DML"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.TRIGGER, "SECURE_EMPLOYEES"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.TRIGGER, "SECURE_EMPLOYEES"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.PROCEDURE, "ADD_JOB_HISTORY"),
                org.assertj.core.groups.Tuple.tuple(ObjectKind.TRIGGER, "UPDATE_JOB_HISTORY"));
        // the ALTER TRIGGER secure_employees DISABLE after the trigger is read
        assertThat(result.statements()).noneMatch(s -> s.disposition() == Disposition.UNSUPPORTED);
        assertThat(result.statements()).noneMatch(s -> s.disposition() == Disposition.ERROR);
    }

    private static void check(String name, Case corpusCase) throws Exception {
        List<Path> paths = corpusCase.paths().stream().map(Corpora::path).toList();
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", null).run(InputFiles.read(paths));
        assertThat(result.statements()).filteredOn(s -> s.disposition() == Disposition.ERROR)
                .as("statements that did not parse").isEmpty();
        assertThat(result.statements()).flatMap(SourceStatement::actionItems)
                .noneMatch(i -> i.code().code().equals("SS-GEN-0001"));
        Catalog source = new CatalogAssembler(new ActionItems()).assemble(result.statements());
        assertThat(source.tables()).as("tables read").hasSize(corpusCase.tables());
        try (Connection db = SharedPostgres.freshDatabase("oracle_corpus_" + name.replace('-', '_'))) {
            String script = SchemaScript.render(result);
            SharedPostgres.runScript(db, script);
            PostgresCatalog catalog = new PostgresCatalog(db);
            for (Table table : source.tables()) {
                assertTable(catalog, table);
            }
            for (var sequence : source.sequences()) {
                assertThat(catalog.query("SELECT 1 FROM pg_sequences WHERE sequencename = ?", lower(sequence.name().name())))
                        .as("sequence " + sequence.name()).hasSize(1);
            }
            for (var view : source.views()) {
                String viewName = lower(view.name().name());
                if (script.contains("-- not converted: CREATE VIEW " + viewName)) continue;
                assertThat(catalog.query("SELECT count(*) FROM (SELECT * FROM " + viewName + " LIMIT 0) v"))
                        .as("view " + viewName + " is selectable").hasSize(1);
            }
        }
    }

    private static void assertTable(PostgresCatalog catalog, Table table) throws Exception {
        String schema = "public";
        String name = lower(table.name().name());
        List<PostgresCatalog.Constraint> constraints =
                CatalogAssertions.assertTableBasics(catalog, schema, table, OracleToPostgresqlCorpusTest::family);
        assertThat(constraints.stream().filter(c -> c.type().equals("c")).count()).as("checks of " + name)
                .isEqualTo(table.checks().size());
        Map<String, List<String>> indexes = catalog.indexes(schema, name);
        for (Index index : table.indexes()) {
            List<String> expected = index.parts().stream().map(p -> p.column() == null ? "expr" : lower(p.column())).toList();
            assertThat(indexes.values()).as("index " + index.name() + " of " + name).contains(expected);
        }
    }
}
