package org.schemashift.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.EmittedObject;
import org.schemashift.model.ObjectKind;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.InputFiles;
import org.schemashift.report.Report;
import org.schemashift.report.ReportBuilder;
import org.schemashift.testing.Corpora;
import org.schemashift.testing.SharedPostgres;

/**
 * The T-SQL code of the corpora (procedures, functions and triggers) on PostgreSQL 15: the schema
 * is applied object by object, then each code object; an object counts when every target object it
 * became is created without error (function bodies checked) and its report status is not manual
 * or unsupported. Prints one line per corpus (the figures in README and
 * docs/sqlserver-to-postgresql.md): {@code mvn -B -o test -Dtest=SqlServerCodeCorpusTest}.
 */
class SqlServerCodeCorpusTest {
    /** A statement that defines a code object (not a DROP PROCEDURE, which has the kind too). */
    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
            "(?is)\\s*(?:--[^\\n]*\\n\\s*|/\\*.*?\\*/\\s*)*(?:CREATE|ALTER)\\b");
    private static final Set<String> CODE = Set.of(ObjectKind.PROCEDURE.id(), ObjectKind.FUNCTION.id(), ObjectKind.TRIGGER.id());

    /** What a corpus' code gave: objects, those created and not manual, and why the others are not. */
    record Measure(int objects, int good, List<String> others) {
        String line(String corpus) {
            return String.format("%s: %d of %d code objects created without error and not manual (%d %%)", corpus, good, objects,
                    objects == 0 ? 0 : Math.round(100.0 * good / objects));
        }
    }

    @Test
    void northwindAndPubsCodeIsCreatedOnPostgresqlForAtLeastNinetyPercent() throws Exception {
        Measure northwind = measure("nw", List.of("mssql-northwind-pubs/instnwnd.sql"));
        Measure pubs = measure("pubs", List.of("mssql-northwind-pubs/instpubs.sql"));
        System.out.println(northwind.line("northwind"));
        System.out.println(pubs.line("pubs"));
        System.out.println(northwind.others() + "\n" + pubs.others());
        int objects = northwind.objects() + pubs.objects();
        assertThat(objects).isEqualTo(12);
        assertThat(northwind.good() + pubs.good()).as("Northwind and pubs code objects created and not manual: "
                + northwind.others() + pubs.others()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * objects));
    }

    @Test
    void tsqltAndOlaHallengrenCodeIsMeasured() throws Exception {
        Measure ola = measure("ola", List.of("mssql-ola-hallengren/CommandLog.sql", "mssql-ola-hallengren/Queue.sql",
                "mssql-ola-hallengren/QueueDatabase.sql", "mssql-ola-hallengren/CommandExecute.sql",
                "mssql-ola-hallengren/DatabaseBackup.sql", "mssql-ola-hallengren/DatabaseIntegrityCheck.sql",
                "mssql-ola-hallengren/IndexOptimize.sql"));
        Measure tsqlt = measure("tsqlt", List.of("mssql-tsqlt/Source"));
        System.out.println(ola.line("ola-hallengren"));
        System.out.println(tsqlt.line("tsqlt"));
        System.out.println(ola.others() + "\n" + tsqlt.others());
        assertThat(ola.objects()).isPositive();
        assertThat(tsqlt.objects()).isPositive();
    }

    static Measure measure(String name, List<String> corpusPaths) throws Exception {
        List<Path> paths = corpusPaths.stream().map(Corpora::path).toList();
        ConversionResult result = new ConversionPipeline("sqlserver", "postgresql", null).run(InputFiles.read(paths));
        Map<String, Boolean> created = new HashMap<>();
        try (Connection db = SharedPostgres.freshDatabase("mss_code_" + name)) {
            SharedPostgres.runScript(db, "SET check_function_bodies = on");
            for (EmittedObject object : result.objects()) {
                boolean ok = create(db, object.sql());
                if (CODE.contains(object.kind().id())) {
                    created.merge(object.origin().file() + ":" + object.origin().line(), ok, Boolean::logicalAnd);
                }
            }
        }
        Report report = ReportBuilder.build(result);
        int objects = 0;
        int good = 0;
        List<String> others = new ArrayList<>();
        for (Report.Entry entry : report.objects()) {
            if (!CODE.contains(entry.kind()) || entry.name() == null || entry.statements().stream().noneMatch(s -> DEFINITION.matcher(s.snippet()).lookingAt())) continue;
            objects++;
            // the object's statements include the guards before its definition: its code is created from one of them
            Boolean ok = entry.statements().stream().map(st -> created.get(st.file() + ":" + st.line()))
                    .filter(java.util.Objects::nonNull).reduce(Boolean::logicalAnd).orElse(null);
            boolean manual = entry.status().equals("manual") || entry.status().equals("unsupported");
            if (Boolean.TRUE.equals(ok) && !manual) {
                good++;
            } else {
                others.add(entry.name() + " (" + entry.status() + (Boolean.TRUE.equals(ok) ? "" : ", not created") + ": "
                        + entry.actionItems().stream().filter(i -> !i.severity().equals("info") && !i.severity().equals("low"))
                        .map(i -> i.code() + " line " + i.line()).distinct().toList() + ")");
            }
        }
        return new Measure(objects, good, others);
    }

    private static boolean create(Connection db, String sql) {
        try {
            SharedPostgres.runScript(db, sql);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
