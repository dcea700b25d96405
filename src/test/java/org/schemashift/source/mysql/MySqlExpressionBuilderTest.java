package org.schemashift.source.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.mysql.MySqlTestSupport.table;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.junit.jupiter.api.Test;
import org.schemashift.model.Expr;

/** The SqlNode conventions of MySqlExpressionBuilder, one MySQL construct at a time. */
class MySqlExpressionBuilderTest {

    /** Reads {@code expression} as a CHECK condition. */
    private static Expr check(String expression) {
        return table("CREATE TABLE t (a INT, b INT, s VARCHAR(10), CHECK (" + expression + "))").checks().get(0).condition();
    }

    private static Expr defaultOf(String defaultClause) {
        return table("CREATE TABLE t (c INT DEFAULT " + defaultClause + ")").columns().get(0).defaultValue();
    }

    private static String functionName(SqlNode node) {
        SqlCall call = (SqlCall) node;
        assertThat(call.getOperator()).isInstanceOf(SqlUnresolvedFunction.class);
        return call.getOperator().getName();
    }

    @Test
    void precedenceFollowsMySql() {
        SqlNode node = check("a = 1 OR b = 2 AND NOT s LIKE 'x%' XOR a > b").node();
        assertThat(node.getKind()).isEqualTo(SqlKind.OR);
        SqlCall or = (SqlCall) node;
        assertThat(or.operand(0).getKind()).isEqualTo(SqlKind.EQUALS);
        assertThat(functionName(or.operand(1))).isEqualTo("XOR");
        SqlCall xor = (SqlCall) or.operand(1);
        assertThat(xor.operand(0).getKind()).isEqualTo(SqlKind.AND);
        assertThat(check("a + b * 2 - 1 > 0").node().toString()).isEqualTo("`A` + `B` * 2 - 1 > 0".replace("`A`", "`a`").replace("`B`", "`b`"));
    }

    @Test
    void standardOperators() {
        assertThat(check("a IS NOT NULL").node().getKind()).isEqualTo(SqlKind.IS_NOT_NULL);
        assertThat(check("a IS TRUE").node().getKind()).isEqualTo(SqlKind.IS_TRUE);
        assertThat(check("a <=> b").node().getKind()).isEqualTo(SqlKind.IS_NOT_DISTINCT_FROM);
        assertThat(check("a != b").node().getKind()).isEqualTo(SqlKind.NOT_EQUALS);
        assertThat(check("a % 2 = 0").node().toString()).contains("MOD(`a`, 2)");
        assertThat(check("a MOD 2 = 0").node().toString()).contains("MOD(`a`, 2)");
        SqlCall in = (SqlCall) check("s NOT IN ('x', 'y')").node();
        assertThat(in.getOperator()).isSameAs(SqlStdOperatorTable.NOT_IN);
        SqlNode list = in.operand(1);
        assertThat(list).isInstanceOf(SqlNodeList.class);
        assertThat(((SqlCall) check("a NOT BETWEEN 1 AND 5").node()).getOperator()).isSameAs(SqlStdOperatorTable.NOT_BETWEEN);
        SqlCall like = (SqlCall) check("s LIKE 'a!%' ESCAPE '!'").node();
        assertThat(like.getOperator()).isSameAs(SqlStdOperatorTable.LIKE);
        assertThat(like.operandCount()).isEqualTo(3);
        assertThat(check("a & b > 0").node().toString()).contains("BITAND(`a`, `b`)");
        SqlNode negated = ((SqlCall) check("-a < 0").node()).operand(0);
        assertThat(negated.getKind()).isEqualTo(SqlKind.MINUS_PREFIX);
        assertThat(check("CAST(s AS SIGNED) > 0").node().toString()).contains("CAST(`s` AS BIGINT)");
        assertThat(check("CONVERT(s, CHAR(5)) = 'x'").node().toString()).contains("CAST(`s` AS CHAR(5))");
        assertThat(check("COALESCE(a, b) > 0").node().toString()).contains("COALESCE(`a`, `b`)");
    }

    @Test
    void mySqlOnlyOperatorsArePseudoFunctions() {
        assertThat(functionName(check("s REGEXP '^a'").node())).isEqualTo("REGEXP");
        assertThat(functionName(check("s RLIKE '^a'").node())).isEqualTo("REGEXP");
        SqlCall notRegexp = (SqlCall) check("s NOT REGEXP '^a'").node();
        assertThat(notRegexp.getKind()).isEqualTo(SqlKind.NOT);
        assertThat(functionName(((SqlCall) check("a DIV 2 = 1").node()).operand(0))).isEqualTo("DIV");
        assertThat(functionName(((SqlCall) check("a >> 1 = 1").node()).operand(0))).isEqualTo("RIGHTSHIFT");
        SqlCall collate = (SqlCall) ((SqlCall) check("s COLLATE utf8mb4_bin = 'A'").node()).operand(0);
        assertThat(functionName(collate)).isEqualTo("COLLATE");
        assertThat(((SqlLiteral) collate.operand(1)).getValueAs(String.class)).isEqualTo("utf8mb4_bin");
        SqlCall plusInterval = (SqlCall) defaultOf("(CURRENT_DATE + INTERVAL 1 DAY)").node();
        SqlCall interval = (SqlCall) plusInterval.operand(1);
        assertThat(functionName(interval)).isEqualTo("INTERVAL");
        assertThat(((SqlLiteral) interval.operand(1)).getValueAs(String.class)).isEqualTo("DAY");
        assertThat(functionName(check("CONVERT(s USING utf8mb4) = 'x'").node() instanceof SqlCall c ? c.operand(0) : null))
                .isEqualTo("CONVERT_USING");
        assertThat(functionName(check("IFNULL(a, 0) > 0").node() instanceof SqlCall c ? c.operand(0) : null)).isEqualTo("IFNULL");
    }

    @Test
    void caseInBothForms() {
        SqlCase searched = (SqlCase) ((SqlCall) check("CASE WHEN a > 0 THEN 1 ELSE 0 END = 1").node()).operand(0);
        assertThat(searched.getValueOperand()).isNull();
        assertThat(searched.getWhenOperands()).hasSize(1);
        SqlCase simple = (SqlCase) ((SqlCall) check("CASE a WHEN 1 THEN 'x' WHEN 2 THEN 'y' END = 'x'").node()).operand(0);
        assertThat(simple.getValueOperand()).isInstanceOf(SqlIdentifier.class);
        assertThat(simple.getThenOperands()).hasSize(2);
        assertThat(simple.getElseOperand()).isNull();
    }

    @Test
    void currentTimestampForms() {
        SqlBasicCall bare = (SqlBasicCall) defaultOf("CURRENT_TIMESTAMP").node();
        assertThat(bare.getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_TIMESTAMP);
        assertThat(bare.operandCount()).isZero();
        SqlBasicCall now = (SqlBasicCall) defaultOf("NOW()").node();
        assertThat(now.getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_TIMESTAMP);
        assertThat(now.operandCount()).isZero();
        SqlBasicCall withFsp = (SqlBasicCall) defaultOf("now(6)").node();
        assertThat(withFsp.getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_TIMESTAMP);
        assertThat(((SqlLiteral) withFsp.operand(0)).intValue(true)).isEqualTo(6);
        assertThat(((SqlBasicCall) defaultOf("LOCALTIMESTAMP()").node()).getOperator()).isSameAs(SqlStdOperatorTable.LOCALTIMESTAMP);
        assertThat(((SqlBasicCall) defaultOf("(CURRENT_DATE)").node()).getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_DATE);
        assertThat(((SqlBasicCall) defaultOf("(CURDATE())").node()).getOperator()).isSameAs(SqlStdOperatorTable.CURRENT_DATE);
    }

    @Test
    void literals() {
        assertThat(defaultOf("-1").node()).isInstanceOf(SqlLiteral.class);
        assertThat(defaultOf("-1").node().toString()).isEqualTo("-1");
        assertThat(defaultOf("1.50").node().toString()).isEqualTo("1.50");
        assertThat(defaultOf("1e3").node().toString()).isEqualTo("1E3");
        assertThat(defaultOf("NULL").node().getKind()).isEqualTo(SqlKind.LITERAL);
        assertThat(((SqlLiteral) defaultOf("NULL").node()).getValue()).isNull();
        assertThat(((SqlLiteral) defaultOf("TRUE").node()).booleanValue()).isTrue();
        assertThat(((SqlLiteral) defaultOf("_utf8mb4'caf\\u00e9'").node()).getValueAs(String.class)).isEqualTo("cafu00e9");
        assertThat(((SqlLiteral) defaultOf("'a\\nb'").node()).getValueAs(String.class)).isEqualTo("a\nb");
        SqlBinaryStringLiteral hex = (SqlBinaryStringLiteral) defaultOf("0xF").node();
        assertThat(hex.getBitString().toHexString()).isEqualToIgnoringCase("0F");
        assertThat(((SqlBinaryStringLiteral) defaultOf("x'CAFE'").node()).getBitString().toHexString()).isEqualToIgnoringCase("CAFE");
        SqlBinaryStringLiteral bits = (SqlBinaryStringLiteral) defaultOf("b'0101'").node();
        assertThat(bits.getBitString().getBitCount()).isEqualTo(4);
        assertThat(bits.getBitString().toBitString()).isEqualTo("0101");
        assertThat(defaultOf("DATE '2020-01-31'").node().toString()).isEqualTo("DATE '2020-01-31'");
        assertThat(defaultOf("TIMESTAMP '2020-1-1 0:0:0'").node().getKind()).isEqualTo(SqlKind.LITERAL);
        assertThat(defaultOf("TIMESTAMP '2020-1-1 0:0:0'").sourceText()).isEqualTo("TIMESTAMP '2020-1-1 0:0:0'");
    }

    @Test
    void columnsVariablesAndFunctionCalls() {
        SqlIdentifier qualified = (SqlIdentifier) ((SqlCall) check("t.a > 0").node()).operand(0);
        assertThat(qualified.names).containsExactly("t", "a");
        SqlIdentifier quoted = (SqlIdentifier) ((SqlCall) check("`my col` > 0").node()).operand(0);
        assertThat(quoted.names).containsExactly("my col");
        SqlCall count = (SqlCall) ((SqlCall) check("COUNT(*) > 0").node()).operand(0);
        assertThat(count.getOperator()).isSameAs(SqlStdOperatorTable.COUNT);
        assertThat(((SqlIdentifier) count.operand(0)).isStar()).isTrue();
        SqlCall concat = (SqlCall) ((SqlCall) check("concat(s, 'x') = 'ax'").node()).operand(0);
        assertThat(functionName(concat)).isEqualTo("CONCAT");
        assertThat(concat.getParserPosition().getLineNum()).isEqualTo(1);
    }
}
