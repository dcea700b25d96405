package org.schemashift.model;

import static org.schemashift.model.Severity.*;

/**
 * The catalogue of action items: every code any stage can raise, with its severity, title,
 * recommended action, default effort in hours, an explanation of why it is raised and a small
 * before (source) / after (target) example. Codes are stable: never renumber, only add.
 * docs/action-items.md is generated from this enum (ActionCatalogueDoc); a test keeps them equal.
 */
public enum ActionCode {
    PARSE_ERROR("SS-GEN-0001", HIGH, 2, "Statement could not be parsed",
            "Check the statement against the source dialect; if it is valid, convert it by hand and report the grammar gap.",
            "The source grammar rejected the statement, so nothing of it reached the target schema. Either the script has a "
                    + "syntax error or it uses syntax SchemaShift does not know yet.",
            "CREATE TABLE t (id INT,, name TEXT);",
            "-- [SS-GEN-0001] line 1:25: extraneous input ','\n-- CREATE TABLE t (id INT,, name TEXT);"),
    UNSUPPORTED_STATEMENT("SS-GEN-0002", MEDIUM, 2, "Statement kind is not converted yet",
            "Convert the statement by hand and add it to the target schema.",
            "The statement was recognised, but this kind of statement (for example a stored program or an event) has no "
                    + "converter for the target yet. It is kept, commented out, at the end of schema.sql.",
            "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log;",
            "-- [SS-GEN-0002] ...: CREATE EVENT is not converted\n-- CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log;"),
    UNKNOWN_TABLE("SS-GEN-0003", MEDIUM, 1, "Statement refers to a table that is not in the input",
            "Add the file that creates the table to the input, or apply this change by hand.",
            "A statement changes or refers to a table that no input file creates, so the change cannot be applied to the "
                    + "converted table.",
            "ALTER TABLE audit_log ADD COLUMN note TEXT;  -- audit_log is created elsewhere",
            "-- not emitted: add the file creating audit_log to the input"),
    NAME_COLLISION("SS-GEN-0004", HIGH, 1, "Two source names map to the same target name",
            "Rename one of the objects in the source or with a rename rule.",
            "Names that differ only in case (or only after shortening) become the same name in the target, where they would "
                    + "clash.",
            "CREATE TABLE Orders (...);\nCREATE TABLE orders (...);",
            "CREATE TABLE orders (...);\nCREATE TABLE orders_2 (...);  -- rename one of them"),
    NAME_SHORTENED("SS-GEN-0005", LOW, 0.25, "Name shortened to the target's identifier limit",
            "Check that code referring to the object uses the new name.",
            "The target limits identifier length (PostgreSQL: 63 bytes); a longer name is cut and ends with a hash of the "
                    + "whole name, so the result is deterministic and stays unique.",
            "CREATE INDEX idx_customer_order_history_by_store_and_payment_date_and_status_flag ON ...;",
            "CREATE INDEX idx_customer_order_history_by_store_and_payment_date__5c1e2a90 ON ...;"),
    NAME_MADE_UNIQUE("SS-GEN-0006", LOW, 0.25, "Name changed to be unique in the target schema",
            "Check that code referring to the object uses the new name.",
            "The source allows the same name for objects the target keeps in one namespace (MySQL index names are per "
                    + "table, PostgreSQL index names are per schema), so a suffix is added.",
            "CREATE INDEX idx_name ON customer (name);\nCREATE INDEX idx_name ON supplier (name);",
            "CREATE INDEX idx_name ON customer (name);\nCREATE INDEX idx_name_2 ON supplier (name);"),
    UNKNOWN_COLUMN("SS-GEN-0007", MEDIUM, 1, "Statement refers to a column that is not in the table",
            "Check the source script: the column may be created by a file that is not in the input.",
            "A constraint, index or change names a column the table does not have at that point of the script.",
            "CREATE INDEX idx_x ON customer (no_such_column);",
            "-- not emitted: the column no_such_column is not in customer"),
    UNMAPPED_FUNCTION("SS-GEN-0008", MEDIUM, 1, "Function has no known equivalent in the target",
            "Rewrite the expression with target functions, or add a rule to your mappings file.",
            "No rule in mappings/functions (or your own mappings file) says what the function becomes, and it is never "
                    + "passed through on a guess: the clause using it is commented out.",
            "price DECIMAL(8,2) DEFAULT (FORMAT(0, 2))",
            "price numeric(8,2) /* DEFAULT (FORMAT(0, 2)): not converted */"),
    TYPE_NOT_MAPPED("SS-GEN-0009", HIGH, 1, "Data type has no mapping rule",
            "Choose a target type and add a type rule to your mappings file.",
            "No type rule matches the column's type; the type is written unchanged, and the target will most likely reject it.",
            "payload MYTYPE",
            "payload MYTYPE  -- add a type rule for MYTYPE to your mappings file"),
    DUPLICATE_OBJECT("SS-GEN-0010", MEDIUM, 0.5, "Object is created twice in the input",
            "Keep one definition; the later one replaced the earlier.",
            "Two statements create the same object; the target can hold only one, and the later definition wins, as it "
                    + "would when the script is replayed with DROP IF EXISTS.",
            "CREATE TABLE t (a INT);\nCREATE TABLE t (a INT, b INT);",
            "CREATE TABLE t (a integer, b integer);"),
    CLAUSE_NOT_CONVERTED("SS-GEN-0011", MEDIUM, 1, "Clause is not converted",
            "The clause is not in the output: apply its effect in the target by hand if it is still needed.",
            "The statement converted, but one of its clauses has no counterpart in the converted schema (for example "
                    + "partition maintenance on a table whose partitioning is not converted), so that clause is left out.",
            "ALTER TABLE sales TRUNCATE PARTITION p2019;",
            "-- nothing emitted for the clause: sales is unpartitioned in the target; delete the rows by hand if needed"),
    FOREIGN_KEY_NOT_UNIQUE("SS-GEN-0012", HIGH, 1, "Foreign key references columns that are not a key",
            "Add a unique constraint on the referenced columns (if the data allows it), then add the foreign key.",
            "MySQL accepts a foreign key to any indexed columns; PostgreSQL requires the referenced columns to be a "
                    + "primary key or unique constraint, so the ALTER TABLE would fail. It is written commented out.",
            "CREATE TABLE p (id INT PRIMARY KEY, code INT, KEY (code));\n"
                    + "CREATE TABLE c (code INT, FOREIGN KEY (code) REFERENCES p (code));",
            "ALTER TABLE p ADD CONSTRAINT p_code_key UNIQUE (code);\n"
                    + "ALTER TABLE c ADD CONSTRAINT c_code_fkey FOREIGN KEY (code) REFERENCES p (code);"),
    VIEW_NOT_CONVERTED("SS-GEN-0013", MEDIUM, 1, "View query could not be converted",
            "The view is in the output commented out; rewrite its query for the target.",
            "The conversion rules could not convert the view's query (a source function or construct without a rule), so the "
                    + "view is not created; views that read it may fail too.",
            "CREATE VIEW v AS SELECT DECODE(a, 1, 'x') FROM t;",
            "-- not converted: CREATE VIEW v AS\n-- CREATE VIEW v AS SELECT DECODE(a, 1, 'x') FROM t;"),
    READ_ONLY_VIEW("SS-GEN-0014", LOW, 0.25, "Read-only view is updatable in the target",
            "Revoke INSERT, UPDATE and DELETE on the view from the roles that use it, if they must not write through it.",
            "WITH READ ONLY forbids writes through the view; a PostgreSQL view over one table is automatically updatable, "
                    + "so only privileges keep it read-only.",
            "CREATE VIEW v AS SELECT id, name FROM t WITH READ ONLY;",
            "CREATE VIEW v AS SELECT id, name FROM t;\nREVOKE INSERT, UPDATE, DELETE ON v FROM app_role;"),
    PARTITIONING("SS-GEN-0015", MEDIUM, 4, "Partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning with PostgreSQL declarative partitioning; the primary key must include the partition key columns.",
            "The source's partitioning has no PostgreSQL form as written (an expression key, a key missing from a primary or "
                    + "unique key, or a method PostgreSQL lacks); the table is created whole so the schema applies.",
            "CREATE TABLE s (d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), ...);",
            "CREATE TABLE s (d date);  -- then: PARTITION BY RANGE (d) and one table per partition"),
    DEFERRABLE_NOT_SUPPORTED("SS-GEN-0016", MEDIUM, 1, "Deferrable constraint becomes immediate",
            "Check code that relies on checking the constraint at commit (inserting parent and child rows in any order, swapping key values).",
            "The target has no DEFERRABLE constraints (MySQL, MariaDB): the constraint is checked after each statement, "
                    + "so transactions that break it temporarily now fail.",
            "CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES dept (id) DEFERRABLE INITIALLY DEFERRED",
            "CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES dept (id)"),
    EXPRESSION_INDEX("SS-GEN-0017", MEDIUM, 1, "Expression index not created",
            "Add a generated column holding the expression and index it, or rewrite the queries that used the index.",
            "The target cannot index an expression (MariaDB has no functional key parts; MySQL has them since 8.0.13), so the "
                    + "index is written commented out in MySQL 8.0 syntax.",
            "CREATE INDEX emp_upper_name_ix ON emp (UPPER(last_name));",
            "-- CREATE INDEX emp_upper_name_ix ON emp ((UPPER(last_name)));"),
    PARTIAL_INDEX("SS-GEN-0018", MEDIUM, 1, "Partial index has no WHERE clause in the target",
            "Check the index size and, for a unique index, enforce the condition with a generated column or a trigger.",
            "The target's indexes cover every row (MySQL, MariaDB): a plain partial index is created on every row; a unique "
                    + "one would then reject rows the source accepts, so it is written commented out.",
            "CREATE UNIQUE INDEX one_active ON job (name) WHERE active = 1;",
            "-- CREATE UNIQUE INDEX one_active ON job (name);"),
    USER_TYPE_NOT_CREATED("SS-GEN-0019", HIGH, 2, "User-defined type not created",
            "Replace columns of the type by columns of its attributes, or by a JSON column.",
            "The target has no user-defined types (MySQL, MariaDB), so the type is not created and columns using it need "
                    + "another type.",
            "CREATE TYPE address_t AS OBJECT (street VARCHAR2(40), city VARCHAR2(30));",
            "-- not created: columns of type address_t need another type"),

    ZERO_DATE_DEFAULT("SS-MY-PG-0101", MEDIUM, 0.5, "Zero-date default has no PostgreSQL equivalent",
            "The default was left out. Choose a real default or make the column nullable, and convert zero dates in the data.",
            "MySQL accepts '0000-00-00' as a date; PostgreSQL rejects it, so the default cannot be kept.",
            "created DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00'",
            "created timestamp(0) NOT NULL"),
    PREFIX_INDEX("SS-MY-PG-0102", LOW, 0.5, "Prefix index converted to its closest equivalent",
            "A unique prefix index becomes a unique index on left(col, n); a plain one indexes the whole column. Check query plans.",
            "PostgreSQL has no index on the first n characters of a column; an expression index keeps uniqueness, a whole "
                    + "column index serves the same queries.",
            "CREATE UNIQUE INDEX uk_code ON item (code(10));",
            "CREATE UNIQUE INDEX uk_code ON item (left(code, 10));"),
    FULLTEXT_INDEX("SS-MY-PG-0103", MEDIUM, 2, "FULLTEXT index converted to a GIN text-search index",
            "Rewrite MATCH ... AGAINST queries as to_tsvector(...) @@ to_tsquery(...) using the same expression.",
            "PostgreSQL full-text search uses tsvector expressions; queries use the index only when they use the same "
                    + "expression.",
            "FULLTEXT KEY ft_title (title, description)",
            "CREATE INDEX ft_title ON film USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '')));"),
    SPATIAL_TYPE("SS-MY-PG-0104", HIGH, 2, "Spatial type stored as bytea",
            "Install PostGIS and change the column to geometry; load the data with ST_GeomFromWKB.",
            "PostgreSQL has geometry types only with the PostGIS extension, which is not assumed; the column keeps the raw "
                    + "bytes.",
            "location GEOMETRY NOT NULL",
            "location bytea NOT NULL"),
    SPATIAL_INDEX("SS-MY-PG-0105", MEDIUM, 1, "SPATIAL index not created",
            "After moving the column to PostGIS geometry, create a GiST index on it.",
            "A spatial index needs a geometry column; on the bytea stand-in it would be useless, so it is commented out.",
            "SPATIAL KEY idx_location (location)",
            "-- CREATE INDEX idx_location ON address USING gist (location);  -- after PostGIS"),
    ON_UPDATE_TRIGGER("SS-MY-PG-0107", INFO, 0, "ON UPDATE CURRENT_TIMESTAMP emulated with a trigger",
            "No action needed; the trigger sets the column when a row changes, as MySQL does.",
            "PostgreSQL columns have no ON UPDATE clause; a BEFORE UPDATE trigger sets the column instead.",
            "updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP",
            "updated timestamptz DEFAULT CURRENT_TIMESTAMP\n-- plus a trigger function setting NEW.updated := now()"),
    SET_TYPE("SS-MY-PG-0108", LOW, 0.5, "SET column stored as text with a CHECK on its members",
            "Consider a text[] column or a join table; FIND_IN_SET queries must be rewritten.",
            "PostgreSQL has no SET type; the comma-separated text keeps the values and a CHECK keeps the members valid.",
            "features SET('trailers','commentaries')",
            "features text CHECK (features = '' OR string_to_array(features, ',') <@ ARRAY['trailers','commentaries'])"),
    ZEROFILL("SS-MY-PG-0109", INFO, 0.25, "ZEROFILL display padding is not kept",
            "Pad in queries with lpad(col::text, width, '0') where the padding matters.",
            "ZEROFILL changes only how MySQL displays the number; PostgreSQL stores the same value without display width.",
            "zip INT(5) ZEROFILL",
            "zip integer"),
    UNSIGNED_IDENTITY("SS-MY-PG-0110", LOW, 0.25, "BIGINT UNSIGNED AUTO_INCREMENT becomes bigint identity",
            "Values above 9223372036854775807 cannot be stored; check the current maximum.",
            "PostgreSQL has no unsigned integers; bigint holds half the range of BIGINT UNSIGNED.",
            "id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT",
            "id bigint GENERATED BY DEFAULT AS IDENTITY"),
    INVISIBLE_COLUMN("SS-MY-PG-0111", LOW, 0.5, "INVISIBLE column becomes a normal column",
            "SELECT * now returns this column; check code that relies on it being hidden.",
            "PostgreSQL has no invisible columns.",
            "secret VARCHAR(20) INVISIBLE",
            "secret varchar(20)"),
    VIRTUAL_COLUMN("SS-MY-PG-0112", LOW, 0.25, "VIRTUAL generated column becomes STORED",
            "PostgreSQL 15 supports only stored generated columns; the value now takes disk space.",
            "Virtual generated columns arrived in PostgreSQL 18; the target is PostgreSQL 15.",
            "total DECIMAL(8,2) AS (price * qty) VIRTUAL",
            "total numeric(8,2) GENERATED ALWAYS AS (price * qty) STORED"),
    CHECK_NOT_ENFORCED("SS-MY-PG-0113", LOW, 0.25, "NOT ENFORCED check constraint left out",
            "The constraint is in the output as a comment; add it if the data satisfies it.",
            "PostgreSQL has no NOT ENFORCED check constraint; adding it enforced could reject existing data.",
            "CONSTRAINT ck_qty CHECK (qty > 0) NOT ENFORCED",
            "-- CONSTRAINT ck_qty CHECK (qty > 0)  -- NOT ENFORCED in the source"),
    FLOAT_PRECISION("SS-MY-PG-0114", LOW, 0.25, "FLOAT(M,D)/DOUBLE(M,D) digits are not kept",
            "Use numeric(M,D) if the rounding to D decimals matters.",
            "PostgreSQL floating-point types take no digit counts; MySQL rounds to D decimals on storage.",
            "rate DOUBLE(10,4)",
            "rate double precision"),
    EXPRESSION_NOT_CONVERTED("SS-MY-PG-0115", MEDIUM, 1, "Expression could not be converted",
            "The clause is in the output as a comment; rewrite it for PostgreSQL.",
            "A default, check or generated expression uses a construct with no known PostgreSQL form.",
            "CONSTRAINT ck CHECK (JSON_SCHEMA_VALID('{}', doc))",
            "-- CONSTRAINT ck CHECK (JSON_SCHEMA_VALID('{}', doc))  -- not converted"),
    INDEX_ON_UNSUPPORTED_TYPE("SS-MY-PG-0116", LOW, 0.5, "Index method has no PostgreSQL equivalent; a B-tree index is used",
            "Check that the B-tree index serves the queries that used the original index.",
            "The source index method (for example HASH on a MEMORY table, with different semantics) is replaced by the "
                    + "PostgreSQL default.",
            "KEY idx_k (k) USING HASH  -- on an ENGINE=MEMORY table",
            "CREATE INDEX idx_k ON t (k);"),

    ORACLE_SUBSTITUTION_VARIABLE("SS-ORA-PG-0201", HIGH, 0.25, "SQL*Plus substitution variable has no value",
            "Pass the value with convert --define NAME=VALUE (or a DEFINE line in the script) and convert again.",
            "SQL*Plus replaces &NAME and &&NAME before it runs a statement; without a value the statement text is unknown, so it is not converted.",
            "CREATE TABLE &owner..t (id NUMBER);",
            "-- [SS-ORA-PG-0201] undefined: &owner"),
    ORACLE_INCLUDE_NOT_IN_INPUT("SS-ORA-PG-0202", MEDIUM, 0.5, "Script included with @ / @@ is not among the inputs",
            "Add the included script to the convert inputs so its statements are read in place.",
            "SQL*Plus runs the included script at that point; SchemaShift reads it there when it is one of the inputs.",
            "@@tables.sql",
            "-- [SS-ORA-PG-0202] script tables.sql is not among the inputs"),
    ORACLE_PHYSICAL_ATTRIBUTES("SS-ORA-PG-0203", INFO, 0, "Oracle storage attributes are not converted",
            "No action needed: tablespaces, storage, logging, compression and parallel settings have no PostgreSQL meaning here.",
            "Physical attributes describe Oracle segments and extents; PostgreSQL manages storage itself.",
            "CREATE TABLE t (id NUMBER) TABLESPACE users PCTFREE 10 NOLOGGING;",
            "CREATE TABLE t (id numeric);"),
    ORACLE_PARTITIONING("SS-ORA-PG-0204", MEDIUM, 4, "Oracle partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning with PostgreSQL declarative partitioning; the primary key must include the partition key.",
            "RANGE, LIST and HASH partitioning on columns are converted; INTERVAL, REFERENCE, SYSTEM partitioning and subpartitions have no direct PostgreSQL form.",
            "PARTITION BY RANGE (d) INTERVAL (NUMTOYMINTERVAL(1, 'MONTH')) (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01'))",
            "CREATE TABLE t (...);  -- unpartitioned"),
    ORACLE_GLOBAL_TEMPORARY("SS-ORA-PG-0205", LOW, 1, "GLOBAL TEMPORARY table becomes an ordinary (unlogged) table",
            "PostgreSQL temporary tables exist per session and are created by the session: create it there with CREATE TEMP TABLE ... ON COMMIT, or keep this unlogged table and delete rows yourself.",
            "An Oracle global temporary table is a permanent definition whose rows are private to a session; PostgreSQL has no such object.",
            "CREATE GLOBAL TEMPORARY TABLE gtt (id NUMBER) ON COMMIT DELETE ROWS;",
            "CREATE UNLOGGED TABLE gtt (id numeric);"),
    ORACLE_EXTERNAL_TABLE("SS-ORA-PG-0206", HIGH, 4, "ORGANIZATION EXTERNAL table not converted",
            "Load the file with COPY or use file_fdw; the table is created as an ordinary table with its columns.",
            "An external table reads a file through an Oracle access driver; PostgreSQL needs file_fdw or a COPY.",
            "CREATE TABLE ext (id NUMBER) ORGANIZATION EXTERNAL (TYPE oracle_loader ...);",
            "CREATE TABLE ext (id numeric);"),
    ORACLE_DISABLED_CONSTRAINT("SS-ORA-PG-0207", LOW, 0.5, "Constraint is DISABLED in the source and is not created",
            "Clean the data, then add the constraint by hand (NOT VALID first if needed).",
            "A disabled constraint promises nothing about the data, so creating it could make the data load fail.",
            "CONSTRAINT amount_ck CHECK (amount >= 0) DISABLE",
            "-- constraint not created"),
    ORACLE_DEFAULT_ON_NULL("SS-ORA-PG-0208", LOW, 0.5, "DEFAULT ON NULL becomes DEFAULT plus NOT NULL",
            "An INSERT of an explicit NULL now fails instead of taking the default; use a BEFORE INSERT trigger if code relies on it.",
            "Oracle replaces an explicitly inserted NULL by the default; PostgreSQL uses a default only when the column is omitted.",
            "created DATE DEFAULT ON NULL SYSDATE",
            "created timestamp(0) NOT NULL DEFAULT ..."),
    ORACLE_DBLINK("SS-ORA-PG-0209", HIGH, 2, "Object over a database link",
            "Use postgres_fdw (a foreign table or server) for the remote object and adjust the name.",
            "A database link reaches another Oracle database; PostgreSQL reaches remote data through foreign data wrappers.",
            "CREATE SYNONYM emp FOR hr.employees@remote;",
            "-- synonym not created"),
    ORACLE_SYNONYM("SS-ORA-PG-0210", LOW, 0.5, "Synonym has no PostgreSQL equivalent",
            "Synonyms for tables and views become views; for other objects add the owning schema to search_path or qualify the name in code.",
            "PostgreSQL has no synonyms; a view gives the same name for reading a table or view.",
            "CREATE SYNONYM clients FOR customers;",
            "CREATE VIEW clients AS SELECT * FROM customers;"),
    ORACLE_MVIEW_REFRESH("SS-ORA-PG-0211", LOW, 1, "Materialized view refresh options are not converted",
            "PostgreSQL refreshes only on demand: schedule REFRESH MATERIALIZED VIEW (pg_cron or a job) to match the source refresh.",
            "Oracle can refresh a materialized view on commit, fast (incrementally) or on a schedule; PostgreSQL recomputes it when told to.",
            "CREATE MATERIALIZED VIEW mv REFRESH FAST ON COMMIT AS SELECT ...;",
            "CREATE MATERIALIZED VIEW mv AS SELECT ...;"),
    ORACLE_TYPE_SEMANTICS("SS-ORA-PG-0212", LOW, 1, "User-defined type converted with different semantics",
            "Object types become composite types (methods are not converted), VARRAY and nested tables become arrays without size limits; check code using them.",
            "PostgreSQL composite types have no methods or inheritance, and arrays have no declared maximum size.",
            "CREATE TYPE phones AS VARRAY(5) OF VARCHAR2(20);",
            "CREATE DOMAIN phones AS varchar(20)[];"),
    ORACLE_GRANT("SS-ORA-PG-0213", INFO, 0.25, "GRANT reported, not emitted",
            "Convert with --grants to emit GRANT statements, after creating the roles in PostgreSQL.",
            "A GRANT needs its roles to exist in the target; without --grants grants are only listed, and system privileges are never converted.",
            "GRANT SELECT ON customers TO app_user;",
            "GRANT SELECT ON customers TO app_user;  -- with --grants"),
    ORACLE_HINT_DROPPED("SS-ORA-PG-0214", INFO, 0, "Optimizer hint dropped",
            "No action needed unless the plan matters; PostgreSQL has no hints (pg_hint_plan is an extension).",
            "Oracle hints are comments that steer the optimizer; PostgreSQL ignores them.",
            "SELECT /*+ FULL(t) */ a FROM t",
            "SELECT a FROM t"),
    ORACLE_INDEX_KIND("SS-ORA-PG-0215", INFO, 0.25, "BITMAP or REVERSE index becomes a B-tree index",
            "Check the plans of queries that used the index; a BRIN or GIN index may suit some cases.",
            "PostgreSQL has no persistent bitmap or reverse-key indexes.",
            "CREATE BITMAP INDEX t_status_bx ON t (status);",
            "CREATE INDEX t_status_bx ON t (status);"),
    ORACLE_PLSQL("SS-ORA-PG-0216", MEDIUM, 4, "PL/SQL is not converted yet",
            "Convert the PL/SQL unit to PL/pgSQL by hand until SchemaShift converts PL/SQL.",
            "Procedures, functions, packages, triggers, type bodies and anonymous blocks are reported with their lines and kept commented out.",
            "CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;\n/",
            "-- [SS-ORA-PG-0216] CREATE OR REPLACE PROCEDURE P (lines 1-2)"),
    ORACLE_ANONYMOUS_BLOCK("SS-ORA-PG-0217", MEDIUM, 1, "Anonymous PL/SQL block: only the DDL in its EXECUTE IMMEDIATE strings was read",
            "Check the block's conditions and other statements; the DDL it runs as string literals is converted as if run once.",
            "Install scripts often create objects from PL/SQL blocks; the DDL in EXECUTE IMMEDIATE literals is read, the surrounding logic is not.",
            "begin if l_count = 0 then execute immediate 'create table t (id number)'; end if; end;\n/",
            "CREATE TABLE t (id numeric);"),
    ORACLE_UNTYPED_VIRTUAL_COLUMN("SS-ORA-PG-0218", LOW, 0.25, "Virtual column without a declared type",
            "The column is typed from the mapping for an undeclared type; declare the type it should have.",
            "Oracle derives a virtual column's type from its expression; the converted column needs a declared type.",
            "total AS (amount * 2) VIRTUAL",
            "total text GENERATED ALWAYS AS (amount * 2) STORED"),
    ORACLE_SPECIAL_TYPE("SS-ORA-PG-0219", MEDIUM, 1, "Oracle type with no direct PostgreSQL equivalent",
            "Check the chosen type (see docs/oracle-to-postgresql.md) and the code that reads the column.",
            "BFILE points at a file outside the database and ROWID / UROWID at a physical row address: both are kept as text.",
            "doc BFILE",
            "doc text"),
    ORACLE_SPATIAL_TYPE("SS-ORA-PG-0220", HIGH, 2, "SDO_GEOMETRY column stored as bytea",
            "Install PostGIS and change the column to geometry; migrate the data with SDO_UTIL.TO_WKBGEOMETRY and ST_GeomFromWKB.",
            "Oracle Spatial types need PostGIS, which a plain PostgreSQL does not have.",
            "shape MDSYS.SDO_GEOMETRY",
            "shape bytea"),

    ORACLE_ROWNUM_BEFORE_ORDER_BY("SS-ORA-PG-0302", LOW, 0.5, "ROWNUM filter and ORDER BY in the same query block",
            "Check that the query meant the first n rows in that order; that is what PostgreSQL now returns.",
            "Oracle numbers rows before sorting, so it returned n arbitrary rows, sorted; the converted query sorts, then keeps n.",
            "SELECT ename FROM emp WHERE ROWNUM <= 2 ORDER BY ename",
            "SELECT ename FROM emp ORDER BY ename LIMIT 2"),
    ORACLE_NLS_DEPENDENT("SS-ORA-PG-0303", LOW, 0.5, "Conversion depends on Oracle NLS session settings",
            "Give an explicit format model if the text of the value matters.",
            "Without a format model Oracle formats or reads dates by the session's NLS_DATE_FORMAT; its default, DD-MON-RR, was assumed.",
            "TO_CHAR(hiredate)",
            "to_char(hiredate, 'DD-MON-YY')"),
    ORACLE_HIERARCHICAL_QUERY("SS-ORA-PG-0304", INFO, 0.25, "CONNECT BY rewritten as a recursive query",
            "Check queries that rely on Oracle's sibling order or ORDER SIBLINGS BY.",
            "START WITH / CONNECT BY becomes WITH RECURSIVE; rows come depth first, siblings ordered by their key, and cycles are cut.",
            "SELECT ename, LEVEL FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr",
            "WITH RECURSIVE emp_hierarchy AS (...) SELECT ename, emp.hier_level FROM emp_hierarchy AS emp ORDER BY emp.hier_keys");

    private final String code;
    private final Severity severity;
    private final double effortHours;
    private final String title;
    private final String recommendation;
    private final String explanation;
    private final String exampleBefore;
    private final String exampleAfter;

    ActionCode(String code, Severity severity, double effortHours, String title, String recommendation,
               String explanation, String exampleBefore, String exampleAfter) {
        this.code = code;
        this.severity = severity;
        this.effortHours = effortHours;
        this.title = title;
        this.recommendation = recommendation;
        this.explanation = explanation;
        this.exampleBefore = exampleBefore;
        this.exampleAfter = exampleAfter;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public double effortHours() {
        return effortHours;
    }

    public String title() {
        return title;
    }

    public String recommendation() {
        return recommendation;
    }

    /** Why the item is raised: what differs between source and target. */
    public String explanation() {
        return explanation;
    }

    /** A small source-side example that raises this item. */
    public String exampleBefore() {
        return exampleBefore;
    }

    /** What SchemaShift writes for {@link #exampleBefore()} (or what the person should write). */
    public String exampleAfter() {
        return exampleAfter;
    }

    private static final java.util.Map<String, ActionCode> BY_CODE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ActionCode::code, c -> c));

    /** The entry with the stable code {@code code} (as written in rule files), or null. */
    public static ActionCode byCode(String code) {
        return BY_CODE.get(code);
    }

    public ActionItem at(SourceSpan span, String message) {
        return new ActionItem(this, message, span);
    }
}
