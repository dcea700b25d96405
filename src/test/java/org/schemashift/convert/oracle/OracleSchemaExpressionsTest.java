package org.schemashift.convert.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemashift.apply.PostgresqlStatementSplitter;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.SchemaConverter;
import org.schemashift.model.Catalog;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;
import org.schemashift.model.View;
import org.schemashift.pipeline.Dialects;
import org.schemashift.emit.EmittedObject;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.emit.postgresql.PostgresqlTargetDialect;
import org.schemashift.testing.PostgresCatalog;
import org.schemashift.testing.SharedPostgres;

/**
 * Expressions inside a converted schema: a table's default and checks and a view's query go
 * through SchemaConverter with the catalog's column types, and the PostgreSQL emitter creates
 * the oracle_compat helpers the schema calls, once, before the table that uses them. Until the
 * Oracle builder is on main, the catalog is built here; type rules come from a user rules file.
 */
class OracleSchemaExpressionsTest {
    private static final String TYPES = """
            types:
              - {id: T-NUMBER-P, match: {type: number, lengthMin: 1, scaleMax: 0}, target: integer}
              - {id: T-NUMBER, match: {type: number}, target: numeric}
              - {id: T-VARCHAR2, match: {type: varchar2}, target: "varchar({length})"}
              - {id: T-DATE, match: {type: date}, target: timestamp(0)}
            """;

    @TempDir
    Path dir;

    private static Column column(String name, String type, Integer length, Expr defaultValue) {
        return new Column(name, new DataType(type, length, null, Set.of(), List.of(), null, null, type), true, defaultValue,
                null, null, null, null, false, SourceSpan.UNKNOWN);
    }

    private static Expr oracle(String sql) {
        return new Expr(OracleConversion.parse(sql), sql);
    }

    @Test
    void defaultsChecksAndViewsConvertWithTheirHelpersFirst() throws IOException, SQLException {
        Table contracts = new Table(ObjectName.of("CONTRACTS"), List.of(
                column("ID", "number", 9, null),
                column("CODE", "varchar2", 20, null),
                column("SIGNED", "date", null, oracle("SYSDATE")),
                column("ENDS", "date", null, null)),
                null, List.of(), List.of(), List.of(
                new CheckConstraint("CONTRACTS_CODE_CK", oracle("SUBSTR(CODE, -2) <> 'XX'"), true, SourceSpan.UNKNOWN),
                new CheckConstraint("CONTRACTS_ENDS_CK", oracle("ENDS >= ADD_MONTHS(SIGNED, 1)"), true, SourceSpan.UNKNOWN)),
                List.of(), null, java.util.Map.of(), null, false, SourceSpan.UNKNOWN);
        // SIGNED + 30 is date arithmetic only because the view's FROM clause says SIGNED is a DATE
        View open = new View(ObjectName.of("OPEN_CONTRACTS"), List.of(), oracle(
                "SELECT ID, NVL(CODE, 'none') AS CODE, SIGNED + 30 AS REVIEW, ENDS - SIGNED AS DAYS FROM CONTRACTS WHERE ROWNUM <= 10"),
                false, false, false, "CREATE VIEW OPEN_CONTRACTS AS ...", SourceSpan.UNKNOWN);
        View terse = new View(ObjectName.of("TERSE"), List.of(), oracle("SELECT SUBSTR(LOGGER.DATE_TEXT_FORMAT(SIGNED), 1, 20) FROM CONTRACTS"),
                false, false, false, "CREATE VIEW TERSE AS ...", new SourceSpan("views.sql", 7, 1));
        Catalog catalog = new Catalog(List.of(), List.of(), List.of(), List.of(contracts), List.of(open, terse), List.of(),
                List.of(), List.of(), List.of(), List.of());

        Path rulesFile = Files.writeString(dir.resolve("types.yaml"), TYPES);
        ActionItems items = new ActionItems();
        Catalog converted = new SchemaConverter(MappingRules.load("oracle", "postgresql", rulesFile),
                Dialects.expressionRules("oracle", "postgresql"), items).convert(catalog);
        List<EmittedObject> objects = new PostgresqlTargetDialect().emit(converted, NameCase.UPPER_CANONICAL, items);

        // not guessed: the package function's view has no query, and an item names the construct and the line
        assertThat(converted.views().get(1).query().node()).isNull();
        assertThat(items.all()).anySatisfy(i -> {
            assertThat(i.message()).contains("view TERSE").contains("LOGGER.DATE_TEXT_FORMAT");
            assertThat(i.span()).isEqualTo(new SourceSpan("views.sql", 7, 1));
        });
        assertThat(objects.get(0).name()).isEqualTo("oracle_compat");
        assertThat(objects.get(0).sql()).contains("FUNCTION oracle_compat.substr(s text, pos numeric)")
                .contains("FUNCTION oracle_compat.add_months").doesNotContain("oracle_compat.instr");
        String table = objects.get(1).sql();
        assertThat(table).contains("signed timestamp(0) DEFAULT LOCALTIMESTAMP(0)")
                .contains("CHECK (oracle_compat.substr(code, -2) <> 'XX')")
                .contains("CHECK (ends >= oracle_compat.add_months(signed, 1))");
        String viewQuery = new PostgresqlExpressions(new PostgresqlIdentifiers(NameCase.UPPER_CANONICAL))
                .write(converted.views().get(0).query().node());
        assertThat(viewQuery).isEqualTo("SELECT id, COALESCE(code, 'none') AS code, "
                + "CAST(signed + 30 * INTERVAL '1' DAY AS TIMESTAMP(0)) AS review, EXTRACT(EPOCH FROM ends - signed) / 86400 AS days "
                + "FROM contracts LIMIT 10");

        try (Connection db = SharedPostgres.freshDatabase("ora_schema")) {
            // the emitted objects include the view, written from the same converted query
            String script = objects.stream().map(EmittedObject::sql).collect(Collectors.joining("\n"));
            for (String statement : new PostgresqlStatementSplitter().split(script)) {
                SharedPostgres.runScript(db, statement);
            }
            SharedPostgres.runScript(db, "INSERT INTO contracts (id, code, signed, ends) VALUES (1, NULL, '2024-01-31', '2024-02-29')");
            // Oracle: ADD_MONTHS('2024-01-31', 1) is 2024-02-29, so the row satisfies ENDS >= ADD_MONTHS(SIGNED, 1)
            assertThat(new PostgresCatalog(db).query("SELECT id, code, review, days FROM open_contracts"))
                    .containsExactly(List.of("1", "none", "2024-03-01 00:00:00", "29.0000000000000000"));
            assertThatThrownBy(() -> SharedPostgres.runScript(db,
                    "INSERT INTO contracts (id, code, signed, ends) VALUES (2, 'ABXX', '2024-01-31', '2024-03-31')"))
                    .hasMessageContaining("contracts_code_ck");
            assertThat(new PostgresCatalog(db).query("SELECT signed IS NOT NULL FROM contracts WHERE id = 1"))
                    .containsExactly(List.of("t"));
        }
    }
}
