package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.pipeline.Dialects;
import org.schemashift.source.mysql.MySqlDmlText;
import org.schemashift.source.oracle.OracleDmlText;

/**
 * The expression rules run over INSERT, UPDATE, DELETE and MERGE as over a view's query: values and
 * conditions see the target table's columns (and a MERGE's source), so type-dependent rules apply;
 * the names a statement holds (target table, SET targets, column lists) are not expressions, so a
 * column named like a function without parentheses stays a column.
 */
class DataChangeConversionTest {
    private static final SourceSpan WHERE = new SourceSpan("test.sql", 1, 1);

    @Test
    void aColumnNamedLikeANiladicFunctionIsAColumnInEveryPlaceOfTheStatement() {
        assertThat(postgresql("mysql", "UPDATE t SET uuid = UUID(), rand = rand + 1 WHERE uuid IS NULL"))
                .isEqualTo("UPDATE t SET uuid = gen_random_uuid(), rand = rand + 1 WHERE uuid IS NULL");
        assertThat(postgresql("mysql", "INSERT INTO t (uuid, rand) VALUES (UUID(), RAND())"))
                .isEqualTo("INSERT INTO t (uuid, rand) VALUES (gen_random_uuid(), random())");
    }

    @Test
    void oracleDateArithmeticInASetKnowsTheColumnIsADate() {
        assertThat(postgresql("oracle", "UPDATE t x SET x.d = x.d + 1 WHERE d < SYSDATE"))
                .isEqualTo("UPDATE t AS x SET d = CAST(x.d + 1 * INTERVAL '1' DAY AS TIMESTAMP(0)) WHERE d < LOCALTIMESTAMP(0)");
    }

    @Test
    void aMergeConditionSeesTheSourcesColumns() {
        assertThat(postgresql("oracle", "MERGE INTO t USING (SELECT 1 k, DATE '2024-01-01' d FROM dual) s ON (t.k = s.k)"
                + " WHEN MATCHED THEN UPDATE SET t.d = s.d + 1 WHERE NVL(t.d, s.d) < s.d"))
                .isEqualTo("MERGE INTO t USING (SELECT 1 AS k, TIMESTAMP '2024-01-01 00:00:00' AS d) AS s ON t.k = s.k"
                        + " WHEN MATCHED AND COALESCE(t.d, s.d) < s.d THEN UPDATE SET d = CAST(s.d + 1 * INTERVAL '1' DAY AS TIMESTAMP(0))");
    }

    private static String postgresql(String source, String statement) {
        SqlNode read = source.equals("oracle") ? OracleDmlText.read(statement) : MySqlDmlText.read(statement);
        SourceRelations relations = SourceRelations.empty();
        relations.add(ObjectName.of("T"), Map.of("UUID", TypeFamily.STRING, "RAND", TypeFamily.NUMBER, "D", TypeFamily.DATETIME,
                "K", TypeFamily.NUMBER));
        ActionItems items = new ActionItems();
        ExpressionConverter converter = new ExpressionConverter(MappingRules.load(source, "postgresql", null).functions(),
                Dialects.expressionRules(source, "postgresql"), items, relations);
        Expr converted = converter.convert(new Expr(read, statement), WHERE, "test");
        assertThat(converted.node()).as("converted, items %s", items.all()).isNotNull();
        NameCase names = source.equals("oracle") ? NameCase.UPPER_CANONICAL : NameCase.INSENSITIVE;
        return new PostgresqlExpressions(new PostgresqlIdentifiers(names)).write(converted.node());
    }
}
