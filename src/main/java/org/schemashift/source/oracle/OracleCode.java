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
    DEFAULT_ON_NULL(new Entry("SS-ORA-0208", INFO, 0, "DEFAULT ON NULL kept: NOT NULL, the default, and a trigger for explicit NULLs",
            "No action needed; a BEFORE INSERT trigger gives an explicitly inserted NULL the default, as Oracle does (and a "
                    + "BEFORE UPDATE one a NULL an UPDATE sets, for DEFAULT ON NULL FOR INSERT AND UPDATE).",
            "Oracle replaces an explicitly inserted NULL by the default (with FOR INSERT AND UPDATE, an updated one too); "
                    + "PostgreSQL and MySQL use a default only when the column is omitted, so a BEFORE INSERT (and UPDATE) trigger sets "
                    + "the NULL column to the default.",
            "created DATE DEFAULT ON NULL SYSDATE",
            "created timestamp(0) NOT NULL DEFAULT ... plus trigger <table>_default_on_null")),
    IDENTITY_DEFAULT_ON_NULL(new Entry("SS-ORA-0230", INFO, 0, "Identity BY DEFAULT ON NULL kept: BY DEFAULT, and a NULL takes the next value",
            "No action needed; on PostgreSQL a BEFORE INSERT trigger gives an inserted NULL the identity's next value, on MySQL "
                    + "AUTO_INCREMENT does.",
            "Oracle generates a value when NULL is inserted into a BY DEFAULT ON NULL identity; a PostgreSQL identity generates one "
                    + "only when the column is omitted, so the trigger <table>_default_on_null calls nextval for a NULL.",
            "id NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY",
            "id bigint GENERATED BY DEFAULT AS IDENTITY plus trigger <table>_default_on_null")),
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
    SUPPLIED_PACKAGE_NOT_CONVERTED(new Entry("SS-ORA-0350", MEDIUM, 1, "Oracle supplied package call has no equivalent in the target",
            "Rewrite the call with the target's facilities (the message says which, when there is one), or drop it if the code does not need it.",
            "Oracle's DBMS_* and UTL_* packages are part of the Oracle server; the target has no package of that name, and no rule "
                    + "maps this member. The statement or expression calling it is kept commented out where it stood.",
            "v := DBMS_LOB.ISTEMPORARY(doc);",
            "-- [SS-ORA-0350] DBMS_LOB.ISTEMPORARY has no equivalent\n-- v := DBMS_LOB.ISTEMPORARY(doc);")),
    JOB_SCHEDULING(new Entry("SS-ORA-0351", MEDIUM, 2, "Job scheduling with DBMS_SCHEDULER or DBMS_JOB",
            "Schedule the work outside the routine: the pg_cron extension (cron.schedule) on PostgreSQL, an EVENT on MySQL, or the operating system's scheduler.",
            "DBMS_SCHEDULER and DBMS_JOB create and run jobs inside the Oracle server; PostgreSQL has no scheduler of its own "
                    + "(pg_cron is an extension), so the call is not converted.",
            "DBMS_SCHEDULER.CREATE_JOB(job_name => 'PURGE', job_type => 'STORED_PROCEDURE', job_action => 'logger.purge', ...);",
            "SELECT cron.schedule('purge', '0 3 * * *', 'CALL logger.purge()');  -- by hand, with pg_cron")),
    EXTERNAL_IO_PACKAGE(new Entry("SS-ORA-0352", HIGH, 4, "File, network or mail access through an Oracle package",
            "Move the I/O out of the database (the application or a job), or use an extension (adminpack or COPY for files, "
                    + "an HTTP or mail extension) where your PostgreSQL installation allows one.",
            "UTL_FILE, UTL_HTTP, UTL_SMTP, UTL_MAIL and UTL_TCP reach files and the network from the Oracle server; PostgreSQL "
                    + "functions cannot without extensions, so the call is not converted.",
            "UTL_FILE.PUT_LINE(f, line);",
            "-- [SS-ORA-0352] UTL_FILE.PUT_LINE: ...\n-- UTL_FILE.PUT_LINE(f, line);")),
    WEB_TOOLKIT(new Entry("SS-ORA-0353", HIGH, 4, "Oracle web toolkit or APEX call (OWA, HTP, HTF, APEX_*)",
            "Generate the page or response in the application tier; the database code should return data only.",
            "The PL/SQL web toolkit and APEX's packages write HTTP responses through Oracle's gateway; a PostgreSQL server has no "
                    + "such gateway, so the call is not converted.",
            "HTP.P('<p>' || v_name || '</p>');",
            "-- [SS-ORA-0353] HTP.P: ...\n-- HTP.P('<p>' || v_name || '</p>');")),
    DBMS_SQL(new Entry("SS-ORA-0354", MEDIUM, 2, "Dynamic SQL through DBMS_SQL",
            "Rewrite with EXECUTE ... USING ... INTO (PL/pgSQL) or a cursor over EXECUTE (OPEN c FOR EXECUTE); DBMS_SQL's "
                    + "cursor numbers, DEFINE_COLUMN and COLUMN_VALUE have no counterpart.",
            "DBMS_SQL parses and runs statements through numbered cursors; PL/pgSQL runs dynamic SQL with EXECUTE, a different "
                    + "model, so the call is not converted.",
            "c := DBMS_SQL.OPEN_CURSOR; DBMS_SQL.PARSE(c, stmt, DBMS_SQL.NATIVE);",
            "EXECUTE stmt;  -- by hand")),
    BUILTIN_CALL_WITHOUT_EFFECT(new Entry("SS-ORA-0355", INFO, 0, "Built-in procedure call dropped: it has no effect in the target",
            "No action needed.",
            "The call only prepares Oracle's own machinery (enabling DBMS_OUTPUT's buffer, opening a LOB locator, releasing "
                    + "DBMS_RANDOM's state), which the target does not have or need; it is written as a NULL statement.",
            "DBMS_OUTPUT.ENABLE(1000000);",
            "NULL;  -- DBMS_OUTPUT.ENABLE: no effect in PostgreSQL")),
    SESSION_ATTRIBUTE_NOT_KEPT(new Entry("SS-ORA-0356", LOW, 0.25, "Session attribute set by a built-in is not kept in the target",
            "If monitoring or auditing reads the attribute, set a custom setting instead (set_config('app.action', v, false)) and read it with current_setting.",
            "The call sets an Oracle session attribute (module action, client info, client identifier, the random seed) that "
                    + "the target has no counterpart for; it is written as a NULL statement.",
            "DBMS_APPLICATION_INFO.SET_ACTION('load');",
            "NULL;  -- DBMS_APPLICATION_INFO.SET_ACTION: not kept")),
    SYS_GUID_AS_UUID(new Entry("SS-ORA-0357", LOW, 0.25, "SYS_GUID becomes a random UUID",
            "Store the value in a uuid column (or convert it with decode(replace(x::text, '-', ''), 'hex') where a RAW(16) became bytea).",
            "SYS_GUID returns RAW(16); the target's random UUID has the same 16 bytes of uniqueness but is a uuid (PostgreSQL) "
                    + "or its 36-character text (MySQL), so code comparing it with RAW values or formatting it with RAWTOHEX must be checked.",
            "id RAW(16) DEFAULT SYS_GUID()",
            "gen_random_uuid()")),
    ERROR_STACK_DIFFERS(new Entry("SS-ORA-0358", LOW, 0.25, "Error stack becomes the handled error's message",
            "Check code that parses the text: it is the message alone, without Oracle's ORA-nnnnn prefix and stack lines.",
            "DBMS_UTILITY.FORMAT_ERROR_STACK returns the error stack of the exception being handled; the target gives the "
                    + "handled error's message (SQLERRM).",
            "log_error(DBMS_UTILITY.FORMAT_ERROR_STACK);",
            "log_error(SQLERRM);")),
    ERROR_BACKTRACE_AS_CONTEXT(new Entry("SS-ORA-0462", INFO, 0.25, "Error backtrace becomes PostgreSQL's error context",
            "Check code that parses the text: it lists PL/pgSQL frames, not Oracle's ORA-06512 lines.",
            "DBMS_UTILITY.FORMAT_ERROR_BACKTRACE returns the lines the exception being handled passed through (ORA-06512: at "
                    + "\"OWNER.UNIT\", line n); PostgreSQL gives the same chain as the error's context, read with GET STACKED "
                    + "DIAGNOSTICS ... = PG_EXCEPTION_CONTEXT (PL/pgSQL function name(types) line n at statement), the lines "
                    + "those of the converted routines.",
            "log_error(DBMS_UTILITY.FORMAT_ERROR_BACKTRACE);",
            "GET STACKED DIAGNOSTICS ss_error_context = PG_EXCEPTION_CONTEXT; ... log_error(ss_error_context);")),
    TABLE_AS_SELECT(new Entry("SS-ORA-0464", LOW, 0.25, "CREATE TABLE ... AS SELECT: NOT NULL of the selected columns not copied",
            "Add NOT NULL to the columns that need it (ALTER TABLE t ALTER COLUMN c SET NOT NULL), and the keys and indexes "
                    + "the table should have.",
            "Oracle creates the table with the query's columns and rows, and gives a column selected as it is (not in an "
                    + "expression) the NOT NULL constraint it has in its table. PostgreSQL's CREATE TABLE AS creates every "
                    + "column nullable (MySQL's CREATE TABLE ... SELECT keeps NOT NULL); neither copies keys or indexes, as "
                    + "Oracle does not either.",
            "CREATE TABLE active_customers AS SELECT id, name FROM customers WHERE active = 'Y'",
            "CREATE TABLE active_customers AS SELECT id, name FROM customers WHERE active = 'Y';")),
    TABLE_AS_SELECT_DECLARATIONS(new Entry("SS-ORA-0465", MEDIUM, 0.5, "Constraints declared in CREATE TABLE ... AS SELECT not created",
            "Add them after the table with ALTER TABLE (primary key, unique, foreign key, check, NOT NULL, DEFAULT) and "
                    + "partition it by hand if it must be partitioned.",
            "The column list of a CREATE TABLE ... AS SELECT may declare constraints and defaults beside the names, and the "
                    + "statement may partition the table; the conversion writes CREATE TABLE ... AS with the names only.",
            "CREATE TABLE copy (id PRIMARY KEY, name) AS SELECT id, name FROM customers",
            "CREATE TABLE copy (id, name) AS SELECT id, name FROM customers;")),
    SUPPLIED_PACKAGE_TYPE(new Entry("SS-ORA-0463", HIGH, 2, "Type of a supplied package has no PostgreSQL equivalent",
            "Replace the variable with what the code does with it on PostgreSQL: an extension's type (http's http_request / "
                    + "http_response for UTL_HTTP), an array (text[] for DBMS_SQL.VARCHAR2_TABLE, OWA arrays) or a refcursor "
                    + "for a DBMS_SQL cursor, and rewrite the calls that use it.",
            "A type declared by one of Oracle's supplied packages (UTL_HTTP.REQ, OWA.VC_ARR, DBMS_SQL.VARCHAR2_TABLE, ...) "
                    + "exists only in Oracle. A variable's declaration is commented out (with the statements naming it); a "
                    + "routine with a parameter or result of such a type is written commented out, as no signature can name it.",
            "l_req UTL_HTTP.REQ;",
            "-- l_req UTL_HTTP.REQ  (commented out, reported)")),
    SESSION_CONTEXT_NOT_CONVERTED(new Entry("SS-ORA-0359", MEDIUM, 0.5, "SYS_CONTEXT or USERENV attribute has no equivalent",
            "Replace it with a custom setting (current_setting('app.name', true)) that the application sets, or a constant.",
            "Only USERENV's common attributes map (CURRENT_USER, SESSION_USER, CURRENT_SCHEMA, DB_NAME, SESSIONID, SID, "
                    + "IP_ADDRESS, MODULE); an application context (CREATE CONTEXT) or another attribute has no counterpart.",
            "SYS_CONTEXT('APP_CTX', 'TENANT')",
            "-- not converted: SYS_CONTEXT('APP_CTX', 'TENANT')")),
    VALIDATION_DIFFERS(new Entry("SS-ORA-0360", LOW, 0.25, "Built-in converted with a weaker check or different edge cases",
            "Check the edge case the message names; add an explicit check if the code relies on Oracle's error.",
            "The target's expression gives the same result for valid input, but handles invalid input differently (for example "
                    + "DBMS_ASSERT.SIMPLE_SQL_NAME gives NULL instead of raising ORA-44003, so the dynamic SQL using it fails instead).",
            "EXECUTE IMMEDIATE 'DROP TABLE ' || DBMS_ASSERT.SIMPLE_SQL_NAME(t);",
            "EXECUTE 'DROP TABLE ' || CASE WHEN regexp_like(t, '^...$') THEN t END;")),
    CALL_STACK_FORMAT(new Entry("SS-ORA-0361", LOW, 0.25, "Call stack text is the target's",
            "Check code that parses the text; code that only logs it needs nothing.",
            "DBMS_UTILITY.FORMAT_CALL_STACK returns Oracle's table of object handles, line numbers and names; the target "
                    + "gives its own description of the routines being executed (PostgreSQL: PG_CONTEXT, one line per routine, "
                    + "read by the helper oracle_compat.call_stack, which is the first line).",
            "l_stack := DBMS_UTILITY.FORMAT_CALL_STACK;",
            "l_stack := oracle_compat.call_stack();")),
    PLSQL_HINT(new Entry("SS-ORA-0310", INFO, 0, "PL/SQL performance hint not converted",
            "No action needed unless the routine's speed depends on it.",
            "RESULT_CACHE, PARALLEL_ENABLE, NOCOPY and PRAGMA INLINE / RESTRICT_REFERENCES / UDF tell Oracle's compiler how to run "
                    + "the code, not what it does; the target has no such hints.",
            "FUNCTION f (p IN OUT NOCOPY t_tab) RETURN NUMBER RESULT_CACHE",
            "-- [SS-ORA-0310] NOCOPY, RESULT_CACHE not converted")),
    ACCESSIBLE_BY(new Entry("SS-ORA-0311", INFO, 0.25, "ACCESSIBLE BY is not enforced in the target",
            "Restrict EXECUTE on the converted routines with GRANT / REVOKE if only some code may call them.",
            "ACCESSIBLE BY lists the only units that may call a routine or package; PostgreSQL and MySQL control calls by privileges only.",
            "PACKAGE helpers ACCESSIBLE BY (PACKAGE api) IS ...",
            "-- [SS-ORA-0311] ACCESSIBLE BY (PACKAGE api) not enforced")),
    SERIALLY_REUSABLE(new Entry("SS-ORA-0312", LOW, 0.5, "PRAGMA SERIALLY_REUSABLE package state",
            "Check code that reads the package's variables: they must start from their initial values on each call from the server.",
            "A serially reusable package's variables live for one server call only, not for the session.",
            "PACKAGE cache IS PRAGMA SERIALLY_REUSABLE; n NUMBER := 0; END;",
            "-- [SS-ORA-0312] PRAGMA SERIALLY_REUSABLE")),
    CONDITIONAL_COMPILATION(new Entry("SS-ORA-0313", INFO, 0.25, "Conditional compilation evaluated with default settings",
            "Check the chosen branches; the unit was read as Oracle 19c compiles it with no PLSQL_CCFLAGS set.",
            "$IF ... $THEN ... $END is resolved before the code is read: DBMS_DB_VERSION is 19.0, $$PLSQL_UNIT and $$PLSQL_LINE are the "
                    + "unit and line, any other $$flag and any other package constant is NULL, as Oracle takes an unset flag.",
            "$IF $$debug $THEN log(x); $END",
            "-- [SS-ORA-0313] $IF $$DEBUG at line 1: FALSE")),
    CONDITIONAL_ERROR(new Entry("SS-ORA-0314", HIGH, 0.5, "$ERROR directive reached by conditional compilation",
            "Oracle would not compile the unit with these settings: check the conditions or the intended settings.",
            "A $ERROR ... $END directive stops compilation with its message when the branch holding it is chosen.",
            "$IF DBMS_DB_VERSION.VER_LE_10 $THEN $ERROR 'unsupported' $END $END",
            "-- [SS-ORA-0314] $ERROR 'unsupported'")),
    EXTERNAL_ROUTINE(new Entry("SS-ORA-0315", HIGH, 4, "Routine implemented in Java or C (call specification)",
            "Rewrite the routine in the target's language, or call the external code another way.",
            "LANGUAGE JAVA / LANGUAGE C / EXTERNAL publish code that runs outside PL/SQL; only its signature is read.",
            "FUNCTION md5 (s VARCHAR2) RETURN VARCHAR2 AS LANGUAGE JAVA NAME 'Util.md5(java.lang.String) return java.lang.String';",
            "-- [SS-ORA-0315] MD5: LANGUAGE JAVA")),
    SYSTEM_TRIGGER(new Entry("SS-ORA-0316", HIGH, 2, "DDL or database event trigger not converted",
            "Use a PostgreSQL event trigger (DDL) or a login hook where one exists; MySQL has neither.",
            "Triggers ON SCHEMA / ON DATABASE fire for DDL, logon, startup and errors, which target triggers cannot watch.",
            "CREATE TRIGGER audit_ddl AFTER DDL ON SCHEMA BEGIN ... END;",
            "-- [SS-ORA-0316] AUDIT_DDL: AFTER DDL ON SCHEMA")),
    TRIGGER_OPTIONS(new Entry("SS-ORA-0317", LOW, 0.25, "Trigger option not kept: PRECEDES",
            "Order the triggers as needed (PostgreSQL fires them by name).",
            "PRECEDES orders a trigger before others; the converted trigger does not keep it.",
            "CREATE TRIGGER t BEFORE INSERT ON x PRECEDES other ...",
            "-- [SS-ORA-0317] PRECEDES OTHER not kept")),
    COMPOUND_TRIGGER_STATE(new Entry("SS-ORA-0318", MEDIUM, 2, "Compound trigger split into one trigger per timing point",
            "Check code that shares the compound trigger's variables between timing points: each trigger now has its own copy.",
            "A compound trigger's declarations live for one triggering statement and are shared by its timing points; separate "
                    + "triggers share nothing.",
            "CREATE TRIGGER t FOR UPDATE ON x COMPOUND TRIGGER n NUMBER := 0; AFTER EACH ROW IS ... AFTER STATEMENT IS ...",
            "CREATE TRIGGER t_after_each_row ...; CREATE TRIGGER t_after_statement ...;")),
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
            "pkg.orders(3).total := 0;  -- rewrite with pkg.orders__get() and CALL pkg.orders__set(...)")),
    OVERLOAD_RENAMED(new Entry("SS-ORA-0480", MEDIUM, 0.5, "Overloads PostgreSQL cannot tell apart: one is renamed",
            "Check the callers outside the converted code: they call the renamed overload by its new name; calls inside it are rewritten.",
            "Two overloads of a subprogram whose parameter types differ in Oracle map to the same PostgreSQL types (DATE and "
                    + "TIMESTAMP both become timestamp, VARCHAR2 and CLOB both text), or a function and a procedure share a name and "
                    + "parameters: PostgreSQL keeps one routine per name and argument types. The later overload gets its source "
                    + "parameter types as a suffix; calls are resolved by their argument types, and where those cannot tell the "
                    + "overloads apart either, go to the one that keeps the name.",
            "FUNCTION tochar(p DATE) RETURN VARCHAR2; FUNCTION tochar(p TIMESTAMP) RETURN VARCHAR2;",
            "CREATE FUNCTION pkg.tochar(p timestamp(0)) ...; CREATE FUNCTION pkg.tochar_timestamp(p timestamp) ...;")),
    PRIVATE_PACKAGE_MEMBERS(new Entry("SS-ORA-0481", LOW, 0.25, "Package-private members become public in PostgreSQL",
            "Revoke EXECUTE on the private routines from the roles that must not call them, if that matters.",
            "Subprograms and variables declared only in a package body are private in Oracle. They become routines and settings "
                    + "of the package's schema, callable by anyone with access to it: PostgreSQL has no private functions.",
            "CREATE PACKAGE BODY pkg AS FUNCTION helper RETURN NUMBER IS ... END;",
            "CREATE FUNCTION pkg.helper() ...  -- callable from outside the package")),
    DYNAMIC_OUT_BIND(new Entry("SS-ORA-0482", MEDIUM, 1, "Dynamic SQL with an OUT or IN OUT bind argument",
            "Rewrite the statement: run the block's code directly, or make the dynamic text a query whose result EXECUTE ... INTO reads.",
            "EXECUTE IMMEDIATE ... USING OUT / IN OUT passes values back from the dynamic statement. The RETURNING ... INTO "
                    + "placeholders of a dynamic INSERT, UPDATE or DELETE become EXECUTE ... INTO targets; PostgreSQL's EXECUTE has "
                    + "no other way to pass values back (a dynamic PL/SQL block's assignments to its binds in particular).",
            "EXECUTE IMMEDIATE 'BEGIN :x := pkg.version; END;' USING OUT v;",
            "-- [SS-ORA-0482] ...\n-- EXECUTE IMMEDIATE 'BEGIN :x := pkg.version; END;' USING OUT v;")),
    LOCK_WAIT_SECONDS(new Entry("SS-ORA-0474", LOW, 0.25, "FOR UPDATE WAIT n: PostgreSQL waits for a locked row without a limit",
            "Where the code must give up after n seconds, run SET LOCAL lock_timeout = 'n s' before the statement (it lasts "
                    + "until the transaction ends) and handle SQLSTATE 55P03 (lock_not_available) instead of ORA-30006.",
            "Oracle's WAIT n makes a locking query fail after n seconds on a row another transaction holds; PostgreSQL's "
                    + "FOR UPDATE has NOWAIT and SKIP LOCKED but no per-statement wait: the statement waits until the row is free.",
            "SELECT bal INTO v FROM acct WHERE id = p FOR UPDATE WAIT 5;",
            "SELECT bal FROM acct WHERE id = p FOR UPDATE INTO STRICT v;")),
    LOCK_OF_COLUMNS(new Entry("SS-ORA-0475", LOW, 0.25, "FOR UPDATE OF a column of a join: the rows of every table are locked",
            "Qualify the columns after OF with their table or alias (OF e.salary), or write FOR UPDATE OF alias by hand, "
                    + "if locking the rows of the other tables of the join would block other sessions.",
            "Oracle's FOR UPDATE OF column locks the rows of the tables those columns belong to; PostgreSQL's OF names "
                    + "tables. An unqualified column of a query that joins several tables cannot be placed without the "
                    + "catalog, so the query locks the rows it reads of every table, as Oracle's FOR UPDATE without OF does.",
            "SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept FOR UPDATE OF salary",
            "SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept FOR UPDATE")),
    DYNAMIC_BLOCK_INLINED(new Entry("SS-ORA-0467", INFO, 0.1, "Dynamic PL/SQL block of a literal text run as code",
            "Nothing to check for names: a block that uses a name the enclosing unit declares is not inlined (SS-ORA-0469); check "
                    + "the names of the package specification, which are not compared, when the block uses one unqualified.",
            "EXECUTE IMMEDIATE of a literal anonymous block runs a block PostgreSQL's EXECUTE cannot (it runs SQL, not PL/pgSQL). "
                    + "The text is known, so its code is read and written where the statement stood, each bind placeholder replaced "
                    + "by its USING argument (placeholders by name, in order of first use, as Oracle binds a block's): an OUT "
                    + "argument is assigned where the block assigns the placeholder. The block is then compiled with the routine, "
                    + "not when it runs; the names it uses without declaring them are none the enclosing unit declares, so it "
                    + "takes the same objects as Oracle's dynamic block.",
            "EXECUTE IMMEDIATE 'BEGIN :x := logger.g_pref_type_logger; END;' USING OUT l_type;",
            "BEGIN l_type := logger.g_pref_type_logger__get(); END;")),
    DYNAMIC_BLOCK_NOT_INLINED(new Entry("SS-ORA-0469", INFO, 0, "Dynamic PL/SQL block of a literal text not run as code: a name would be captured",
            "Rewrite the block as code of the routine, qualifying the schema objects it names (schema.pkg.f) so that the "
                    + "routine's own declarations of the same names do not hide them.",
            "EXECUTE IMMEDIATE of a literal anonymous block is run in place when its text is known (SS-ORA-0467), but a block "
                    + "placed in the routine sees the routine's names, which Oracle's dynamic block, compiled on its own, does "
                    + "not: a name the block uses without declaring it, that the enclosing code declares (a variable, parameter, "
                    + "cursor, type or subprogram of the same unit), would take the enclosing declaration instead of the schema "
                    + "object Oracle finds. Such a block is left to the dynamic SQL rules, which report it.",
            "l_logger VARCHAR2(30); logger NUMBER; ... EXECUTE IMMEDIATE 'BEGIN logger.log(''x''); END;';",
            "-- the block is not inlined: LOGGER is a local of the routine")),
    ELEMENT_OF_FIELD_OF_EXPRESSION(new Entry("SS-ORA-0468", MEDIUM, 0.5, "Element or method of a collection field reached through an expression",
            "Copy the field into a variable of its collection type first (l_tab := v(i).f;) and read the element or call the "
                    + "method on the variable (l_tab(j), l_tab.COUNT).",
            "v(i).f(j) reads element j of collection field f of an element of v. The converted code holds such a field as an "
                    + "array or, for an associative array of scalars, as jsonb, and which one (so how its element is read) "
                    + "is known for variables, not for a field of an element reached through an expression: the statement is "
                    + "kept commented out rather than written as text PostgreSQL cannot parse.",
            "t_width := fonts(f).char_width_tab(t_char);",
            "l_widths := fonts(f).char_width_tab; t_width := l_widths(t_char);")),
    IMPLICIT_DATE_CONVERSION(new Entry("SS-ORA-0483", LOW, 0.25, "Argument converted between a date and a string with the target's format",
            "Write the format the code expects (TO_CHAR / TO_DATE with a format) where the text of the date matters.",
            "Oracle converts a DATE or TIMESTAMP passed to a string parameter, and a string passed to a date parameter, with the "
                    + "session's NLS_DATE_FORMAT / NLS_TIMESTAMP_FORMAT; PostgreSQL picks a routine by its argument types and has "
                    + "no such conversion, so a CAST is written, which uses PostgreSQL's ISO format (DateStyle) instead.",
            "log_text(SYSDATE)  -- log_text(p VARCHAR2)",
            "log_text(CAST(LOCALTIMESTAMP(0) AS varchar))")),
    ANCHOR_COLUMN_NOT_IN_TABLE(new Entry("SS-ORA-0473", MEDIUM, 0.5, "Anchored type names a column its table does not have in the input",
            "Add the column to the table's CREATE TABLE (or the input that adds it), or write the declaration's type by hand.",
            "table.column%TYPE takes the column's type when the code is compiled; the input creates the table without that "
                    + "column (a column added later, often by dynamic SQL, is not in the converted table), so the anchor cannot "
                    + "resolve on the target and the declaration is typed text, which holds any value but checks no length.",
            "l_type prefs.pref_type%TYPE;  -- pref_type added by EXECUTE IMMEDIATE 'ALTER TABLE prefs ADD ...'",
            "l_type text;  -- [SS-ORA-0473] prefs has no column pref_type in the input")),
    DICTIONARY_ANCHOR(new Entry("SS-ORA-0392", LOW, 0.25, "Anchored type refers to a data dictionary view",
            "Check that the documented type suits the values the code keeps in it; PostgreSQL's catalogs are not Oracle's.",
            "A declaration takes its type from a column of an Oracle data dictionary view (USER_, ALL_, DBA_), which the target "
                    + "does not have; the declaration takes the type Oracle documents for that column instead.",
            "l_length user_tab_columns.data_length%TYPE;",
            "l_length numeric;  -- [SS-ORA-0392] typed NUMBER as Oracle documents USER_TAB_COLUMNS.DATA_LENGTH")),
    TRIGGER_COMPILE_IGNORED(new Entry("SS-ORA-0390", INFO, 0, "ALTER TRIGGER ... COMPILE ignored",
            "Nothing to do: the converted trigger is compiled when it is created.",
            "COMPILE recompiles a trigger's stored code; the target checks the trigger function when it is created.",
            "ALTER TRIGGER audit_emp COMPILE;",
            "-- [SS-ORA-0390] ALTER TRIGGER AUDIT_EMP COMPILE")),
    TRIGGER_NOT_IN_INPUT(new Entry("SS-ORA-0391", MEDIUM, 0.5, "ALTER TRIGGER names a trigger that is not in the input",
            "Add the file that creates the trigger to the input, or enable or disable the trigger by hand in the target.",
            "ALTER TRIGGER ... ENABLE | DISABLE switches a trigger created elsewhere; with no trigger to apply it to, the change "
                    + "is not written.",
            "ALTER TRIGGER audit_emp DISABLE;  -- audit_emp is created in another script",
            "-- [SS-ORA-0391] ALTER TRIGGER AUDIT_EMP DISABLE: the trigger is not created in the input"));

    private final Entry entry;

    OracleCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
