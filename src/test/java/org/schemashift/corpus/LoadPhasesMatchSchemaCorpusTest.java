package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.apply.ApplyProgress;
import org.schemashift.apply.ApplyResult;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.SchemaApply;
import org.schemashift.apply.SchemaScriptReader;
import org.schemashift.apply.TargetDatabase;
import org.schemashift.apply.TargetDatabases;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.pipeline.LoadPhase;
import org.schemashift.pipeline.LoadPhases;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.PostgresCatalog;

/**
 * For real schemas, applying pre-data.sql then post-data.sql (with apply's reader and journal, as
 * {@code apply --phase} does) builds the same PostgreSQL catalog as schema.sql: the split loses
 * nothing and adds nothing (on empty tables the sequence restarts change nothing).
 */
class LoadPhasesMatchSchemaCorpusTest {
    private record Case(String source, List<String> paths) {}

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        CASES.put("hr", new Case("oracle", List.of("oracle-sample-schemas/human_resources/hr_create.sql",
                "oracle-sample-schemas/human_resources/hr_code.sql")));
        CASES.put("sakila", new Case("mysql", List.of("mysql-sakila/sakila-mv-schema.sql")));
        CASES.put("northwind", new Case("sqlserver", List.of("mssql-northwind-pubs/instnwnd.sql")));
        CASES.put("flowable-mysql", new Case("mysql", List.of("flowable/flowable.mysql.all.create.sql")));
        CASES.put("flowable-oracle", new Case("oracle", List.of("flowable/flowable.oracle.all.create.sql")));
        CASES.put("flowable-mssql", new Case("sqlserver", List.of("flowable/flowable.mssql.all.create.sql")));
    }

    @TestFactory
    Stream<DynamicTest> preDataThenPostDataBuildTheCatalogOfSchemaSql() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    private static void check(String name, Case c) throws Exception {
        ConversionResult result = new ConversionPipeline(c.source(), "postgresql", null)
                .run(InputFiles.read(c.paths().stream().map(Corpora::path).toList()));
        LoadPhases phases = LoadPhases.of(result.objects());

        List<String> whole = catalogAfter(name + "_whole", SchemaScript.render(result));
        List<String> phased = catalogAfter(name + "_phased", SchemaScript.render(result, phases, LoadPhase.PRE_DATA),
                SchemaScript.render(result, phases, LoadPhase.POST_DATA));

        assertThat(whole).as(name).anyMatch(line -> line.startsWith("constraint ")).anyMatch(line -> line.startsWith("index "));
        assertThat(phased).as(name).containsExactlyElementsOf(whole);
        assertThat(phases.objects(LoadPhase.POST_DATA)).as(name + ": something is left for after the load").isNotEmpty();
    }

    private static List<String> catalogAfter(String database, String... scripts) throws Exception {
        TargetDatabase target = TargetDatabases.forDialect("postgresql");
        ConnectionSettings settings = target.embeddedServer().freshDatabase("phases_" + database);
        SchemaApply apply = new SchemaApply(target, new SchemaApply.Options(null, false, false, false), ApplyProgress.silent());
        for (String script : scripts) {
            ApplyResult result = apply.apply(SchemaScriptReader.read(script, target.splitter()), settings);
            assertThat(result.firstFailure()).as(database).isEmpty();
        }
        try (Connection db = DriverManager.getConnection(settings.url(), settings.user(), null)) {
            return new PostgresCatalog(db).snapshot().stream()
                    .filter(line -> !line.contains("schemashift_journal")).toList();
        }
    }
}
