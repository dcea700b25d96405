package org.schemashift.source.oracle.plsql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceFile;
import org.schemashift.source.SourceOptions;
import org.schemashift.source.oracle.OracleSourceDialect;
import org.schemashift.testing.Corpora;

/** The PL/SQL of real projects (../shared/corpora) reads with no syntax error. */
class PlSqlCorpusTest {

    private static List<SourceStatement> read(Path... files) throws IOException {
        List<SourceFile> inputs = new ArrayList<>();
        for (Path f : files) inputs.add(new SourceFile(f.toString(), Files.readString(f, StandardCharsets.ISO_8859_1)));
        return new OracleSourceDialect().read(inputs, SourceOptions.NONE);
    }

    private static List<String> parseErrors(List<SourceStatement> statements) {
        return statements.stream().flatMap(s -> s.actionItems().stream())
                .filter(i -> i.code() == GeneralCode.PARSE_ERROR)
                .map(ActionItem::toString).toList();
    }

    @Test
    void alexandriaPackagesParse() throws IOException {
        Path dir = Corpora.path("alexandria-plsql/ora");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(pks|pkb)")).sorted().toList();
        }
        List<SourceStatement> statements = read(files.toArray(new Path[0]));
        assertThat(parseErrors(statements)).isEmpty();
    }

    @Test
    void loggerParses() throws IOException {
        Path dir = Corpora.path("oracle-logger/source");
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(pks|pkb|plb|sql)")).sorted().toList();
        }
        List<SourceStatement> statements = read(files.toArray(new Path[0]));
        assertThat(parseErrors(statements)).isEmpty();
    }

    @Test
    void hrCodeParses() throws IOException {
        List<SourceStatement> statements = read(Corpora.path("oracle-sample-schemas/human_resources/hr_code.sql"));
        assertThat(parseErrors(statements)).isEmpty();
    }
}
