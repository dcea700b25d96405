package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.emit.postgresql.PostgresqlTargetDialect;
import org.schemashift.source.mysql.MySqlCode;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;
import org.schemashift.source.mysql.MySqlSourceDialect;
import org.schemashift.source.oracle.OracleSourceDialect;

/** Default literals: the source says what a literal means, the target how its column takes it. */
class DefaultLiteralsTest {
    private static final SqlParserPos POS = SqlParserPos.ZERO;
    private static final SourceSpan SPAN = new SourceSpan("t.sql", 1, 1);
    private final ActionItems items = new ActionItems();

    private static Expr literal(SqlNode node, String text) {
        return new Expr(node, text);
    }

    private Expr adapt(DefaultLiterals side, Expr value, String targetType) {
        return side.adapt(value, DataType.named(targetType), SPAN, "t.c", items);
    }

    @Test
    void aMySqlZeroDateIsNoDateOnAnyTarget() {
        Expr zero = literal(SqlLiteral.createCharString("0000-00-00 00:00:00", POS), "'0000-00-00 00:00:00'");
        assertThat(adapt(new MySqlSourceDialect().defaultLiterals(), zero, "datetime")).isNull();
        assertThat(items.all()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(MySqlCode.ZERO_DATE_DEFAULT);
            assertThat(i.message()).isEqualTo("t.c: DEFAULT '0000-00-00 00:00:00' left out");
        });
    }

    @Test
    void otherSourcesHaveNoZeroDate() {
        Expr zero = literal(SqlLiteral.createCharString("0000-00-00", POS), "'0000-00-00'");
        assertThat(adapt(new OracleSourceDialect().defaultLiterals(), zero, "date")).isSameAs(zero);
    }

    @Test
    void postgresqlTakesBooleansBitStringsAndByteaHex() {
        DefaultLiterals postgresql = new PostgresqlTargetDialect().defaultLiterals();
        assertThat(adapt(postgresql, literal(SqlLiteral.createExactNumeric("1", POS), "1"), "boolean").node())
                .hasToString("TRUE");
        assertThat(adapt(postgresql, literal(SqlLiteral.createBinaryString("0A", POS), "x'0A'"), "bit(8)").node())
                .hasToString("'00001010'");
        assertThat(adapt(postgresql, literal(SqlLiteral.createBinaryString("CAFE", POS), "x'CAFE'"), "bytea").node())
                .hasToString("'\\xCAFE'");
    }

    @Test
    void theTargetNeverSeesADefaultTheSourceLeftOut() {
        DefaultLiterals refuse = (value, type, span, where, items) -> {
            throw new AssertionError("the target was asked");
        };
        Expr zero = literal(SqlLiteral.createCharString("0000-00-00", POS), "'0000-00-00'");
        assertThat(new MySqlSourceDialect().defaultLiterals().then(refuse).adapt(zero, DataType.named("date"), SPAN, "t.c", items))
                .isNull();
    }
}
