package org.schemashift.convert.rules.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/** MySQL string comparisons converted to PostgreSQL: exact text comparison reported, a string read as a number cast. */
class StringComparisonRuleTest {
    private static final String SOURCE = """
            CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20), code VARCHAR(10), note VARCHAR(10));
            CREATE VIEW v AS SELECT id FROM item
              WHERE name = 'Abc' AND code = 5 AND name = note AND name IN ('Abc', 'x') AND code <> '' AND code > '10';
            """;

    private static ConversionResult convert(String target) {
        return new ConversionPipeline("mysql", target, null).run(List.of(new SourceFile("cmp.sql", SOURCE)));
    }

    private static List<String> items(ConversionResult result) {
        return result.conversionItems().stream().map(i -> i.code().code()).toList();
    }

    @Test
    void textComparedWithLettersOrWithTextIsReportedAndStringsComparedWithNumbersAreCast() throws Exception {
        ConversionResult result = convert("postgresql");
        String script = SchemaScript.render(result);
        assertThat(script).contains("name = 'Abc' AND CAST(code AS DECIMAL) = 5 AND name = note AND name IN ('Abc', 'x')"
                + " AND code <> '' AND code > '10'");
        // 'Abc', note, ('Abc', 'x'): case matters; '' and '10' compare the same either way
        assertThat(items(result)).containsExactlyInAnyOrder("SS-MY-0117", "SS-MY-0117", "SS-MY-0117", "SS-MY-0118");
        try (Connection db = SharedPostgres.freshDatabase("string_comparison")) {
            SharedPostgres.runScript(db, script + "INSERT INTO item VALUES (1, 'Abc', '5', 'Abc');\n"
                    + "INSERT INTO item VALUES (2, 'abc', '5', 'abc');\n");
            // MySQL's default collation selects both rows
            assertThat(JdbcRows.column(db, "SELECT id FROM v")).containsExactly("1");
        }
    }

    @Test
    void theMySqlTargetComparesAsTheSourceDoes() {
        ConversionResult result = convert("mysql");
        assertThat(items(result)).doesNotContain("SS-MY-0117", "SS-MY-0118");
    }
}
