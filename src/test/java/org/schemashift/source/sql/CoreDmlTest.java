package org.schemashift.source.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.ConditionalMerge;
import org.schemashift.source.mysql.MySqlDmlText;
import org.schemashift.source.oracle.OracleDmlText;

/**
 * INSERT, UPDATE, DELETE and MERGE are read by the shared core grammar into Calcite's statement
 * nodes, the same tree from Oracle and from MySQL (names in upper case, which both keep).
 */
class CoreDmlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO T VALUES (1, 'a', NULL)",
        "INSERT INTO S.T (A, B) VALUES (1, DEFAULT), (2 + 3, UPPER('b'))",
        "INSERT INTO T (A) SELECT X FROM U WHERE X > 1",
        "INSERT INTO T (A, B) (SELECT X, Y FROM U UNION ALL SELECT 1, 2 FROM V)",
        "UPDATE T SET A = A + 1, B = DEFAULT WHERE C IN (SELECT C FROM U)",
        "UPDATE T X SET X.A = 1, (B, C) = (SELECT Y.B, Y.C FROM U Y WHERE Y.K = X.K) WHERE X.K > 0",
        "DELETE FROM T WHERE A IS NULL",
        "DELETE FROM T X WHERE EXISTS (SELECT 1 FROM U WHERE U.K = X.K)",
        "MERGE INTO T X USING U Y ON (X.K = Y.K) WHEN MATCHED THEN UPDATE SET X.A = Y.A WHERE Y.A > 0 DELETE WHERE X.A = 0"
            + " WHEN NOT MATCHED THEN INSERT (K, A) VALUES (Y.K, Y.A) WHERE Y.A IS NOT NULL",
        "MERGE INTO T USING (SELECT K, A FROM U) S ON (T.K = S.K) WHEN NOT MATCHED THEN INSERT VALUES (S.K, S.A)"
            + " WHEN MATCHED THEN UPDATE SET A = S.A"
    })
    void aStatementBuildsTheSameTreeFromOracleAndFromMySql(String dml) {
        SqlNode oracle = OracleDmlText.read(dml);
        SqlNode mysql = MySqlDmlText.read(dml);
        assertThat(oracle.equalsDeep(mysql, Litmus.IGNORE)).as("Oracle %s%nMySQL  %s", oracle, mysql).isTrue();
    }

    @Test
    void insertHasItsColumnsAndOneRowCallPerValuesRow() {
        SqlInsert insert = (SqlInsert) OracleDmlText.read("INSERT INTO s.t (a, b) VALUES (1, DEFAULT), (2, 3)");
        assertThat(((SqlIdentifier) insert.getTargetTable()).names).containsExactly("S", "T");
        assertThat(insert.getTargetColumnList()).hasToString("`A`, `B`");
        SqlCall values = (SqlCall) insert.getSource();
        assertThat(values.getKind()).isEqualTo(SqlKind.VALUES);
        assertThat(values.getOperandList()).hasSize(2).allMatch(row -> row.getKind() == SqlKind.ROW);
        assertThat(((SqlCall) values.operand(0)).operand(1).getKind()).isEqualTo(SqlKind.DEFAULT);
    }

    @Test
    void anInsertFromAQueryHasTheQueryAsSourceAndNoColumnList() {
        SqlInsert insert = (SqlInsert) OracleDmlText.read("INSERT INTO t SELECT * FROM u");
        assertThat(insert.getTargetColumnList()).isNull();
        assertThat(insert.getSource()).isInstanceOf(SqlSelect.class);
    }

    @Test
    void setTargetsAreTheTargetTablesColumnsUnqualifiedAndARowAssignmentIsARowTarget() {
        SqlUpdate update = (SqlUpdate) OracleDmlText.read(
                "UPDATE emp e SET e.sal = NVL(e.sal, 0) * 2, (bonus, grade) = (SELECT b, g FROM grades WHERE g.id = e.id)");
        assertThat(update.getAlias()).hasToString("E");
        assertThat(((SqlIdentifier) update.getTargetColumnList().get(0)).names).containsExactly("SAL");
        SqlCall row = (SqlCall) update.getTargetColumnList().get(1);
        assertThat(row.getKind()).isEqualTo(SqlKind.ROW);
        assertThat(row.getOperandList()).hasToString("[BONUS, GRADE]");
        assertThat(update.getSourceExpressionList().get(1)).isInstanceOf(SqlSelect.class);
        assertThat(update.getCondition()).isNull();
    }

    @Test
    void whereCurrentOfIsTheCurrentOfConditionNamingTheCursor() {
        SqlUpdate update = (SqlUpdate) OracleDmlText.read("UPDATE emp SET sal = sal + 1 WHERE CURRENT OF emp_cur");
        assertThat(ProcOperators.currentOfCursor(update.getCondition())).isEqualTo("EMP_CUR");
        SqlDelete delete = (SqlDelete) OracleDmlText.read("DELETE emp WHERE CURRENT OF c");
        assertThat(ProcOperators.currentOfCursor(delete.getCondition())).isEqualTo("C");
    }

    @Test
    void aColumnNamedCurrentIsStillAColumnInMySql() {
        SqlDelete delete = (SqlDelete) MySqlDmlText.read("DELETE FROM t WHERE current = 1");
        assertThat(delete.getCondition()).hasToString("`current` = 1");
    }

    @Test
    void mySqlTakesAConditionAsAValueToAssign() {
        SqlUpdate update = (SqlUpdate) MySqlDmlText.read("UPDATE t SET flag = a > b AND c IS NULL");
        assertThat(update.getSourceExpressionList()).hasToString("`a` > `b` AND `c` IS NULL");
    }

    @Test
    void mergeHoldsEachBranchWithItsConditions() {
        ConditionalMerge merge = (ConditionalMerge) OracleDmlText.read("""
                MERGE INTO t x USING u y ON (x.k = y.k)
                WHEN MATCHED THEN UPDATE SET x.a = y.a WHERE y.a > 0 DELETE WHERE x.a = 0
                WHEN NOT MATCHED THEN INSERT (k, a) VALUES (y.k, y.a) WHERE y.a IS NOT NULL""");
        assertThat(merge.getAlias()).hasToString("X");
        assertThat(merge.getCondition()).hasToString("`X`.`K` = `Y`.`K`");
        assertThat(merge.getSourceTableRef()).hasToString("`U` AS `Y`");
        assertThat(merge.getUpdateCall().getTargetColumnList()).hasToString("`A`");
        assertThat(merge.getUpdateCall().getCondition()).hasToString("`Y`.`A` > 0");
        assertThat(merge.deleteCondition()).hasToString("`X`.`A` = 0");
        assertThat(merge.getInsertCall().getTargetColumnList()).hasToString("`K`, `A`");
        assertThat(merge.insertCondition()).hasToString("`Y`.`A` IS NOT NULL");
    }

    @Test
    void aMergeWithOneBranchHasNoOther() {
        ConditionalMerge merge = (ConditionalMerge) OracleDmlText.read(
                "MERGE INTO t USING (SELECT 1 k FROM dual) s ON (t.k = s.k) WHEN NOT MATCHED THEN INSERT (k) VALUES (s.k)");
        assertThat(merge.getUpdateCall()).isNull();
        assertThat(merge.deleteCondition()).isNull();
        assertThat(merge.getInsertCall()).isNotNull();
    }

    @Test
    void oracleFunctionsStayAsWrittenForTheConversionRules() {
        SqlUpdate update = (SqlUpdate) OracleDmlText.read("UPDATE t SET d = SYSDATE, n = NVL(n, 0)");
        assertThat(update.getSourceExpressionList()).hasToString("`SYSDATE`, `NVL`(`N`, 0)");
    }
}
