package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.MysqlSqlDialect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;
import org.schemashift.convert.ActionItems;
import org.schemashift.emit.mysql.MySqlSpellingRules;
import org.schemashift.model.ActionCode;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/** CanonicalSpelling: a target's write rules turn canonical trees into its SQL, and say what it cannot write. */
class CanonicalSpellingTest {
    private static final CanonicalSpelling MYSQL = new CanonicalSpelling("mysql", MySqlSpellingRules.all());
    private static final SourceSpan CLAUSE = new SourceSpan("shop.sql", 5, 3);

    @Test
    void aCanonicalOperatorIsSpelledByTheTargetsWriteRule() {
        assertThat(mysql("ADD_MONTHS(hired, 1)")).isEqualTo("DATE_ADD(hired, INTERVAL 1 MONTH)");
        assertThat(mysql("LOG_BASE(2, x)")).isEqualTo("LOG(2, x)");
    }

    @Test
    void conditionsOnLiteralOperandsChooseTheRule() {
        assertThat(mysql("TRUNC_DATETIME(d, 'year')")).isEqualTo("CAST(DATE_FORMAT(d, '%Y-01-01 00:00:00') AS DATETIME)");
        assertThat(mysql("TRUNC_DATETIME(d, 'hour')")).isEqualTo("CAST(DATE_FORMAT(d, '%Y-%m-%d %H:00:00') AS DATETIME)");
        assertThat(MYSQL.spell(canonical("TRUNC_DATETIME(d, 'century')")).unspellable())
                .singleElement().satisfies(u -> assertThat(u.reason()).contains("a unit MySQL cannot truncate to (MYSQL-W051)"));
    }

    @Test
    void aNodeTheTargetCannotSpellIsReportedAtItsLineNeverPassedThrough() {
        SqlNode instr = CanonicalOperators.INSTR.createCall(new SqlParserPos(7, 12), new SqlIdentifier("s", SqlParserPos.ZERO),
                SqlLiteral.createCharString("x", SqlParserPos.ZERO), number(1), number(2));
        ActionItems items = new ActionItems();

        assertThat(MYSQL.spell(instr, CLAUSE, items)).as("nothing to write").isNull();
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(GeneralCode.UNMAPPED_FUNCTION);
            assertThat(item.span()).isEqualTo(new SourceSpan("shop.sql", 7, 12));
            assertThat(item.message()).isEqualTo("mysql cannot express INSTR: "
                    + "MySQL's INSTR and LOCATE take no occurrence and cannot search backwards (MYSQL-W028)");
        });
    }

    @Test
    void aProjectOperatorWithoutAWriteRuleIsReportedButCalcitesOwnAreLeftToTheDialect() {
        CanonicalSpelling bare = new CanonicalSpelling("a-target-without-rules", List.of());
        assertThat(bare.spell(canonical("ADD_MONTHS(d, 1)")).unspellable()).singleElement()
                .satisfies(u -> assertThat(u.operator()).isEqualTo("ADD_MONTHS"));
        assertThat(bare.spell(canonical("COALESCE(a, b)")).complete()).isTrue();
    }

    @Test
    void aWriteRuleCanRaiseAnActionItemWhereItApplies() {
        ActionItems items = new ActionItems();
        MYSQL.spell(canonical("ADD_MONTHS(d, 1)"), CLAUSE, items);
        assertThat(items.all()).singleElement().satisfies(item -> {
            assertThat(item.code()).isEqualTo(GeneralCode.FUNCTION_EDGE_CASES_DIFFER);
            assertThat(item.message()).contains("keeps the day of the month");
        });
    }

    @Test
    void castsToCanonicalTypesAreSpelledByTheTargetsCastRules() {
        assertThat(mysql("CAST(x AS \"CLOB\")")).isEqualTo("CAST(x AS CHAR)");
        assertThat(mysql("CAST(x AS NUMERIC)")).as("an unconstrained NUMBER").isEqualTo("CAST(x AS DECIMAL(65, 30))");
        assertThat(mysql("CAST(x AS NUMERIC(10, 2))")).isEqualTo("CAST(x AS DECIMAL(10, 2))");
        assertThat(mysql("CAST(x AS VARCHAR(20))")).isEqualTo("CAST(x AS CHAR(20))");
        assertThat(mysql("CAST(x AS BIGINT)")).isEqualTo("CAST(x AS SIGNED)");
    }

    @Test
    void javaSpellingRulesTranslateWhatATemplateCannot() {
        assertThat(mysql("FORMAT_BY_MODEL(d, 'DD.MM.YYYY \"at\" HH24:MI')")).isEqualTo("DATE_FORMAT(d, '%d.%m.%Y at %H:%i')");
        assertThat(mysql("REGEXP_LIKE(s, 'a.b', 'in')")).isEqualTo("s REGEXP '(?si)a.b'");
        assertThat(mysql("REGEXP_LIKE(s, p, '')")).isEqualTo("s REGEXP CONCAT('(?-i)', p)");
    }

    private static String mysql(String canonical) {
        CanonicalSpelling.Spelled spelled = MYSQL.spell(canonical(canonical));
        assertThat(spelled.unspellable()).as("unspellable").isEmpty();
        return spelled.node().toSqlString(c -> c.withDialect(MysqlSqlDialect.DEFAULT).withQuoteAllIdentifiers(false)
                .withAlwaysUseParentheses(false).withIndentation(0)).getSql().replace('\n', ' ');
    }

    private static SqlNode canonical(String sql) {
        return SqlTemplate.canonical(sql).apply();
    }

    private static SqlLiteral number(int n) {
        return SqlLiteral.createExactNumeric(Integer.toString(n), SqlParserPos.ZERO);
    }
}
