package org.schemashift.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.convert.MappingRules;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;

/** A rules file: what each kind of rule does to a small input, and the errors of an invalid file. */
class RulesFileTest {
    @TempDir
    Path dir;

    private Path rules(String yaml) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private String convert(String yaml, String sql) throws IOException {
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", rules(yaml))
                .run(List.of(new SourceFile("in.sql", sql)));
        return SchemaScript.render(result);
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = rules(yaml);
        assertThatThrownBy(() -> MappingRules.load("oracle", "postgresql", file))
                .isInstanceOf(MappingRules.RulesException.class).hasMessage(file + expected);
    }

    @Test
    void schemaRenameReachesEveryQualifiedReference() throws IOException {
        String out = convert("rename: [{id: S1, kind: schema, name: SALES, to: shop}]", """
                CREATE TABLE sales.orders (id NUMBER(9) PRIMARY KEY, total NUMBER(10,2));
                CREATE VIEW sales.big_orders AS SELECT id FROM sales.orders WHERE total > 100;
                """);
        assertThat(out).contains("CREATE SCHEMA IF NOT EXISTS shop").contains("CREATE TABLE shop.orders")
                .contains("FROM shop.orders").doesNotContain("sales.");
    }

    @Test
    void regexCapturesAndCasePolicy() throws IOException {
        String out = convert("""
                rename:
                  - {id: T1, kind: table, regex: "TBL_(.*)", to: "$1", case: upper}
                """, "CREATE TABLE tbl_items (id NUMBER(9));");
        assertThat(out).contains("CREATE TABLE \"ITEMS\"");
    }

    @Test
    void includeKeepsOnlyTheNamedTables() throws IOException {
        String out = convert("include: [{id: I1, kind: table, glob: \"KEEP_*\"}]",
                "CREATE TABLE keep_a (id NUMBER(9)); CREATE TABLE drop_b (id NUMBER(9));");
        assertThat(out).contains("CREATE TABLE keep_a").doesNotContain("drop_b");
    }

    @Test
    void typeRulesAskAboutTheColumnAndScaleLengths() throws IOException {
        String out = convert("""
                types:
                  - {id: KEYS, match: {type: number, lengthUnset: true, key: true}, target: bigint}
                  - {id: FLAGS, match: {type: char, length: 1, column: "IS_*", hasDefault: true}, target: boolean}
                  - {id: WIDE, match: {type: varchar2, modifier: byte}, target: "varchar({length*4})"}
                """, """
                CREATE TABLE t (id NUMBER PRIMARY KEY, amount NUMBER, is_open CHAR(1) DEFAULT 'Y', code CHAR(1),
                                label VARCHAR2(10 BYTE));
                """);
        assertThat(out).contains("id bigint").contains("amount numeric").contains("is_open boolean")
                .contains("code char(1)").contains("label varchar(40)");
    }

    @Test
    void unknownKeyOfARuleIsReportedAtItsLine() throws IOException {
        assertError("rename:\n  - id: R2\n    kind: table\n    too: Y\n    to: Z\n",
                ":4: rename[1].too: unknown key 'too' (known: addPrefix, addSuffix, case, glob, id, kind, name, regex, "
                        + "removePrefix, removeSuffix, schema, table, to)");
    }

    @Test
    void numberWithoutPrecisionOption() throws IOException {
        assertThat(convert("options: {number-without-precision: bigint}", "CREATE TABLE t (id NUMBER);"))
                .contains("id bigint");
    }

    @Test
    void invalidFilesNameTheFileLineRuleAndProblem() throws IOException {
        assertError("rename:\n  - id: R1\n    kind: tabel\n    to: B\n",
                ":3: rename[1].kind: unknown kind tabel (schema, table, view, column, index, constraint, sequence, routine, trigger)");
        assertError("exclude: []\nrenames: []\n",
                ":2: renames: unknown key 'renames' (known: exclude, functions, include, options, read, rename, types, write)");
        assertError("rename:\n  - {id: R1, kind: table, name: A}\n",
                ":2: rename[1]: rename rule R1 changes nothing: give to, addPrefix, removePrefix, addSuffix, removeSuffix or case");
        assertError("rename:\n  - {id: R1, kind: table, regex: \"(ab\", to: B}\n",
                ":2: rename[1]: invalid regex (ab: Unclosed group");
        assertError("options: {result-set-procedures: rows}\n",
                ":1: options.result-set-procedures: unknown value rows (refcursor, setof)");
        assertError("options: {nope: x}\n",
                ":1: options.nope: unknown option (known: number-without-precision, tinyint1, enum, result-set-procedures)");
    }
}
