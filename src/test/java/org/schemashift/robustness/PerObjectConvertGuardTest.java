package org.schemashift.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.pipeline.ConversionPipeline;
import org.schemashift.pipeline.ConversionResult;
import org.schemashift.pipeline.SchemaScript;
import org.schemashift.source.SourceFile;
import org.schemashift.testing.JdbcRows;
import org.schemashift.testing.SharedPostgres;

/**
 * Promise 3 for the objects converted besides tables, views, routines and triggers: a failure
 * inside SchemaShift while converting a user type, one subprogram of a package (its initialiser too), or a package's
 * declarations (here injected by a user's rules whose templates cannot be filled) becomes one
 * SS-GEN-0055 item for that object, with its file and line, and everything else converts and applies.
 */
class PerObjectConvertGuardTest {
    private static final String RULES = """
            functions:
              - {id: BROKEN-FN, name: SHOP_UPPER, to: "shop.upper({0}, {3})"}
            types:
              - {id: BROKEN-TYPE, match: {type: varchar2, length: 7}, target: "varchar({length*99999999999999999999})"}
            """;
    private static final String ORACLE = """
            CREATE TYPE broken_t AS OBJECT (code VARCHAR2(7));
            /
            CREATE TYPE fine_t AS OBJECT (code VARCHAR2(8));
            /
            CREATE PACKAGE shop AS
              FUNCTION broken(x VARCHAR2) RETURN VARCHAR2;
              FUNCTION fine(x VARCHAR2) RETURN VARCHAR2;
            END shop;
            /
            CREATE PACKAGE BODY shop AS
              FUNCTION broken(x VARCHAR2) RETURN VARCHAR2 IS BEGIN RETURN shop_upper(x); END;
              FUNCTION fine(x VARCHAR2) RETURN VARCHAR2 IS BEGIN RETURN upper(x); END;
            END shop;
            /
            CREATE PACKAGE state_pkg AS
              greeting VARCHAR2(10) := shop_upper('hi');
            END state_pkg;
            /
            CREATE PACKAGE typed_pkg AS
              code VARCHAR2(7);
              FUNCTION get_code RETURN VARCHAR2;
            END typed_pkg;
            /
            CREATE PACKAGE BODY typed_pkg AS
              FUNCTION get_code RETURN VARCHAR2 IS BEGIN RETURN 'x'; END;
            END typed_pkg;
            /
            CREATE TABLE after_them (id NUMBER(9) PRIMARY KEY);
            """;

    @Test
    void aFailureOnATypeASubprogramOrAPackageStateCostsThatObjectOnly(@TempDir Path dir) throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), RULES);
        ConversionResult result = new ConversionPipeline("oracle", "postgresql", rules).run(List.of(new SourceFile("shop.sql", ORACLE)));
        assertThat(result.conversionItems()).filteredOn(i -> i.code().code().equals("SS-GEN-0055"))
                .map(i -> i.span().line() + " " + i.message().replaceAll(" \\(.*\\) at ", " at "))
                .containsExactly("1 type BROKEN_T: internal error NumberFormatException at TypeFacts.java:81; left out of the output",
                        "19 package TYPED_PKG: internal error NumberFormatException at TypeFacts.java:81; left out of the output",
                        "11 function SHOP.BROKEN: internal error IllegalArgumentException at TextTemplateOperator.java:57; left out of the output",
                        "15 procedure STATE_PKG.PACKAGE__INIT: internal error IllegalArgumentException at TextTemplateOperator.java:57;"
                                + " left out of the output");
        String schema = SchemaScript.render(result);
        assertThat(schema).contains("CREATE TYPE fine_t", "CREATE TABLE after_them", "CREATE FUNCTION shop.fine(",
                "CREATE FUNCTION state_pkg.greeting__get(").doesNotContain("CREATE TYPE broken_t", "shop.broken(", "typed_pkg.");
        try (Connection db = SharedPostgres.freshDatabase("convert_guards")) {
            SharedPostgres.runScript(db, schema);
            assertThat(JdbcRows.column(db, "SELECT shop.fine('a')")).containsExactly("A");
        }
    }
}
