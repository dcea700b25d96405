package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.testing.CatalogAssertions.lower;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.CatalogAssembler;
import org.schemashift.model.Catalog;
import org.schemashift.model.Disposition;
import org.schemashift.model.Index;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.Sequence;
import org.schemashift.model.SourceStatement;
import org.schemashift.model.Table;
import org.schemashift.model.View;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.testing.CatalogAssertions;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * Every SQL Server schema in the corpora converts without a parse error and applies to a real
 * PostgreSQL; every table (columns with their type family, keys, foreign keys, comments), index,
 * sequence and view of the source is in the catalog and every view is selectable. Each statement
 * of the input is one report entry, and the CREATE TABLE and code-object statements counted in
 * the files by a pattern of their own are the report's tables and code objects (a code object may
 * fail to parse, with its line; how many are created is SqlServerCodeCorpusTest's measure).
 */
class SqlServerToPostgresqlCorpusTest {

    /** {@code tables}: the CREATE TABLE statements of the files, counted by hand. */
    record Case(int tables, List<String> paths) {}

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        CASES.put("northwind", new Case(13, List.of("mssql-northwind-pubs/instnwnd.sql")));
        CASES.put("pubs", new Case(11, List.of("mssql-northwind-pubs/instpubs.sql")));
        CASES.put("ola-hallengren", new Case(3, List.of("mssql-ola-hallengren/CommandLog.sql", "mssql-ola-hallengren/Queue.sql",
                "mssql-ola-hallengren/QueueDatabase.sql", "mssql-ola-hallengren/CommandExecute.sql")));
        CASES.put("tsqlt", new Case(7, List.of("mssql-tsqlt/Source/tSQLt.schema.sql",
                "mssql-tsqlt/Source/tSQLt.CaptureOutputLog.tbl.sql", "mssql-tsqlt/Source/tSQLt.Private_Configurations.tbl.sql",
                "mssql-tsqlt/Source/tSQLt.Private_Lock.tbl.sql", "mssql-tsqlt/Source/tSQLt.Private_NewTestClassList.tbl.sql",
                "mssql-tsqlt/Source/tSQLt.Private_RenamedObjectLog.tbl.sql", "mssql-tsqlt/Source/tSQLt.Private_Seize.tbl.sql")));
        CASES.put("quartz", new Case(11, List.of("quartz/tables_sqlServer.sql")));
        CASES.put("spring-batch", new Case(6, List.of("spring-batch/schema-sqlserver.sql")));
        CASES.put("flowable", new Case(62, List.of("flowable/flowable.mssql.all.create.sql")));
        CASES.put("guacamole", new Case(23, List.of("guacamole/guacamole-auth-jdbc-sqlserver/schema/001-create-schema.sql",
                "guacamole/guacamole-auth-jdbc-sqlserver/schema/002-create-admin-user.sql")));
        CASES.put("chinook", new Case(11, List.of("chinook/Chinook_SqlServer.sql")));
        CASES.put("chinook-autoincrement", new Case(11, List.of("chinook/Chinook_SqlServer_AutoIncrementPKs.sql")));
    }

    private static final Set<ObjectKind> CODE_KINDS = Set.of(ObjectKind.PROCEDURE, ObjectKind.FUNCTION, ObjectKind.TRIGGER);
    private static final Pattern CREATE_TABLE = Pattern.compile("(?im)^\\s*CREATE\\s+TABLE\\b");
    private static final Pattern CODE_OBJECT = Pattern.compile("(?im)^\\s*(?:CREATE|ALTER)\\s+(?:OR\\s+ALTER\\s+)?(?:PROC|PROCEDURE|FUNCTION|TRIGGER)\\b");

    /** PostgreSQL udt names a SQL Server type may become (alias types: their domain's base type). */
    static Set<String> family(String type) {
        return switch (type) {
            case "bit" -> Set.of("bool");
            case "tinyint", "smallint", "int", "integer", "bigint" -> Set.of("int2", "int4", "int8");
            case "decimal", "numeric", "dec" -> Set.of("numeric", "int8"); // int8: an IDENTITY numeric(p,0)
            case "money", "smallmoney" -> Set.of("numeric");
            case "float", "real" -> Set.of("float4", "float8");
            case "date" -> Set.of("date");
            case "time" -> Set.of("time");
            case "datetime", "datetime2", "smalldatetime" -> Set.of("timestamp");
            case "datetimeoffset" -> Set.of("timestamptz");
            case "uniqueidentifier" -> Set.of("uuid");
            case "xml" -> Set.of("xml");
            case "binary", "varbinary", "image", "rowversion", "timestamp", "geography", "geometry" -> Set.of("bytea");
            default -> Set.of("bpchar", "varchar", "text", "id", "tid", "empid", "guacamole_entity_type",
                    "guacamole_object_permission", "guacamole_system_permission", "guacamole_proxy_encryption_method");
        };
    }

    @TestFactory
    Stream<DynamicTest> corpusSchemasApplyWithEverySourceObject() {
        return CASES.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
    }

    private static void check(String name, Case corpusCase) throws Exception {
        List<Path> paths = corpusCase.paths().stream().map(Corpora::path).toList();
        ConversionResult result = new ConversionPipeline("sqlserver", "postgresql", null).run(InputFiles.read(paths));
        Catalog source = assertRead(result, paths, corpusCase.tables());
        try (Connection db = SharedPostgres.freshDatabase("mss_" + name.replace('-', '_'))) {
            // the schema applies whole; code objects are created one by one in SqlServerCodeCorpusTest
            for (EmittedObject object : result.objects()) {
                if (!CODE_KINDS.contains(object.kind())) SharedPostgres.runScript(db, object.sql());
            }
            PostgresCatalog catalog = new PostgresCatalog(db);
            Set<String> checkedTypes = new java.util.HashSet<>();
            source.types().stream().filter(t -> t.check() != null).forEach(t -> checkedTypes.add(lower(t.name().name())));
            for (Table table : source.tables()) assertTable(catalog, table, checkedTypes);
            for (Sequence sequence : source.sequences()) {
                assertThat(catalog.query("SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = ?", lower(sequence.name().name())))
                        .as("sequence " + sequence.name()).isNotEmpty();
            }
            for (View view : source.views()) {
                String qualified = "\"" + schema(view.name().schema()) + "\".\"" + lower(view.name().name()) + "\"";
                assertThat(catalog.query("SELECT count(*) FROM " + qualified)).as("view " + view.name() + " is selectable").hasSize(1);
            }
        }
    }

    /** The checks that need no database: no parse errors, the tables, every statement in an object or ignored, counts from the text. */
    static Catalog assertRead(ConversionResult result, List<Path> paths, int tables) throws Exception {
        assertThat(result.statements()).filteredOn(s -> s.disposition() == Disposition.ERROR && !CODE_KINDS.contains(s.kind()))
                .as("statements that did not parse").isEmpty();
        Catalog source = new CatalogAssembler(new ActionItems()).assemble(result.statements());
        assertThat(source.tables()).as("tables read").hasSize(tables);
        Report report = ReportBuilder.build(result);
        assertThat(report.objects().stream().flatMap(o -> o.statements().stream()).map(s -> s.file() + ":" + s.line() + s.snippet())
                .distinct().count() + report.summary().ignoredStatements())
                .as("every statement in an object or counted as ignored").isEqualTo(result.statements().size());
        assertThat(report.objects()).allSatisfy(o -> {
            assertThat(o.source().file()).isNotBlank();
            assertThat(o.source().line()).isPositive();
        });
        int createTables = 0;
        int codeObjects = 0;
        for (Path path : paths) {
            String text = Files.readString(path);
            createTables += count(CREATE_TABLE, text);
            codeObjects += count(CODE_OBJECT, text);
        }
        assertThat(result.statements().stream().filter(s -> s.changes().stream()
                .anyMatch(c -> c instanceof org.schemashift.model.SchemaChange.CreateTable)).count())
                .as("CREATE TABLE statements in the files").isEqualTo(createTables);
        List<SourceStatement> code = new ArrayList<>();
        for (SourceStatement s : result.statements()) {
            if (CODE_KINDS.contains(s.kind()) && s.disposition() != Disposition.UNSUPPORTED && s.name() != null
                    && CODE_OBJECT.matcher(s.text()).find()) {
                code.add(s);
            }
        }
        assertThat(code).as("procedures, functions and triggers read (or reported with their parse error)").hasSize(codeObjects);
        return source;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static String schema(String schema) {
        return schema == null ? "public" : lower(schema);
    }

    /** {@code checkedTypes}: alias types with a bound rule, whose columns each get its check. */
    private static void assertTable(PostgresCatalog catalog, Table table, Set<String> checkedTypes) throws Exception {
        String schema = schema(table.name().schema());
        String name = lower(table.name().name());
        List<PostgresCatalog.Constraint> constraints =
                CatalogAssertions.assertTableBasics(catalog, schema, table, SqlServerToPostgresqlCorpusTest::family);
        long checks = constraints.stream().filter(c -> c.type().equals("c")).count();
        long domainChecks = table.columns().stream().filter(c -> checkedTypes.contains(c.type().name())).count();
        assertThat(checks).as("check constraints of " + name).isEqualTo(table.checks().size() + domainChecks);
        Map<String, List<String>> indexes = catalog.indexes(schema, name);
        for (Index index : table.indexes()) {
            List<String> expected = index.parts().stream().map(p -> lower(p.column())).toList();
            assertThat(indexes.values()).as("index " + index.name() + " of " + name + " on " + expected).contains(expected);
        }
    }
}
