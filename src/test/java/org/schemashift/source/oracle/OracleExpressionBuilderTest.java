package org.schemashift.source.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemashift.source.oracle.OracleTestSupport.expression;
import static org.schemashift.source.oracle.OracleTestSupport.parsed;
import static org.schemashift.source.oracle.OracleTestSupport.query;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.junit.jupiter.api.Test;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.model.sql.PseudoFunctions;

/** The SqlNode conventions the Oracle conversion rules rely on (docs/oracle-sqlnodes.md). */
class OracleExpressionBuilderTest {

    @Test
    void unquotedNamesAreUpperCaseAndQuotedNamesExact() {
        assertThat(((SqlIdentifier) ((SqlSelect) query("SELECT e.salary FROM emp e")).getSelectList().get(0)).names)
                .containsExactly("E", "SALARY");
        assertThat(((SqlIdentifier) ((SqlSelect) query("SELECT \"MixedCase\" FROM emp")).getSelectList().get(0)).names)
                .containsExactly("MixedCase");
    }

    @Test
    void pseudoColumnsArePlainIdentifiersAndSequenceCallsCompoundOnes() {
        assertThat(expression("SYSDATE")).isInstanceOf(SqlIdentifier.class).hasToString("SYSDATE");
        assertThat(((SqlIdentifier) expression("hr.emp_seq.nextval")).names).containsExactly("HR", "EMP_SEQ", "NEXTVAL");
        SqlSelect select = (SqlSelect) query("SELECT ROWNUM, LEVEL, USER FROM dual");
        assertThat(select.getSelectList()).allMatch(n -> n instanceof SqlIdentifier);
    }

    @Test
    void oracleFunctionsAreUnresolvedUpperCaseCallsAndStandardOnesStandard() {
        SqlCall nvl = (SqlCall) expression("nvl(a, 0)");
        assertThat(nvl.getOperator()).isInstanceOf(SqlUnresolvedFunction.class);
        assertThat(nvl.getOperator().getName()).isEqualTo("NVL");
        assertThat(((SqlCall) expression("coalesce(a, 0)")).getOperator()).isSameAs(SqlStdOperatorTable.COALESCE);
        assertThat(((SqlCall) expression("pkg.f(1)")).getOperator().getName()).isEqualTo("PKG.F");
    }

    @Test
    void concatenationCaseAndEmptyString() {
        assertThat(((SqlCall) expression("'a' || b")).getOperator()).isSameAs(SqlStdOperatorTable.CONCAT);
        assertThat(expression("CASE WHEN a > 1 THEN 'x' END")).isInstanceOf(SqlCase.class);
        SqlNode empty = expression("''");
        assertThat(empty).isInstanceOf(SqlCharStringLiteral.class);
        assertThat(((SqlLiteral) empty).getValueAs(String.class)).isEmpty();
        assertThat(((SqlLiteral) expression("q'[it's]'")).getValueAs(String.class)).isEqualTo("it's");
    }

    @Test
    void dateTimestampAndIntervalLiterals() {
        assertThat(expression("DATE '2024-01-31'").getKind()).isEqualTo(SqlKind.LITERAL);
        assertThat(((SqlLiteral) expression("DATE '2024-01-31'")).getTypeName().getName()).isEqualTo("DATE");
        assertThat(((SqlLiteral) expression("TIMESTAMP '2024-01-31 10:00:00'")).getTypeName().getName()).isEqualTo("TIMESTAMP");
        assertThat(((SqlLiteral) expression("INTERVAL '5' DAY")).getTypeName().getFamily().toString()).isEqualTo("INTERVAL_DAY_TIME");
    }

    @Test
    void outerJoinMarkerPriorAndConnectBy() {
        SqlSelect select = (SqlSelect) query("SELECT * FROM a, b WHERE a.id = b.id(+)");
        SqlCall equals = (SqlCall) select.getWhere();
        assertThat(PseudoFunctions.isCall(equals.operand(1), PseudoFunctions.ORACLE_OUTER_JOIN)).isTrue();
        assertThat(select.getFrom()).isInstanceOf(SqlJoin.class);

        SqlNode tree = query("SELECT empno, CONNECT_BY_ROOT ename FROM emp START WITH mgr IS NULL CONNECT BY NOCYCLE PRIOR empno = mgr");
        assertThat(tree).isInstanceOf(HierarchicalQuery.class);
        HierarchicalQuery hierarchical = (HierarchicalQuery) tree;
        assertThat(hierarchical.noCycle()).isTrue();
        assertThat(hierarchical.startWith().getKind()).isEqualTo(SqlKind.IS_NULL);
        assertThat(PseudoFunctions.isCall(((SqlCall) hierarchical.connectBy()).operand(0), PseudoFunctions.ORACLE_PRIOR)).isTrue();
        assertThat(PseudoFunctions.isCall(hierarchical.query().getSelectList().get(1), PseudoFunctions.ORACLE_CONNECT_BY_ROOT)).isTrue();
    }

    @Test
    void setOperationsOrderFetchAndWith() {
        assertThat(((SqlCall) query("SELECT a FROM t MINUS SELECT a FROM u")).getOperator()).isSameAs(SqlStdOperatorTable.EXCEPT);
        SqlNode ordered = query("SELECT a FROM t ORDER BY a DESC NULLS LAST FETCH FIRST 5 ROWS ONLY");
        assertThat(ordered).isInstanceOf(SqlOrderBy.class);
        assertThat(((SqlOrderBy) ordered).fetch).hasToString("5");
        assertThat(query("WITH x AS (SELECT 1 n FROM dual) SELECT n FROM x")).isInstanceOf(SqlWith.class);
        SqlOrderBy siblings = (SqlOrderBy) query("SELECT a FROM t CONNECT BY PRIOR a = b ORDER SIBLINGS BY a");
        assertThat(PseudoFunctions.isCall(siblings.orderList.get(0), PseudoFunctions.ORACLE_ORDER_SIBLINGS)).isTrue();
        SqlOrderBy percent = (SqlOrderBy) query("SELECT a FROM t ORDER BY a FETCH FIRST 10 PERCENT ROWS ONLY");
        assertThat(PseudoFunctions.isCall(percent.fetch, PseudoFunctions.ORACLE_FETCH_PERCENT)).isTrue();
    }

    @Test
    void analyticFunctionsUseOverWithAWindow() {
        SqlSelect select = (SqlSelect) query("SELECT ROW_NUMBER() OVER (PARTITION BY d ORDER BY s DESC) rn FROM emp");
        SqlBasicCall as = (SqlBasicCall) select.getSelectList().get(0);
        assertThat(((SqlCall) as.operand(0)).getOperator()).isSameAs(SqlStdOperatorTable.OVER);
    }

    @Test
    void hintsAreDroppedWithAnInfoItem() {
        assertThat(parsed("CREATE VIEW v AS SELECT /*+ FULL(t) */ a FROM t").actionItems())
                .extracting(i -> i.code().code()).containsExactly("SS-ORA-0214");
    }
}
