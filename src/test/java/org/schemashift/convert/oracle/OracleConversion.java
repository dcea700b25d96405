package org.schemashift.convert.oracle;

import org.schemashift.model.Disposition;
import org.schemashift.model.SchemaChange;
import org.schemashift.model.SourceStatement;
import org.schemashift.source.SourceFile;
import org.schemashift.source.oracle.OracleSourceDialect;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.ExpressionConverter;
import org.schemashift.convert.MappingRules;
import org.schemashift.convert.SourceRelations;
import org.schemashift.convert.TypeFamily;
import org.schemashift.convert.rules.oracle.OracleRules;
import org.schemashift.model.ActionItem;
import org.schemashift.model.Expr;
import org.schemashift.model.NameCase;
import org.schemashift.model.ObjectName;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.sql.HierarchicalQuery;
import org.schemashift.emit.postgresql.CompatFunctions;
import org.schemashift.emit.postgresql.PostgresqlExpressions;
import org.schemashift.emit.postgresql.PostgresqlIdentifiers;
import org.schemashift.testing.SharedPostgres;

/**
 * Test support: Oracle expressions and queries in, PostgreSQL text and the rows PostgreSQL returns
 * out. Inputs are read by SchemaShift's own Oracle grammar and builder, as the body of a view, so
 * these tests prove the whole path a view takes. HierarchicalQuery pieces can also be assembled by
 * {@link #hierarchical}. Fixture tables are the classic SCOTT schema (EMP, DEPT) with their Oracle
 * column types.
 */
final class OracleConversion {
    private static final MappingRules RULES = MappingRules.load("oracle", "postgresql", null);

    /** EMP and DEPT as Oracle declares them: NUMBER, VARCHAR2, DATE. */
    static SourceRelations scottCatalog() {
        SourceRelations relations = SourceRelations.empty();
        Map<String, TypeFamily> emp = new LinkedHashMap<>();
        emp.put("EMPNO", TypeFamily.NUMBER);
        emp.put("ENAME", TypeFamily.STRING);
        emp.put("JOB", TypeFamily.STRING);
        emp.put("MGR", TypeFamily.NUMBER);
        emp.put("HIREDATE", TypeFamily.DATETIME);
        emp.put("SAL", TypeFamily.NUMBER);
        emp.put("COMM", TypeFamily.NUMBER);
        emp.put("DEPTNO", TypeFamily.NUMBER);
        relations.add(ObjectName.of("EMP"), emp);
        Map<String, TypeFamily> dept = new LinkedHashMap<>();
        dept.put("DEPTNO", TypeFamily.NUMBER);
        dept.put("DNAME", TypeFamily.STRING);
        dept.put("LOC", TypeFamily.STRING);
        relations.add(ObjectName.of("DEPT"), dept);
        relations.add(ObjectName.of("NODES"), Map.of("ID", TypeFamily.NUMBER, "PARENT_ID", TypeFamily.NUMBER));
        return relations;
    }

    /** The same tables on PostgreSQL (DATE → timestamp(0), NUMBER(p) → integer/numeric), with SCOTT's rows. */
    static final String SCOTT_DDL = """
            CREATE TABLE dept (deptno integer PRIMARY KEY, dname varchar(14), loc varchar(13));
            CREATE TABLE emp (empno integer PRIMARY KEY, ename varchar(10), job varchar(9), mgr integer,
                              hiredate timestamp(0), sal numeric(7,2), comm numeric(7,2), deptno integer);
            CREATE SEQUENCE emp_seq START WITH 8000;
            INSERT INTO dept VALUES (10, 'ACCOUNTING', 'NEW YORK'), (20, 'RESEARCH', 'DALLAS'),
                                    (30, 'SALES', 'CHICAGO'), (40, 'OPERATIONS', 'BOSTON');
            INSERT INTO emp VALUES
              (7369, 'SMITH', 'CLERK', 7902, '1980-12-17', 800, NULL, 20),
              (7499, 'ALLEN', 'SALESMAN', 7698, '1981-02-20', 1600, 300, 30),
              (7521, 'WARD', 'SALESMAN', 7698, '1981-02-22', 1250, 500, 30),
              (7566, 'JONES', 'MANAGER', 7839, '1981-04-02', 2975, NULL, 20),
              (7654, 'MARTIN', 'SALESMAN', 7698, '1981-09-28', 1250, 1400, 30),
              (7698, 'BLAKE', 'MANAGER', 7839, '1981-05-01', 2850, NULL, 30),
              (7782, 'CLARK', 'MANAGER', 7839, '1981-06-09', 2450, NULL, 10),
              (7788, 'SCOTT', 'ANALYST', 7566, '1987-04-19', 3000, NULL, 20),
              (7839, 'KING', 'PRESIDENT', NULL, '1981-11-17', 5000, NULL, 10),
              (7844, 'TURNER', 'SALESMAN', 7698, '1981-09-08', 1500, 0, 30),
              (7876, 'ADAMS', 'CLERK', 7788, '1987-05-23', 1100, NULL, 20),
              (7900, 'JAMES', 'CLERK', 7698, '1981-12-03', 950, NULL, 30),
              (7902, 'FORD', 'ANALYST', 7566, '1981-12-03', 3000, NULL, 20),
              (7934, 'MILLER', 'CLERK', 7782, '1982-01-23', 1300, NULL, 10);
            """;

    private final Connection db;
    private final SourceRelations relations;

    OracleConversion(Connection db) {
        this.db = db;
        this.relations = scottCatalog();
    }

    /** A database with the SCOTT tables. */
    static Connection scottDatabase(String prefix) throws SQLException {
        Connection db = SharedPostgres.freshDatabase(prefix);
        SharedPostgres.runScript(db, SCOTT_DDL);
        return db;
    }

    /**
     * Parses Oracle SQL with SchemaShift's Oracle grammar and builder, the way a view's query is read:
     * a query as the body of a CREATE VIEW, an expression as the only item of SELECT ... FROM DUAL.
     */
    static SqlNode parse(String oracle) {
        String trimmed = oracle.strip();
        boolean query = trimmed.regionMatches(true, 0, "SELECT", 0, 6) || trimmed.regionMatches(true, 0, "WITH", 0, 4)
                || trimmed.startsWith("(");
        if (query) return viewQuery(trimmed, true);
        // Oracle allows a condition only where a condition goes: try it as a value, then as a WHERE clause
        SqlNode value = viewQuery("SELECT " + trimmed + " FROM DUAL", false);
        if (value != null) return ((SqlSelect) value).getSelectList().get(0);
        return ((SqlSelect) viewQuery("SELECT 1 FROM DUAL WHERE " + trimmed, true)).getWhere();
    }

    /** The query of CREATE VIEW ... AS {@code query} as the Oracle builder builds it; null (or a failure) when it does not parse. */
    private static SqlNode viewQuery(String query, boolean mustParse) {
        String ddl = "CREATE VIEW TEST_INPUT AS " + query + ";\n";
        SourceStatement statement = new OracleSourceDialect().read(new SourceFile("test.sql", ddl)).get(0);
        if (statement.disposition() == Disposition.PARSED) {
            return ((SchemaChange.CreateView) statement.changes().get(0)).view().query().node();
        }
        if (mustParse) throw new IllegalArgumentException("test input does not parse: " + ddl + " " + statement.actionItems());
        return null;
    }

    /** {@code select START WITH startWith CONNECT BY [NOCYCLE] connectBy}, as the Oracle builder builds it. */
    static SqlNode hierarchical(String select, String startWith, String connectBy, boolean noCycle) {
        SqlNode query = parse(select);
        if (query instanceof SqlOrderBy orderBy) {
            // ORDER BY stays around the hierarchical query, as the Oracle builder writes it
            return new SqlOrderBy(SqlParserPos.ZERO, hierarchical((SqlSelect) orderBy.query, startWith, connectBy, noCycle),
                    orderBy.orderList, orderBy.offset, orderBy.fetch);
        }
        return hierarchical((SqlSelect) query, startWith, connectBy, noCycle);
    }

    private static SqlNode hierarchical(SqlSelect select, String startWith, String connectBy, boolean noCycle) {
        return new HierarchicalQuery(SqlParserPos.ZERO, select, startWith == null ? null : parse(startWith), parse(connectBy), noCycle);
    }

    Result convert(String oracle) {
        return convert(parse(oracle), oracle);
    }

    Result convert(SqlNode node, String sourceText) {
        ActionItems items = new ActionItems();
        ExpressionConverter converter = new ExpressionConverter(RULES.functions(), OracleRules.all(), items, relations);
        Expr converted = converter.convert(new Expr(node, sourceText), SourceSpan.UNKNOWN, "test");
        PostgresqlExpressions writer = new PostgresqlExpressions(new PostgresqlIdentifiers(NameCase.UPPER_CANONICAL));
        String sql = converted.node() == null ? null : writer.write(converted.node());
        return new Result(sql, items.all(), writer.helpersUsed().isEmpty() ? "" : CompatFunctions.script(writer.helpersUsed()));
    }

    /** What a conversion produced: the PostgreSQL text (null when unconvertible) and the action items. */
    final class Result {
        final String sql;
        final List<ActionItem> items;
        private final String helpers;

        Result(String sql, List<ActionItem> items, String helpers) {
            this.sql = sql;
            this.items = items;
            this.helpers = helpers;
        }

        Result writes(String expected) {
            assertThat(sql).as("PostgreSQL text").isEqualTo(expected);
            return this;
        }

        /** The expression's value on PostgreSQL, as text (null for SQL NULL). */
        String value() throws SQLException {
            List<List<String>> rows = run("SELECT " + sql);
            return rows.get(0).get(0);
        }

        Result gives(String expected) throws SQLException {
            assertThat(value()).as("value of %s on PostgreSQL", sql).isEqualTo(expected);
            return this;
        }

        /** The query's rows on PostgreSQL, each as its column values joined by '|' (NULL as "null"). */
        List<String> rows() throws SQLException {
            return run(sql).stream().map(r -> String.join("|", r.stream().map(String::valueOf).toList())).toList();
        }

        Result unconvertible(String construct) {
            assertThat(sql).as("converted text").isNull();
            assertThat(items).anySatisfy(i -> assertThat(i.message()).contains(construct));
            return this;
        }

        private List<List<String>> run(String query) throws SQLException {
            assertThat(sql).as("converted text (action items: %s)", items).isNotNull();
            try (Statement s = db.createStatement()) {
                if (!helpers.isEmpty()) s.execute(helpers);
                try (ResultSet rs = s.executeQuery(query)) {
                    List<List<String>> rows = new ArrayList<>();
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                        rows.add(row);
                    }
                    return rows;
                }
            }
        }
    }
}
