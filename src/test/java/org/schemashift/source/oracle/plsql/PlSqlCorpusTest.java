package org.schemashift.source.oracle.plsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Disposition;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.ObjectKind;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.schemashift.testing.Corpora;

/**
 * The PL/SQL of real projects (../shared/corpora) reads with no syntax error, and every subprogram
 * of every package body is found (overloads and subprograms named with keywords included).
 */
class PlSqlCorpusTest {

    private static List<SourceStatement> read(List<Path> files) throws IOException {
        List<SourceFile> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(new SourceFile(f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1)));
        return new OracleSourceDialect().read(inputs, SourceOptions.NONE);
    }

    private static List<Path> files(Path dir, String pattern) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().matches(pattern)).sorted().toList();
        }
    }

    private static List<ActionItem> parseErrors(List<SourceStatement> statements) {
        return statements.stream().flatMap(s -> s.actionItems().stream()).filter(i -> i.code() == GeneralCode.PARSE_ERROR).toList();
    }

    /** Subprograms found per package (or type) body: the statements named PKG.SUB. */
    private static Map<String, Integer> subprograms(List<SourceStatement> statements) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SourceStatement s : statements) {
            if ((s.kind() == ObjectKind.PROCEDURE || s.kind() == ObjectKind.FUNCTION) && s.name().contains(".")) {
                counts.merge(s.name().substring(0, s.name().indexOf('.')), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long units(List<SourceStatement> statements, Class<? extends SchemaChange> change) {
        return statements.stream().filter(s -> s.disposition() == Disposition.PARSED)
                .flatMap(s -> s.changes().stream()).filter(change::isInstance).count();
    }

    /** Alexandria read as its installer runs it (SET SCAN OFF keeps its '&' in strings). */
    @Test
    void alexandriaPackagesParse() throws IOException {
        Path root = Corpora.path("alexandria-plsql");
        List<Path> inputs = new ArrayList<>(List.of(root.resolve("setup/install.sql"), root.resolve("setup/types.sql")));
        inputs.addAll(files(root.resolve("ora"), ".*\\.(pks|pkb)"));
        List<SourceStatement> statements = read(inputs);
        assertThat(parseErrors(statements)).isEmpty();
        assertThat(units(statements, SchemaChange.CreatePackage.class)).isEqualTo(98);
        assertThat(subprograms(statements)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("AMAZON_AWS_AUTH_PKG", 9), Map.entry("AMAZON_AWS_S3_PKG", 24), Map.entry("APEX_UTIL_PKG", 22),
                Map.entry("CSV_UTIL_PKG", 4), Map.entry("DATE_UTIL_PKG", 21), Map.entry("DEBUG_PKG", 14),
                Map.entry("FTP_UTIL_PKG", 29), Map.entry("JSON_UTIL_PKG", 3), Map.entry("MS_EWS_UTIL_PKG", 33),
                Map.entry("OOXML_UTIL_PKG", 21), Map.entry("PDF_BUILDER_PKG", 54), Map.entry("RANDOM_UTIL_PKG", 16),
                Map.entry("STRING_UTIL_PKG", 32), Map.entry("T_SOAP_ENVELOPE", 6), Map.entry("XLSX_BUILDER_PKG", 41),
                Map.entry("XML_UTIL_PKG", 12), Map.entry("ZIP_UTIL_PKG", 11)));
        assertThat(subprograms(statements)).hasSize(50);
    }

    @Test
    void loggerParses() throws IOException {
        List<SourceStatement> statements = read(files(Corpora.path("oracle-logger/source"), ".*\\.(pks|pkb|plb|sql)"));
        assertThat(parseErrors(statements)).isEmpty();
        assertThat(subprograms(statements)).containsEntry("LOGGER", 66).containsEntry("LOGGER_TEST", 33);
        // $IF $$NO_OP / $$RAC_LT_11_2 / DBMS_DB_VERSION choices are listed on the package body
        assertThat(statements).filteredOn(s -> "LOGGER".equals(s.name())).flatMap(SourceStatement::actionItems)
                .anyMatch(i -> i.message().toUpperCase(java.util.Locale.ROOT).contains("$IF $$NO_OP AT LINE"));
    }

    @Test
    void hrCodeParses() throws IOException {
        List<SourceStatement> statements = read(List.of(Corpora.path("oracle-sample-schemas/human_resources/hr_code.sql")));
        assertThat(parseErrors(statements)).isEmpty();
        assertThat(units(statements, SchemaChange.CreateRoutine.class)).isEqualTo(2);
        assertThat(units(statements, SchemaChange.CreateTrigger.class)).isEqualTo(2);
    }
}
