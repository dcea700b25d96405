package org.schemashift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.apply.ConnectionSettings;
import org.schemashift.apply.EmbeddedPostgresServer;
import org.schemashift.report.EffortAgreement;
import org.schemashift.report.Report;
import org.schemashift.report.ReportJson;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.PostgresCatalog;
import picocli.CommandLine;

/**
 * The report counts what the target catalog holds: each corpus is converted, applied object by
 * object to a fresh PostgreSQL database, and for tables, views, indexes, sequences, routines and
 * triggers the report's objects of that kind that apply created are exactly the catalog's, less
 * the target objects the report lists as parts of an object (indexes of keys and identity
 * sequences are part of their table, a trigger's function of its trigger, a nested subprogram
 * of its routine, a package's initialiser and its variables' getters and setters of its package), and
 * no object the summary counts as converted is missing from the catalog. The effort agrees across formats, and
 * the report.html apply re-rendered shows the results.
 */
class ReportObjectsMatchCatalogTest {
    private static final Map<String, String[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("hr", new String[] {"oracle", "oracle-sample-schemas/human_resources/hr_create.sql",
                "oracle-sample-schemas/human_resources/hr_code.sql"});
        CASES.put("oracle-logger (directory)", new String[] {"oracle", "oracle-logger/source"});
        CASES.put("oracle-logger (files)", new String[] {"oracle", "oracle-logger/source/tables/logger_logs.sql",
                "oracle-logger/source/tables/logger_logs_apex_items.sql", "oracle-logger/source/tables/logger_prefs.sql",
                "oracle-logger/source/tables/logger_prefs_by_client_id.sql", "oracle-logger/source/views/logger_logs_5_min.sql",
                "oracle-logger/source/views/logger_logs_60_min.sql", "oracle-logger/source/views/logger_logs_terse.sql"});
        CASES.put("sakila", new String[] {"mysql", "mysql-sakila/sakila-mv-schema.sql"});
        CASES.put("northwind", new String[] {"sqlserver", "mssql-northwind-pubs/instnwnd.sql"});
    }

    /**
     * Per kind (space-separated kinds counted together), the catalog query counting it outside the
     * system schemas, without the journal.
     */
    private static final Map<String, String> CATALOG = new LinkedHashMap<>();

    static {
        String user = " AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
        CATALOG.put("table", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind IN ('r', 'p') AND c.relname <> 'schemashift_journal' AND NOT c.relispartition" + user);
        CATALOG.put("view", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind IN ('v', 'm')" + user);
        CATALOG.put("index", "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                + "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE t.relname <> 'schemashift_journal' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                + user);
        CATALOG.put("sequence", "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')" + user);
        // Routines together: a procedure may be written as a function (one with results, one a function calls). A
        // trigger's function is part of its trigger, a package variable's getter and setter (v__get, v__set:
        // docs/procedural-ir.md) of its package; oracle_compat and mssql_compat hold the helpers SchemaShift adds, no source object's.
        CATALOG.put("function procedure", "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "WHERE p.prorettype <> 'trigger'::regtype AND n.nspname NOT IN ('oracle_compat', 'mssql_compat') AND p.prokind IN ('f', 'p') "
                + "AND p.proname !~* '__(get|set)$'" + user);
        CATALOG.put("trigger", "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal" + user);
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> reportedObjectsAreTheCatalogsAfterApply() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    private void check(String name, String[] spec) throws Exception {
        Path out = dir.resolve(name.replaceAll("[^a-z]+", "-"));
        List<String> args = new ArrayList<>(List.of("convert", "--from", spec[0], "--to", "postgresql", "-o", out.toString()));
        for (int i = 1; i < spec.length; i++) args.add(Corpora.path(spec[i]).toString());
        CommandLine cli = SchemaShiftCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();

        ConnectionSettings db = EmbeddedPostgresServer.shared().freshDatabase("objects");
        ApplyCli.Run run = new ApplyCli(out).apply(db.url(), db.user(), "--per-object");
        Report report = ReportJson.read(out.resolve("report.json"));
        assertThat(report.validation()).as(run.text()).isNotNull();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), null)) {
            PostgresCatalog catalog = new PostgresCatalog(connection);
            for (Map.Entry<String, String> kind : CATALOG.entrySet()) {
                int inCatalog = Integer.parseInt(catalog.query(kind.getValue()).get(0).get(0));
                List<String> kinds = List.of(kind.getKey().split(" "));
                assertThat(createdObjects(report, kinds)).as(name + ": " + kind.getKey() + " objects created")
                        .isEqualTo(inCatalog - createdParts(report, kinds));
                assertThat(convertedButNotCreated(report, kinds)).as(name + ": " + kind.getKey()
                        + " objects the summary counts as converted, yet not in the catalog").isEmpty();
            }
        }
        assertThat(report.objects()).filteredOn(e -> e.convertedSnippet() != null && !e.convertedSnippet().startsWith("--"))
                .allSatisfy(e -> assertThat(e.applied()).as(name + ": apply's result on " + e.kind() + " " + e.name()).isNotNull());
        EffortAgreement.assertAgree(report);
        Document html = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
        assertThat(html.getElementById("tile-validation")).as("validation tile").isNotNull();
        assertThat(html.select("p.applied")).as("apply results on the objects").isNotEmpty();
    }

    /** Objects of the kinds whose own target object (named "kind name" by apply) was created. */
    private static long createdObjects(Report report, List<String> kinds) {
        return report.objects().stream().filter(e -> kinds.contains(e.kind()) && e.applied() != null)
                .filter(e -> e.applied().stream().anyMatch(a -> created(a, kinds)))
                .count();
    }

    /**
     * Objects of the kinds that the summary counts as converted automatically (with or without
     * warnings) whose own target object apply did not create: each would be a count the catalog denies.
     */
    private static List<String> convertedButNotCreated(Report report, List<String> kinds) {
        return report.objects().stream().filter(e -> kinds.contains(e.kind()))
                .filter(e -> e.status().equals("converted") || e.status().equals("converted_with_warnings"))
                .filter(e -> e.applied() == null || e.applied().stream().noneMatch(a -> created(a, kinds)))
                .map(e -> e.kind() + " " + e.name()).toList();
    }

    /**
     * Target objects of the kinds that are a part of a report object, not one of their own: any
     * but the first of an object of those kinds (a nested subprogram written as a routine of its
     * own), all of an object of another kind (a package's initialiser).
     */
    private static long createdParts(Report report, List<String> kinds) {
        return report.objects().stream().filter(e -> e.applied() != null)
                .mapToLong(e -> e.applied().stream().filter(a -> created(a, kinds)).count() - (kinds.contains(e.kind()) ? 1 : 0))
                .filter(n -> n > 0).sum();
    }

    private static boolean created(Report.Applied applied, List<String> kinds) {
        return applied.result().equals("created") && kinds.contains(applied.object().substring(0, applied.object().indexOf(' ')));
    }
}
