package org.schemashift.source.oracle;

import static org.schemashift.model.Severity.*;

import org.schemashift.model.ActionCode;

/** Action items about facts of Oracle as a source (SS-ORA-…): raised by the Oracle reader and the Oracle rules. Codes are stable: never renumber, only add. */
public enum OracleCode implements ActionCode {
    SUBSTITUTION_VARIABLE(new Entry("SS-ORA-0201", HIGH, 0.25, "SQL*Plus substitution variable has no value",
            "Pass the value with convert --define NAME=VALUE (or a DEFINE line in the script) and convert again.",
            "SQL*Plus replaces &NAME and &&NAME before it runs a statement; without a value the statement text is unknown, so it is not converted.",
            "CREATE TABLE &owner..t (id NUMBER);",
            "-- [SS-ORA-0201] undefined: &owner")),
    INCLUDE_NOT_IN_INPUT(new Entry("SS-ORA-0202", MEDIUM, 0.5, "Script included with @ / @@ is not among the inputs",
            "Add the included script to the convert inputs so its statements are read in place.",
            "SQL*Plus runs the included script at that point; SchemaShift reads it there when it is one of the inputs.",
            "@@tables.sql",
            "-- [SS-ORA-0202] script tables.sql is not among the inputs")),
    PHYSICAL_ATTRIBUTES(new Entry("SS-ORA-0203", INFO, 0, "Oracle storage attributes are not converted",
            "No action needed: tablespaces, storage, logging, compression and parallel settings have no meaning in the target.",
            "Physical attributes describe Oracle segments and extents; PostgreSQL and MySQL manage storage themselves.",
            "CREATE TABLE t (id NUMBER) TABLESPACE users PCTFREE 10 NOLOGGING;",
            "CREATE TABLE t (id numeric);")),
    PARTITIONING(new Entry("SS-ORA-0204", MEDIUM, 4, "Oracle partitioning method has no portable form; the table is read unpartitioned",
            "Recreate the partitioning by hand in the target; its primary key must include the partition key.",
            "RANGE, LIST and HASH partitioning on columns are read (the target then says whether it can express them, SS-GEN-0015); "
                    + "INTERVAL, REFERENCE, SYSTEM partitioning and subpartitions are Oracle-only methods, so the reader leaves them out.",
            "PARTITION BY RANGE (d) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH')) (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01'))",
            "CREATE TABLE t (...);  -- unpartitioned")),
    GLOBAL_TEMPORARY(new Entry("SS-ORA-0205", LOW, 1, "GLOBAL TEMPORARY table becomes an ordinary (unlogged) table",
            "PostgreSQL temporary tables exist per session and are created by the session: create it there with CREATE TEMP TABLE ... ON COMMIT, or keep this unlogged table and delete rows yourself.",
            "An Oracle global temporary table is a permanent definition whose rows are private to a session; PostgreSQL and MySQL have no such object (their temporary tables are created per session).",
            "CREATE GLOBAL TEMPORARY TABLE gtt (id NUMBER) ON COMMIT DELETE ROWS;",
            "CREATE UNLOGGED TABLE gtt (id numeric);")),
    EXTERNAL_TABLE(new Entry("SS-ORA-0206", HIGH, 4, "ORGANIZATION EXTERNAL table not converted",
            "Load the file with COPY or use file_fdw; the table is created as an ordinary table with its columns.",
            "An external table reads a file through an Oracle access driver; PostgreSQL needs file_fdw or a COPY, MySQL LOAD DATA.",
            "CREATE TABLE ext (id NUMBER) ORGANIZATION EXTERNAL (TYPE oracle_loader ...);",
            "CREATE TABLE ext (id numeric);")),
    DISABLED_CONSTRAINT(new Entry("SS-ORA-0207", LOW, 0.5, "Constraint is DISABLED in the source and is not created",
            "Clean the data, then add the constraint by hand (NOT VALID first if needed).",
            "A disabled constraint promises nothing about the data, so creating it could make the data load fail.",
            "CONSTRAINT amount_ck CHECK (amount >= 0) DISABLE",
            "-- constraint not created")),
    DEFAULT_ON_NULL(new Entry("SS-ORA-0208", LOW, 0.5, "DEFAULT ON NULL becomes DEFAULT plus NOT NULL",
            "An INSERT of an explicit NULL now fails instead of taking the default; use a BEFORE INSERT trigger if code relies on it.",
            "Oracle replaces an explicitly inserted NULL by the default; PostgreSQL and MySQL use a default only when the column is omitted.",
            "created DATE DEFAULT ON NULL SYSDATE",
            "created timestamp(0) NOT NULL DEFAULT ...")),
    DBLINK(new Entry("SS-ORA-0209", HIGH, 2, "Object over a database link",
            "Use postgres_fdw (a foreign table or server) for the remote object and adjust the name.",
            "A database link reaches another Oracle database; PostgreSQL reaches remote data through foreign data wrappers, MySQL through FEDERATED tables.",
            "CREATE SYNONYM emp FOR hr.employees@remote;",
            "-- synonym not created")),
    MVIEW_REFRESH(new Entry("SS-ORA-0211", LOW, 1, "Materialized view refresh options are not converted",
            "PostgreSQL refreshes only on demand: schedule REFRESH MATERIALIZED VIEW (pg_cron or a job) to match the source refresh.",
            "Oracle can refresh a materialized view on commit, fast (incrementally) or on a schedule; PostgreSQL recomputes it when told to.",
            "CREATE MATERIALIZED VIEW mv REFRESH FAST ON COMMIT AS SELECT ...;",
            "CREATE MATERIALIZED VIEW mv AS SELECT ...;")),
    TYPE_SEMANTICS(new Entry("SS-ORA-0212", LOW, 1, "User-defined type converted with different semantics",
            "Object types become composite types (methods are not converted), VARRAY and nested tables become arrays without size limits; check code using them.",
            "PostgreSQL composite types have no methods or inheritance, and arrays have no declared maximum size; MySQL has no user types.",
            "CREATE TYPE phones AS VARRAY(5) OF VARCHAR2(20);",
            "CREATE DOMAIN phones AS varchar(20)[];")),
    HINT_DROPPED(new Entry("SS-ORA-0214", INFO, 0, "Optimizer hint dropped",
            "No action needed unless the plan matters; rewrite the hint for the target if it is needed (MySQL optimizer hints, PostgreSQL pg_hint_plan).",
            "Oracle hints are comments that steer the optimizer; the target would ignore or misread them, so they are dropped.",
            "SELECT /*+ FULL(t) */ a FROM t",
            "SELECT a FROM t")),
    INDEX_KIND(new Entry("SS-ORA-0215", INFO, 0.25, "BITMAP or REVERSE index becomes a B-tree index",
            "Check the plans of queries that used the index; a BRIN or GIN index may suit some cases.",
            "PostgreSQL and MySQL have no persistent bitmap or reverse-key indexes.",
            "CREATE BITMAP INDEX t_status_bx ON t (status);",
            "CREATE INDEX t_status_bx ON t (status);")),
    PLSQL(new Entry("SS-ORA-0216", MEDIUM, 4, "PL/SQL is not converted yet",
            "Convert the PL/SQL unit to PL/pgSQL by hand until SchemaShift converts PL/SQL.",
            "Procedures, functions, packages, triggers, type bodies and anonymous blocks are reported with their lines and kept commented out.",
            "CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;\n/",
            "-- [SS-ORA-0216] CREATE OR REPLACE PROCEDURE P (lines 1-2)")),
    ANONYMOUS_BLOCK(new Entry("SS-ORA-0217", MEDIUM, 1, "Anonymous PL/SQL block: only the DDL in its EXECUTE IMMEDIATE strings was read",
            "Check the block's conditions and other statements; the DDL it runs as string literals is converted as if run once.",
            "Install scripts often create objects from PL/SQL blocks; the DDL in EXECUTE IMMEDIATE literals is read, the surrounding logic is not.",
            "begin if l_count = 0 then execute immediate 'create table t (id number)'; end if; end;\n/",
            "CREATE TABLE t (id numeric);")),
    UNTYPED_VIRTUAL_COLUMN(new Entry("SS-ORA-0218", LOW, 0.25, "Virtual column without a declared type",
            "The column is typed from the mapping for an undeclared type; declare the type it should have.",
            "Oracle derives a virtual column's type from its expression; the converted column needs a declared type.",
            "total AS (amount * 2) VIRTUAL",
            "total text GENERATED ALWAYS AS (amount * 2) STORED")),
    SPECIAL_TYPE(new Entry("SS-ORA-0219", MEDIUM, 1, "Oracle type with no direct equivalent in the target",
            "Check the chosen type (see docs/oracle-to-postgresql.md) and the code that reads the column.",
            "BFILE points at a file outside the database and ROWID / UROWID at a physical row address: both are kept as text.",
            "doc BFILE",
            "doc text")),
    SPATIAL_TYPE(new Entry("SS-ORA-0220", HIGH, 2, "SDO_GEOMETRY data must be converted to WKB",
            "Copy the data as WKB: SDO_UTIL.TO_WKBGEOMETRY in Oracle, ST_GeomFromWKB in the target; set the SRID.",
            "Oracle Spatial stores an object type, not the well-known binary (WKB) that PostGIS and MySQL geometries "
                    + "hold; the column becomes the target's spatial type (or bytea without PostGIS), its data must be converted.",
            "shape MDSYS.SDO_GEOMETRY",
            "shape geometry  -- MySQL; bytea on PostgreSQL without PostGIS")),
    ROWNUM_BEFORE_ORDER_BY(new Entry("SS-ORA-0302", LOW, 0.5, "ROWNUM filter and ORDER BY in the same query block",
            "Check that the query meant the first n rows in that order; that is what the target now returns.",
            "Oracle numbers rows before sorting, so it returned n arbitrary rows, sorted; the converted query sorts, then keeps n.",
            "SELECT ename FROM emp WHERE ROWNUM <= 2 ORDER BY ename",
            "SELECT ename FROM emp ORDER BY ename LIMIT 2")),
    NLS_DEPENDENT(new Entry("SS-ORA-0303", LOW, 0.5, "Conversion depends on Oracle NLS session settings",
            "Give an explicit format model if the text of the value matters.",
            "Without a format model Oracle formats or reads dates by the session's NLS_DATE_FORMAT; its default, DD-MON-RR, was assumed.",
            "TO_CHAR(hiredate)",
            "to_char(hiredate, 'DD-MON-YY')")),
    HIERARCHICAL_QUERY(new Entry("SS-ORA-0304", INFO, 0.25, "CONNECT BY rewritten as a recursive query",
            "Check queries that rely on Oracle's sibling order or ORDER SIBLINGS BY.",
            "START WITH / CONNECT BY becomes WITH RECURSIVE; rows come depth first, siblings ordered by their key, and cycles are cut.",
            "SELECT ename, LEVEL FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr",
            "WITH RECURSIVE emp_hierarchy AS (...) SELECT ename, emp.hier_level FROM emp_hierarchy AS emp ORDER BY emp.hier_keys")),
    TYPE_COMPARISON_METHOD(new Entry("SS-ORA-0370", MEDIUM, 1, "Object type compared through a MAP or ORDER method",
            "Compare through the converted function explicitly (ORDER BY t_map(obj), t_order(a, b) < 0), or create comparison "
                    + "operators and an operator class that call it.",
            "Oracle compares objects of the type (=, <, ORDER BY, DISTINCT, GROUP BY) by calling its MAP or ORDER member function; "
                    + "the method becomes an ordinary function, and PostgreSQL compares composite values attribute by attribute.",
            "CREATE TYPE money_t AS OBJECT (amount NUMBER, currency VARCHAR2(3), MAP MEMBER FUNCTION in_euro RETURN NUMBER);",
            "CREATE TYPE money_t AS (amount numeric, currency varchar(3));  -- money_t_in_euro(self money_t) is a function")),
    PACKAGE_STATE_IN_SETTINGS(new Entry("SS-ORA-0380", LOW, 0.5, "Package variables are kept in session settings",
            "Check the code that rolls back after changing package variables: the change is undone with the transaction.",
            "Oracle package variables live for the session and survive ROLLBACK. The converted package keeps each variable in a "
                    + "session setting read and written through a getter function and a setter procedure in the package's schema; "
                    + "a setting changed in a transaction that rolls back returns to its earlier value.",
            "CREATE PACKAGE counter AS n NUMBER := 0; END;",
            "CREATE FUNCTION counter.n__get() ...; CREATE PROCEDURE counter.n__set(value numeric) ...;")),
    NESTED_SUBPROGRAM_SHARES_VARIABLES(new Entry("SS-ORA-0381", MEDIUM, 1, "Nested subprogram uses its enclosing routine's variables",
            "Pass the variables the nested routine reads or changes as parameters (IN OUT for changes) and update its calls.",
            "A subprogram declared inside a routine becomes a routine of its own (OUTER__INNER); it can no longer see the "
                    + "enclosing routine's variables and parameters, which it uses here.",
            "PROCEDURE outer IS total NUMBER; PROCEDURE add(n NUMBER) IS BEGIN total := total + n; END; BEGIN ... END;",
            "CREATE PROCEDURE outer__add(n numeric) ...  -- total is not visible here")),
    PACKAGE_STATE_NOT_REWRITTEN(new Entry("SS-ORA-0382", MEDIUM, 1, "Package variable used in a way that is not rewritten",
            "Read the variable into a local variable, change that, and write it back with the variable's setter.",
            "Package variables become a getter and a setter; a whole variable, one element or one field is changed through a "
                    + "local copy, but a deeper change (an element of a field, a field read of a record variable) has no rewrite, and "
                    + "is left as written.",
            "pkg.orders(3).total := 0;",
            "pkg.orders(3).total := 0;  -- rewrite with pkg.orders__get() and CALL pkg.orders__set(...)"));

    private final Entry entry;

    OracleCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
