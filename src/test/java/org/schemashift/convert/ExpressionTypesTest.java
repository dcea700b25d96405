package org.schemashift.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.junit.jupiter.api.Test;
import org.schemashift.model.ObjectName;

/** The column-type resolver: FROM-clause names, aliases, derived tables, WITH items and function results. */
class ExpressionTypesTest {
    private static final SqlParser.Config ORACLE_LIKE = SqlParser.config().withUnquotedCasing(Casing.TO_UPPER)
            .withConformance(SqlConformanceEnum.ORACLE_12);

    private static ExpressionTypes typed(String query) throws Exception {
        SourceRelations relations = SourceRelations.empty();
        Map<String, TypeFamily> emp = new LinkedHashMap<>();
        emp.put("EMPNO", TypeFamily.NUMBER);
        emp.put("ENAME", TypeFamily.STRING);
        emp.put("HIREDATE", TypeFamily.DATETIME);
        relations.add(ObjectName.of("EMP"), emp);
        FunctionRules functions = MappingRules.load("oracle", "postgresql", null).functions();
        ExpressionTypes types = new ExpressionTypes(relations, functions);
        types.annotate(SqlParser.create(query, ORACLE_LIKE).parseQuery(), ExpressionTypes.Scope.of(null));
        return types;
    }

    private static List<TypeFamily> selectListTypes(ExpressionTypes types, String query) throws Exception {
        SqlSelect select = (SqlSelect) SqlParser.create(query, ORACLE_LIKE).parseQuery();
        types.annotate(select, ExpressionTypes.Scope.of(null));
        return select.getSelectList().stream().map(n -> n instanceof SqlCall c && c.getKind() == org.apache.calcite.sql.SqlKind.AS
                ? types.typeOf(c.operand(0)) : types.typeOf(n)).toList();
    }

    @Test
    void columnsThroughTablesAliasesAndDerivedTables() throws Exception {
        ExpressionTypes types = typed("SELECT 1 FROM DUAL");
        assertThat(selectListTypes(types, "SELECT E.HIREDATE, ENAME, X.D FROM EMP E, (SELECT HIREDATE + 1 AS D FROM EMP) X"))
                .containsExactly(TypeFamily.DATETIME, TypeFamily.STRING, TypeFamily.DATETIME);
    }

    @Test
    void oracleDateArithmeticAndFunctionResults() throws Exception {
        ExpressionTypes types = typed("SELECT 1 FROM DUAL");
        assertThat(selectListTypes(types, "SELECT HIREDATE - HIREDATE, HIREDATE - 1, SYSDATE, ADD_MONTHS(HIREDATE, 1), "
                + "TRUNC(HIREDATE), TRUNC(EMPNO), NVL(HIREDATE, SYSDATE), TO_CHAR(EMPNO), CAST(ENAME AS DATE) FROM EMP"))
                .containsExactly(TypeFamily.NUMBER, TypeFamily.DATETIME, TypeFamily.DATETIME, TypeFamily.DATETIME,
                        TypeFamily.DATETIME, TypeFamily.NUMBER, TypeFamily.DATETIME, TypeFamily.STRING, TypeFamily.DATETIME);
    }

    @Test
    void withItemsAreRelationsAndColumnsKnowTheirOwner() throws Exception {
        String query = "WITH H AS (SELECT HIREDATE AS HIRED FROM EMP) SELECT HIRED FROM H";
        SqlNode node = SqlParser.create(query, ORACLE_LIKE).parseQuery();
        FunctionRules functions = MappingRules.load("oracle", "postgresql", null).functions();
        SourceRelations relations = SourceRelations.empty();
        relations.add(ObjectName.of("EMP"), Map.of("HIREDATE", TypeFamily.DATETIME));
        ExpressionTypes types = new ExpressionTypes(relations, functions);
        types.annotate(node, ExpressionTypes.Scope.of(null));
        SqlIdentifier hired = (SqlIdentifier) ((SqlSelect) ((org.apache.calcite.sql.SqlWith) node).body).getSelectList().get(0);
        assertThat(types.typeOf(hired)).isEqualTo(TypeFamily.DATETIME);
        assertThat(types.ownerOf(hired)).isEqualTo("H");
        // the WITH item is local to its query: another expression does not see a table H
        SqlSelect later = (SqlSelect) SqlParser.create("SELECT HIRED FROM H", ORACLE_LIKE).parseQuery();
        types.annotate(later, ExpressionTypes.Scope.of(null));
        assertThat(types.typeOf(later.getSelectList().get(0))).isEqualTo(TypeFamily.UNKNOWN);
    }

    @Test
    void unknownColumnsAreUnknownNotGuessed() throws Exception {
        ExpressionTypes types = typed("SELECT 1 FROM DUAL");
        assertThat(selectListTypes(types, "SELECT NOPE, E.NOPE FROM EMP E")).containsExactly(TypeFamily.UNKNOWN, TypeFamily.UNKNOWN);
    }
}
