package org.schemashift.emit.mysql;

import static org.schemashift.model.Severity.*;

import org.schemashift.model.ActionCode;

/**
 * Action items about what MySQL 8.0 / MariaDB 10.11 as a target cannot express as the source did
 * (SS-MYSQL-…); the output is the form both servers accept. Codes are stable: never renumber, only add.
 */
public enum MySqlTargetCode implements ActionCode {
    CHECK_NOT_ENFORCED(new Entry("SS-MYSQL-0401", LOW, 0.25, "NOT ENFORCED check constraint left out",
            "The constraint is in the output as a comment; add it if the data satisfies it.",
            "MySQL 8.0 has NOT ENFORCED checks but MariaDB has none; adding it enforced could reject existing data.",
            "CONSTRAINT ck_qty CHECK (qty > 0) NOT ENFORCED",
            "-- CONSTRAINT ck_qty CHECK (qty > 0)")),
    NOT_DEFERRABLE(new Entry("SS-MYSQL-0402", MEDIUM, 1, "Deferrable constraint becomes immediate",
            "Check code that relies on the constraint being checked at commit (inserting child rows before parents, swapping keys).",
            "MySQL and MariaDB check every constraint after each row; there is no DEFERRABLE.",
            "CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES dept (id) DEFERRABLE INITIALLY DEFERRED",
            "CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES dept (id)")),
    EXPRESSION_INDEX(new Entry("SS-MYSQL-0403", MEDIUM, 1, "Expression index not created",
            "On MySQL 8.0.13 or later uncomment the index (functional key parts); on MariaDB add a generated column for the "
                    + "expression and index it.",
            "MySQL 8.0.13 indexes expressions as functional key parts, MariaDB does not, so the index is written commented out "
                    + "in MySQL's syntax.",
            "CREATE INDEX emp_upper_ix ON emp (UPPER(last_name));",
            "-- CREATE INDEX emp_upper_ix ON emp ((upper(last_name)));")),
    PARTIAL_INDEX(new Entry("SS-MYSQL-0404", MEDIUM, 1, "Partial index covers every row",
            "Check the index size; for a unique index enforce the condition with a generated column or a trigger.",
            "MySQL and MariaDB indexes have no WHERE clause: a plain partial index is created on every row; a unique one would "
                    + "then reject rows the source accepts, so it is written commented out.",
            "CREATE UNIQUE INDEX one_active ON job (name) WHERE active = 1;",
            "-- CREATE UNIQUE INDEX one_active ON job (name);")),
    USER_TYPE(new Entry("SS-MYSQL-0405", HIGH, 2, "User-defined type not created",
            "Replace columns of the type by columns of its attributes, or by a JSON column.",
            "MySQL and MariaDB have no user-defined types.",
            "CREATE TYPE address_t AS OBJECT (street VARCHAR2(40), city VARCHAR2(30));",
            "-- not created")),
    SEQUENCE_AS_TABLE(new Entry("SS-MYSQL-0406", MEDIUM, 1, "Sequence emulated with a one-row table",
            "Take the next value with UPDATE s SET next_value = LAST_INSERT_ID(next_value) + increment_by; SELECT LAST_INSERT_ID(); "
                    + "or use an AUTO_INCREMENT column instead.",
            "MariaDB has CREATE SEQUENCE, MySQL 8.0 does not; a table holding the next value works on both, atomically through "
                    + "LAST_INSERT_ID(expr).",
            "CREATE SEQUENCE order_seq START WITH 1000;",
            "CREATE TABLE order_seq (next_value BIGINT NOT NULL, increment_by BIGINT NOT NULL);\n"
                    + "INSERT INTO order_seq VALUES (1000, 1);")),
    KEY_PREFIX(new Entry("SS-MYSQL-0407", LOW, 0.5, "Key on a long text column indexes a prefix",
            "Check that the prefix separates the values; for a unique key, that values never differ only after the prefix.",
            "InnoDB cannot index a TEXT or BLOB column whole and limits a key to 3072 bytes (768 characters in utf8mb4), so the "
                    + "key indexes the column's first characters; a unique key is then unique on that prefix.",
            "CREATE UNIQUE INDEX doc_title_uk ON doc (title);  -- title CLOB",
            "CREATE UNIQUE INDEX doc_title_uk ON doc (title(255));")),
    IDENTITY_OPTIONS(new Entry("SS-MYSQL-0408", LOW, 0.5, "Identity options not kept by AUTO_INCREMENT",
            "AUTO_INCREMENT keeps the start value only; set auto_increment_increment on the server if the step matters, and "
                    + "note that explicit values are accepted (GENERATED ALWAYS is not enforced).",
            "MySQL's AUTO_INCREMENT has a per-table start value; the step is a server setting, and it has no ALWAYS, maximum "
                    + "or cycle.",
            "id NUMBER GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10)",
            "id BIGINT NOT NULL AUTO_INCREMENT ... AUTO_INCREMENT=100")),
    VIEW_COMMENT(new Entry("SS-MYSQL-0409", INFO, 0.1, "Comment on a view is not kept",
            "Keep the text in the documentation of the view.",
            "MySQL and MariaDB have comments on tables, columns and indexes but not on views.",
            "COMMENT ON TABLE emp_v IS 'Employees with their departments';",
            "-- no comment")),
    MATERIALIZED_VIEW(new Entry("SS-MYSQL-0410", MEDIUM, 2, "Materialized view becomes a plain view",
            "If reading the view is too slow, create a table from its query and refresh it on a schedule (an EVENT).",
            "MySQL and MariaDB have no materialized views; a view returns the same rows, always current, computed on read.",
            "CREATE MATERIALIZED VIEW sales_mv AS SELECT ...;",
            "CREATE VIEW sales_mv AS SELECT ...;")),
    PARTITIONING(new Entry("SS-MYSQL-0411", MEDIUM, 4, "Partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning with PARTITION BY in MySQL syntax; partitioned InnoDB tables cannot have foreign keys, "
                    + "and every unique key must include the partition columns.",
            "Partitioning is written whole by MySQL's and MariaDB's own rules; the table is created whole so the schema and its "
                    + "foreign keys apply.",
            "PARTITION BY RANGE (d) (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01'))",
            "CREATE TABLE t (...);  -- unpartitioned")),
    INDEX_METHOD(new Entry("SS-MYSQL-0412", INFO, 0.25, "Index method becomes a B-tree index",
            "Check the plans of queries that used the index.",
            "InnoDB indexes are B-trees (FULLTEXT and SPATIAL aside); bitmap, reverse-key, GIN, GiST and BRIN indexes have no "
                    + "MySQL form.",
            "CREATE BITMAP INDEX t_status_bx ON t (status);",
            "CREATE INDEX t_status_bx ON t (status);")),
    ROW_TOO_WIDE(new Entry("SS-MYSQL-0413", LOW, 0.5, "Long VARCHAR columns stored as TEXT to fit the row size limit",
            "Check code that relies on the declared maximum length; add a CHECK on CHAR_LENGTH if it must be enforced.",
            "A MySQL row holds at most 65,535 bytes of non-TEXT columns, counted at 4 bytes a character in utf8mb4; the "
                    + "longest VARCHAR columns become TEXT, which is stored outside the row.",
            "CREATE TABLE t (a VARCHAR2(4000), b VARCHAR2(4000), ... )",
            "CREATE TABLE t (a text, b text, ... )")),
    REFERENTIAL_ACTION(new Entry("SS-MYSQL-0414", MEDIUM, 0.5, "ON DELETE / ON UPDATE SET DEFAULT not supported",
            "Implement the action with a trigger, or choose another action.",
            "InnoDB rejects SET DEFAULT referential actions; the action is left out (NO ACTION).",
            "FOREIGN KEY (dept_id) REFERENCES dept (id) ON DELETE SET DEFAULT",
            "FOREIGN KEY (dept_id) REFERENCES dept (id)")),
    LOCK_CLAUSE_WIDENED(new Entry("SS-MYSQL-0796", LOW, 0.25, "Locking clause written as MariaDB reads it: OF or the wait left out",
            "Where locking the rows of the other tables of the query, or waiting for a shared lock, would block other "
                    + "sessions, split the query so that only the table meant is read with the lock.",
            "MySQL 8 and MariaDB share FOR UPDATE [NOWAIT | SKIP LOCKED] and LOCK IN SHARE MODE; MariaDB has no FOR SHARE and "
                    + "no OF. The query locks the rows it reads of every table, and a shared lock waits for rows other "
                    + "transactions hold.",
            "SELECT ... FROM a JOIN b ON ... FOR SHARE OF a NOWAIT",
            "SELECT ... FROM a JOIN b ON ... LOCK IN SHARE MODE")),
    SET_NULL_ON_NOT_NULL(new Entry("SS-MYSQL-0795", LOW, 0.1, "ON DELETE / ON UPDATE SET NULL on a NOT NULL column left out",
            "None usually: the parent's change fails while child rows refer to it, on the source and the target alike. If "
                    + "the children were meant to be kept, make the column nullable and add SET NULL back.",
            "InnoDB refuses to create a foreign key that sets a NOT NULL column to NULL (errno 150); Oracle and PostgreSQL "
                    + "create it and then fail the DELETE or UPDATE of a parent row that has children. The action is left out "
                    + "(NO ACTION), which fails that change as well.",
            "customer_id NUMBER(6) NOT NULL REFERENCES customers ON DELETE SET NULL",
            "FOREIGN KEY (customer_id) REFERENCES customers (customer_id)")),
    AUTO_INCREMENT_KEY(new Entry("SS-MYSQL-0415", INFO, 0, "AUTO_INCREMENT column indexed",
            "No action needed.",
            "MySQL requires an AUTO_INCREMENT column to be the first column of a key; the column is not, so an index on it is "
                    + "added to the table.",
            "CREATE TABLE t (id NUMBER GENERATED AS IDENTITY, code VARCHAR2(5) PRIMARY KEY);",
            "CREATE TABLE t (id bigint NOT NULL AUTO_INCREMENT, code varchar(5), PRIMARY KEY (code), KEY (id));")),
    GENERATED_NOT_NULL(new Entry("SS-MYSQL-0416", LOW, 0.25, "NOT NULL left out of a generated column",
            "Add a CHECK (column IS NOT NULL) if the expression may give NULL and that must be refused.",
            "MySQL accepts NOT NULL on a generated column, MariaDB rejects it; the column is written without it.",
            "total INT AS (price * qty) STORED NOT NULL",
            "total int GENERATED ALWAYS AS (price * qty) STORED")),
    TIME_DEPENDENT_CHECK(new Entry("SS-MYSQL-0417", MEDIUM, 0.5, "CHECK on the current time is not allowed",
            "Enforce the rule in a BEFORE INSERT / UPDATE trigger (SIGNAL when it fails) or in the application.",
            "MySQL and MariaDB refuse non-deterministic functions (CURRENT_TIMESTAMP, RAND, UUID) in CHECK constraints; "
                    + "the check is written commented out.",
            "CONSTRAINT ck_birth CHECK (birth_date < GETDATE())",
            "-- CONSTRAINT ck_birth CHECK (birth_date < CURRENT_TIMESTAMP(3))")),
    CURRENT_OF(new Entry("SS-MYSQL-0790", MEDIUM, 1, "WHERE CURRENT OF has no MySQL equivalent",
            "Fetch the row's key with the cursor and change the row by its key: UPDATE t SET ... WHERE id = v_id.",
            "MySQL cursors are read-only: an UPDATE or DELETE cannot name the row a cursor last fetched. The statement is "
                    + "written commented out.",
            "UPDATE emp SET sal = sal * 1.1 WHERE CURRENT OF emp_cursor;",
            "-- [SS-MYSQL-0790] ...\n-- UPDATE emp SET sal = sal * 1.1 WHERE CURRENT OF emp_cursor;")),
    ASSIGNMENT_ORDER(new Entry("SS-MYSQL-0791", MEDIUM, 1, "UPDATE assignments read each other in a circle",
            "Rewrite the UPDATE, for example as a join of the table with itself on its key, so each value reads the old row.",
            "MySQL assigns SET columns from left to right, each value seeing the columns set before it; the source computes "
                    + "every value from the old row. The assignments are reordered so no value reads a column set before it; "
                    + "when they read each other in a circle (SET a = b, b = a) no order works. The statement is written "
                    + "commented out.",
            "UPDATE t SET a = b, b = a;",
            "-- [SS-MYSQL-0791] ...\n-- UPDATE t SET a = b, b = a;")),
    MERGE_NOT_WRITTEN(new Entry("SS-MYSQL-0792", MEDIUM, 2, "MERGE has no MySQL equivalent",
            "Write the change as UPDATE ... JOIN plus INSERT ... SELECT ... WHERE NOT EXISTS, or as INSERT ... ON DUPLICATE KEY "
                    + "UPDATE when the merge's ON columns are the table's only unique key.",
            "MySQL has no MERGE. It is written INSERT ... ON DUPLICATE KEY UPDATE only when that is provably the same change "
                    + "(one source row with plain values, both branches without conditions, the ON columns exactly the "
                    + "target's only unique key, inserted with the values they are matched on); otherwise it is written "
                    + "commented out with the reason.",
            "MERGE INTO t USING s ON (t.k = s.k) WHEN MATCHED THEN UPDATE SET t.v = s.v",
            "-- [SS-MYSQL-0792] ...\n-- MERGE INTO t USING s ...")),
    ROW_ASSIGNMENT(new Entry("SS-MYSQL-0793", MEDIUM, 1, "UPDATE of several columns from one subquery not written",
            "Set each column from a subquery of its own, or join the source table in a multi-table UPDATE.",
            "MySQL has no SET (a, b) = (SELECT ...). It is written as one scalar subquery per column when the subquery is a "
                    + "plain SELECT of as many values; this one is not (a set operation, or a different number of values). "
                    + "The statement is written commented out.",
            "UPDATE t SET (a, b) = (SELECT x, y FROM u UNION SELECT 1, 2 FROM dual)",
            "-- [SS-MYSQL-0793] ...\n-- UPDATE t SET (a, b) = ...")),
    SUBQUERY_ON_TARGET(new Entry("SS-MYSQL-0794", MEDIUM, 0.5, "UPDATE or DELETE reads the changed table in a subquery",
            "For MySQL, read the subquery through a derived table (IN (SELECT id FROM (SELECT id FROM t ...) AS x)) or join "
                    + "the table in a multi-table UPDATE/DELETE.",
            "MySQL refuses a subquery on the table an UPDATE or DELETE changes (error 1093); MariaDB 10.3.2 and later run it "
                    + "as the source does. The statement is written as it is.",
            "DELETE FROM emp WHERE sal > (SELECT AVG(sal) FROM emp)",
            "DELETE FROM emp WHERE sal > (SELECT AVG(sal) FROM emp)  -- MariaDB only")),
    TIME_ZONE_NOT_KEPT(new Entry("SS-MYSQL-0701", MEDIUM, 1, "TIMESTAMP WITH TIME ZONE stored as datetime in UTC",
            "Convert the values to UTC when copying the data; add a column for the zone if the application needs it.",
            "MySQL and MariaDB have no type that keeps a value's time zone: TIMESTAMP converts to and from the session's "
                    + "zone and ends in 2038, DATETIME keeps the time as given. The column is a datetime meant to hold UTC.",
            "created TIMESTAMP(6) WITH TIME ZONE",
            "created datetime(6)  -- values in UTC")),
    TYPE_AS_TEXT(new Entry("SS-MYSQL-0702", MEDIUM, 1, "Type has no MySQL equivalent; values stored as text",
            "Check the code that reads the column: it gets the value's text (an interval literal, an XML document) and must parse it.",
            "MySQL and MariaDB have no interval or XML type. The values are kept as their text, which copies unchanged; "
                    + "interval arithmetic and XML validation are lost.",
            "duration INTERVAL DAY(2) TO SECOND(6)",
            "duration varchar(32)")),
    PARTITION_KEY_NOT_UNIQUE(new Entry("SS-MYSQL-0703", MEDIUM, 2, "Partitioning left out: a unique key lacks the partition columns",
            "Add the partition columns to the primary and unique keys if the wider key keeps the rule the application needs, "
                    + "then partition the table; or keep it whole.",
            "MySQL and MariaDB require every primary and unique key of a partitioned table to include all its partition "
                    + "columns. Widening a key weakens what it enforces, so the table is created whole and its keys as the source has them.",
            "CREATE TABLE s (id NUMBER PRIMARY KEY, d DATE) PARTITION BY RANGE (d) (...)",
            "CREATE TABLE s (id int NOT NULL, d datetime, PRIMARY KEY (id));  -- unpartitioned")),
    PARTITIONED_FOREIGN_KEY(new Entry("SS-MYSQL-0704", MEDIUM, 2, "Partitioning left out: the table is in a foreign key",
            "Keep the foreign keys (the default) or drop them and partition the table, checking the references in the application.",
            "Partitioned InnoDB tables can neither have nor be referenced by foreign keys (MySQL and MariaDB). The foreign keys "
                    + "enforce data rules, partitioning only stores rows apart, so the keys are kept and the table is created whole.",
            "CREATE TABLE line (order_id NUMBER REFERENCES orders, ...) PARTITION BY HASH (order_id) PARTITIONS 4",
            "CREATE TABLE line (...);  -- unpartitioned, with its foreign key")),
    PARTITION_COLUMN_TYPE(new Entry("SS-MYSQL-0705", MEDIUM, 2, "Partitioning left out: no MySQL partitioning takes the column's type",
            "Partition on a column of an integer, DATE, DATETIME or string type, or by an integer expression of the column "
                    + "(RANGE (TO_DAYS(d)), RANGE (UNIX_TIMESTAMP(ts))).",
            "RANGE COLUMNS and LIST COLUMNS take bare integer, DATE, DATETIME, CHAR, VARCHAR, BINARY and VARBINARY columns; KEY "
                    + "takes no TEXT, BLOB or JSON. A decimal, floating-point, TIMESTAMP or text partition key has no direct form.",
            "PARTITION BY RANGE (amount) (PARTITION p0 VALUES LESS THAN (100.5), ...)",
            "CREATE TABLE t (...);  -- unpartitioned")),
    LIST_DEFAULT_PARTITION(new Entry("SS-MYSQL-0706", MEDIUM, 1, "Partitioning left out: LIST has a DEFAULT partition",
            "On MariaDB only, add the partitioning with PARTITION pdef DEFAULT; on MySQL list every value the column takes.",
            "MariaDB has a DEFAULT partition for LIST, MySQL 8.0 has none, and without it a row whose value no partition lists "
                    + "is refused where the source stored it; the table is created whole so every row is accepted.",
            "PARTITION BY LIST (region) (PARTITION eu VALUES ('EU'), PARTITION other VALUES (DEFAULT))",
            "CREATE TABLE t (...);  -- unpartitioned")),
    STORED_PROGRAM_NOT_WRITTEN(new Entry("SS-MYSQL-0780", HIGH, 2, "Stored program not converted for MySQL yet",
            "Write the routine, package or trigger by hand as a MySQL stored program, or convert to PostgreSQL.",
            "SchemaShift reads the code and converts its expressions, but has no MySQL stored-program writer yet; the object "
                    + "is kept in schema.sql commented out, so nothing is lost.",
            "CREATE FUNCTION f(x NUMBER) RETURN NUMBER IS BEGIN RETURN x + 1; END;",
            "-- [SS-MYSQL-0780] function f: MySQL stored programs are not written yet\n-- CREATE FUNCTION f ..."));

    private final Entry entry;

    MySqlTargetCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
