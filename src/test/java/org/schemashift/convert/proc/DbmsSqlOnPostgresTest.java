package org.schemashift.convert.proc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * DBMS_SQL's run of a statement without result columns (PL/SQL Packages and Types Reference,
 * DBMS_SQL: OPEN_CURSOR, PARSE, BIND_VARIABLE, EXECUTE, CLOSE_CURSOR) is one EXECUTE ... USING: the
 * binds by name (a name written twice is one value), EXECUTE's result the rows processed, DDL run by
 * PARSE; a query read through DEFINE_COLUMN / COLUMN_VALUE stays reported.
 */
class DbmsSqlOnPostgresTest {

    @Test
    void aDmlStatementWithBindsRunsAndCountsItsRows() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE TABLE acct (id NUMBER, owner VARCHAR2(20), balance NUMBER);
                CREATE OR REPLACE FUNCTION raise_balance(p_owner VARCHAR2, p_by NUMBER) RETURN NUMBER IS
                  l_cursor INTEGER;
                  l_rows INTEGER;
                BEGIN
                  l_cursor := DBMS_SQL.OPEN_CURSOR;
                  l_rows := -1;
                  DBMS_SQL.PARSE(l_cursor, 'UPDATE acct SET balance = balance + :by WHERE owner = :who OR :by < 0', DBMS_SQL.NATIVE);
                  DBMS_SQL.BIND_VARIABLE(l_cursor, ':who', p_owner);
                  DBMS_SQL.BIND_VARIABLE(l_cursor, 'by', p_by);
                  l_rows := DBMS_SQL.EXECUTE(l_cursor);
                  DBMS_SQL.CLOSE_CURSOR(l_cursor);
                  RETURN l_rows;
                END;
                /
                CREATE OR REPLACE PROCEDURE make_log(p_name VARCHAR2) IS
                  c NUMBER;
                BEGIN
                  c := DBMS_SQL.OPEN_CURSOR;
                  DBMS_SQL.PARSE(c, 'CREATE TABLE ' || p_name || ' (msg VARCHAR(100))', DBMS_SQL.NATIVE);
                  DBMS_SQL.CLOSE_CURSOR(c);
                END;
                /
                """).apply()) {
            db.run("INSERT INTO acct VALUES (1, 'ann', 10), (2, 'bob', 20), (3, 'ann', 30)");
            assertThat(db.one("SELECT raise_balance('ann', 5)")).isEqualTo("2");
            assertThat(db.one("SELECT string_agg(balance::text, ' ' ORDER BY id) FROM acct")).isEqualTo("15 20 35");
            assertThat(db.one("SELECT raise_balance('nobody', -1)")).isEqualTo("3");
            db.run("CALL make_log('audit_log')");
            assertThat(db.one("SELECT count(*) FROM audit_log")).isEqualTo("0");
            assertThat(db.itemsWith("SS-ORA-0354")).isEmpty();
        }
    }

    @Test
    void aQueryReadThroughDefineColumnStaysReported() throws Exception {
        try (OracleCodeOnPostgres db = new OracleCodeOnPostgres().ddl("""
                CREATE OR REPLACE FUNCTION first_value_of(p_sql VARCHAR2) RETURN NUMBER IS
                  c INTEGER;
                  n INTEGER;
                  v NUMBER;
                BEGIN
                  c := DBMS_SQL.OPEN_CURSOR;
                  DBMS_SQL.PARSE(c, p_sql, DBMS_SQL.NATIVE);
                  DBMS_SQL.DEFINE_COLUMN(c, 1, v);
                  n := DBMS_SQL.EXECUTE(c);
                  n := DBMS_SQL.FETCH_ROWS(c);
                  DBMS_SQL.COLUMN_VALUE(c, 1, v);
                  DBMS_SQL.CLOSE_CURSOR(c);
                  RETURN v;
                END;
                /
                """).apply()) {
            assertThat(db.itemsWith("SS-ORA-0354")).isNotEmpty();
        }
    }
}
