package org.schemashift.model;

import static org.schemashift.model.Severity.*;

/** Action items any stage may raise, whatever the source and target (SS-GEN-…). Codes are stable: never renumber, only add. */
public enum GeneralCode implements ActionCode {
    PARSE_ERROR(new Entry("SS-GEN-0001", HIGH, 2, "Statement could not be parsed",
            "Check the statement against the source dialect; if it is valid, convert it by hand and report the grammar gap.",
            "The source grammar rejected the statement, so nothing of it reached the target schema. Either the script has a "
                    + "syntax error or it uses syntax SchemaShift does not know yet.",
            "CREATE TABLE t (id INT,, name TEXT);",
            "-- [SS-GEN-0001] t.sql:1:25: expected a column definition or a table constraint, found `,`\n"
                    + "-- CREATE TABLE t (id INT,, name TEXT);")),
    UNSUPPORTED_STATEMENT(new Entry("SS-GEN-0002", MEDIUM, 2, "Statement kind is not converted yet",
            "Convert the statement by hand and add it to the target schema.",
            "The statement was recognised, but this kind of statement (for example a stored program or an event) has no "
                    + "converter for the target yet. It is kept, commented out, at the end of schema.sql.",
            "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log;",
            "-- [SS-GEN-0002] ...: CREATE EVENT is not converted\n-- CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log;")),
    UNKNOWN_TABLE(new Entry("SS-GEN-0003", MEDIUM, 1, "Statement refers to a table that is not in the input",
            "Add the file that creates the table to the input, or apply this change by hand.",
            "A statement changes or refers to a table that no input file creates, so the change cannot be applied to the "
                    + "converted table.",
            "ALTER TABLE audit_log ADD COLUMN note TEXT;  -- audit_log is created elsewhere",
            "-- not emitted: add the file creating audit_log to the input")),
    NAME_COLLISION(new Entry("SS-GEN-0004", HIGH, 1, "Two source names map to the same target name",
            "Rename one of the objects in the source or with a rename rule.",
            "Names that differ only in case (or only after shortening) become the same name in the target, where they would "
                    + "clash.",
            "CREATE TABLE Orders (...);\nCREATE TABLE orders (...);",
            "CREATE TABLE orders (...);\nCREATE TABLE orders_2 (...);  -- rename one of them")),
    NAME_SHORTENED(new Entry("SS-GEN-0005", LOW, 0.25, "Name shortened to the target's identifier limit",
            "Check that code referring to the object uses the new name.",
            "The target limits identifier length (PostgreSQL: 63 bytes, MySQL: 64 characters); a longer name is cut and ends with a hash of the "
                    + "whole name, so the result is deterministic and stays unique.",
            "CREATE INDEX idx_customer_order_history_by_store_and_payment_date_and_status_flag ON ...;",
            "CREATE INDEX idx_customer_order_history_by_store_and_payment_date__5c1e2a90 ON ...;")),
    NAME_MADE_UNIQUE(new Entry("SS-GEN-0006", LOW, 0.25, "Name changed to be unique in the target schema",
            "Check that code referring to the object uses the new name.",
            "The source allows the same name for objects the target keeps in one namespace (MySQL index names are per "
                    + "table, PostgreSQL index names are per schema; MySQL foreign-key names are per database), so a suffix is added.",
            "CREATE INDEX idx_name ON customer (name);\nCREATE INDEX idx_name ON supplier (name);",
            "CREATE INDEX idx_name ON customer (name);\nCREATE INDEX idx_name_2 ON supplier (name);")),
    UNKNOWN_COLUMN(new Entry("SS-GEN-0007", MEDIUM, 1, "Statement refers to a column that is not in the table",
            "Check the source script: the column may be created by a file that is not in the input.",
            "A constraint, index or change names a column the table does not have at that point of the script.",
            "CREATE INDEX idx_x ON customer (no_such_column);",
            "-- not emitted: the column no_such_column is not in customer")),
    UNMAPPED_FUNCTION(new Entry("SS-GEN-0008", MEDIUM, 1, "Function has no known equivalent in the target",
            "Rewrite the expression with target functions, or add a rule to your mappings file.",
            "No rule in mappings/functions (or your own mappings file) says what the function becomes, and it is never "
                    + "passed through on a guess: the clause using it is commented out.",
            "price DECIMAL(8,2) DEFAULT (FORMAT(0, 2))",
            "price numeric(8,2) /* DEFAULT (FORMAT(0, 2)): not converted */")),
    TYPE_NOT_MAPPED(new Entry("SS-GEN-0009", HIGH, 1, "Data type has no mapping rule",
            "Choose a target type and add a type rule to your mappings file.",
            "No type rule matches the column's type; the type is written unchanged, and the target will most likely reject it.",
            "payload MYTYPE",
            "payload MYTYPE  -- add a type rule for MYTYPE to your mappings file")),
    DUPLICATE_OBJECT(new Entry("SS-GEN-0010", MEDIUM, 0.5, "Object is created twice in the input",
            "Keep one definition; the later one replaced the earlier.",
            "Two statements create the same object; the target can hold only one, and the later definition wins, as it "
                    + "would when the script is replayed with DROP IF EXISTS.",
            "CREATE TABLE t (a INT);\nCREATE TABLE t (a INT, b INT);",
            "CREATE TABLE t (a integer, b integer);")),
    CLAUSE_NOT_CONVERTED(new Entry("SS-GEN-0011", MEDIUM, 1, "Clause is not converted",
            "The clause is not in the output: apply its effect in the target by hand if it is still needed.",
            "The statement converted, but one of its clauses has no counterpart in the converted schema (for example "
                    + "partition maintenance on a table whose partitioning is not converted), so that clause is left out.",
            "ALTER TABLE sales TRUNCATE PARTITION p2019;",
            "-- nothing emitted for the clause: sales is unpartitioned in the target; delete the rows by hand if needed")),
    FOREIGN_KEY_NOT_UNIQUE(new Entry("SS-GEN-0012", HIGH, 1, "Foreign key references columns that are not a key",
            "Add a unique constraint on the referenced columns (if the data allows it), then add the foreign key.",
            "MySQL accepts a foreign key to any indexed columns; PostgreSQL (and MySQL 8.4 by default) require the referenced columns to be a "
                    + "primary key or unique constraint, so the ALTER TABLE would fail. It is written commented out.",
            "CREATE TABLE p (id INT PRIMARY KEY, code INT, KEY (code));\n"
                    + "CREATE TABLE c (code INT, FOREIGN KEY (code) REFERENCES p (code));",
            "ALTER TABLE p ADD CONSTRAINT p_code_key UNIQUE (code);\n"
                    + "ALTER TABLE c ADD CONSTRAINT c_code_fkey FOREIGN KEY (code) REFERENCES p (code);")),
    VIEW_NOT_CONVERTED(new Entry("SS-GEN-0013", MEDIUM, 1, "View query could not be converted",
            "The view is in the output commented out; rewrite its query for the target.",
            "The conversion rules could not convert the view's query (a source function or construct without a rule), so the "
                    + "view is not created; views that read it may fail too.",
            "CREATE VIEW v AS SELECT DECODE(a, 1, 'x') FROM t;",
            "-- not converted: CREATE VIEW v AS\n-- CREATE VIEW v AS SELECT DECODE(a, 1, 'x') FROM t;")),
    READ_ONLY_VIEW(new Entry("SS-GEN-0014", LOW, 0.25, "Read-only view is updatable in the target",
            "Revoke INSERT, UPDATE and DELETE on the view from the roles that use it, if they must not write through it.",
            "WITH READ ONLY forbids writes through the view; a PostgreSQL or MySQL view over one table is automatically updatable, "
                    + "so only privileges keep it read-only.",
            "CREATE VIEW v AS SELECT id, name FROM t WITH READ ONLY;",
            "CREATE VIEW v AS SELECT id, name FROM t;\nREVOKE INSERT, UPDATE, DELETE ON v FROM app_role;")),
    PARTITIONING(new Entry("SS-GEN-0015", MEDIUM, 4, "Partitioning not converted; the table is created unpartitioned",
            "Recreate the partitioning in the target (PostgreSQL declarative partitioning, MySQL PARTITION BY); the primary key must include the partition key columns.",
            "The source's partitioning has no form in the target as written (an expression key, a key missing from a primary or "
                    + "unique key, or a method the target lacks); the table is created whole so the schema applies.",
            "CREATE TABLE s (d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), ...);",
            "CREATE TABLE s (d date);  -- then: PARTITION BY RANGE (d) and one table per partition")),
    SYNONYM_EMULATED(new Entry("SS-GEN-0017", LOW, 0.5, "Synonym has no equivalent in the target",
            "Synonyms for tables and views become views; for other objects add the owning schema to the search path or qualify the name in code.",
            "The target has no synonyms (PostgreSQL, MySQL); a view gives the same name for reading a table or view.",
            "CREATE SYNONYM clients FOR customers;",
            "CREATE VIEW clients AS SELECT * FROM customers;")),
    GRANT_NOT_EMITTED(new Entry("SS-GEN-0016", INFO, 0.25, "GRANT reported, not emitted",
            "Convert with --grants to emit GRANT statements, after creating the roles (users) in the target.",
            "A GRANT needs its roles to exist in the target; without --grants grants are only listed, and system privileges are never converted.",
            "GRANT SELECT ON customers TO app_user;",
            "GRANT SELECT ON customers TO app_user;  -- with --grants")),
    PROCEDURAL_NOT_CONVERTED(new Entry("SS-GEN-0018", MEDIUM, 1, "Statement in procedural code not converted",
            "Rewrite the commented-out statement in the target language where it stands, then remove the comment.",
            "The source statement or declaration could not be read into SchemaShift's procedural model (a construct it does "
                    + "not know yet); it stays in the routine body as a comment where it stood, so the routine never silently does less.",
            "GOTO retry;",
            "-- [SS-GEN-0018] GOTO is not converted\n-- GOTO retry;")),
    FUNCTION_EDGE_CASES_DIFFER(new Entry("SS-GEN-0019", LOW, 0.25, "Function converted to a target function whose edge cases differ",
            "Check the edge case the message names against your data; rewrite the expression if it matters.",
            "The target's closest function means the same for most values but not all: a target write rule says which case "
                    + "differs (for example Oracle ADD_MONTHS on the last day of a month as MySQL DATE_ADD).",
            "ADD_MONTHS(DATE '2024-02-29', 1)  -- Oracle: 2024-03-31",
            "DATE_ADD(TIMESTAMP '2024-02-29 00:00:00', INTERVAL 1 MONTH)  -- MySQL: 2024-03-29")),
    ANCHOR_NOT_RESOLVED(new Entry("SS-GEN-0020", MEDIUM, 0.5, "Anchored type (%TYPE / %ROWTYPE) refers to nothing in the input",
            "Add the file that creates the table or column to the input, or write the type by hand.",
            "A variable or parameter takes its type from a column, table, cursor or variable the input does not define, so "
                    + "its type cannot be converted; the anchor is written as it stands and the target resolves it, if it can.",
            "v_name customers.name%TYPE;  -- customers is created elsewhere",
            "v_name customers.name%TYPE;")),
    PACKAGE_SCHEMA_RENAMED(new Entry("SS-GEN-0021", LOW, 0.25, "Package schema renamed: a schema of that name exists",
            "Check the callers outside the converted code: they call the package's routines in the schema named here.",
            "A package becomes a schema of its own name; when the input already has a schema of that name, the package's "
                    + "schema gets a suffix.",
            "CREATE USER billing ...; CREATE PACKAGE billing AS ... END;",
            "CREATE SCHEMA billing_pkg;")),
    OBJECT_EXCLUDED(new Entry("SS-GEN-0070", INFO, 0, "Object ignored by a rule of your rules file",
            "Nothing to do if you meant it; otherwise change the exclude or include rule the message names.",
            "An exclude rule names the object, or include rules name its kind and none matches it, so it is left out of "
                    + "the conversion; the report lists it as ignored with the rule's id.",
            "exclude: [{id: NO-AUDIT, kind: table, glob: \"AUDIT_*\"}]   -- CREATE TABLE audit_log (...)",
            "-- audit_log is not converted")),
    EXCLUDED_DEPENDENCY(new Entry("SS-GEN-0071", LOW, 0.25, "Foreign key or trigger left out with the table it needs",
            "Create the referenced table in the target yourself and add the constraint or trigger, or drop it for good.",
            "The object needs a table your rules ignore; it cannot be created without it, so it is left out too.",
            "exclude: [{id: X1, kind: table, name: DEPARTMENTS}]   -- employees has a foreign key to departments",
            "-- the foreign key of employees to departments is not created")),
    RENAMED_NAME_KEPT_ELSEWHERE(new Entry("SS-GEN-0072", LOW, 0.1, "A renamed column's name stays the name of other columns",
            "Check code that reads the column through a record or cursor row (r.salary): such a reference names no table, so "
                    + "it keeps the old name where other columns still have it.",
            "References are renamed by what they resolve to: a column in a query through its FROM clause. A record's field "
                    + "names no table; it takes the new name only when every column of that name is renamed alike.",
            "rename: [{id: R1, kind: column, table: EMPLOYEES, name: SALARY, to: PAY}]   -- JOBS has a SALARY too",
            "FOR r IN (SELECT * FROM employees) LOOP ... r.salary ...   -- kept: check it")),
    DEPENDS_ON_IGNORED(new Entry("SS-GEN-0102", MEDIUM, 0.5, "View or routine reads an object your rules ignore",
            "Create the ignored object in the target, or ignore this one too (an exclude rule), or change its code.",
            "An exclude or include rule leaves out an object this view, routine or trigger reads or calls; it is converted, "
                    + "but creating or running it on the target fails while the object is missing.",
            "exclude: [{id: X1, kind: table, name: AUDIT_LOG}]   -- CREATE VIEW recent AS SELECT * FROM audit_log",
            "CREATE VIEW recent AS SELECT * FROM audit_log;   -- fails: relation audit_log does not exist")),
    CONSTRAINT_NOT_VALID(new Entry("SS-GEN-0100", INFO, 0, "Constraint added NOT VALID, as the source left its old rows unchecked",
            "Find the rows that violate it, fix them, then run ALTER TABLE ... VALIDATE CONSTRAINT to have every row checked.",
            "Oracle ENABLE NOVALIDATE and SQL Server WITH NOCHECK enforce a check or foreign key on new rows only; PostgreSQL's "
                    + "NOT VALID does the same, so the rows the copy task loads are not rejected. It is added after the load "
                    + "(post-data).",
            "CONSTRAINT ck_qty CHECK (qty > 0) ENABLE NOVALIDATE",
            "ALTER TABLE t ADD CONSTRAINT ck_qty CHECK (qty > 0) NOT VALID;")),
    UNVALIDATED_CONSTRAINT_CHECKED(new Entry("SS-GEN-0101", MEDIUM, 0.5, "Constraint the source never validated is checked on the target",
            "Find and fix the rows that violate it before the constraint is added (post-data), or leave it out with an exclude rule.",
            "Oracle ENABLE NOVALIDATE and SQL Server WITH NOCHECK keep old rows that violate the constraint; MySQL and MariaDB "
                    + "have no NOT VALID, so adding the constraint checks every row and fails on such rows.",
            "ALTER TABLE t WITH NOCHECK ADD CONSTRAINT ck_qty CHECK (qty > 0)",
            "ALTER TABLE t ADD CONSTRAINT ck_qty CHECK (qty > 0);  -- fails if old rows violate it")),
    INTERNAL_FAILURE(new Entry("SS-GEN-0055", HIGH, 2, "SchemaShift failed on this object (internal error)",
            "Convert the object by hand, and report the message with the statement to the SchemaShift developers.",
            "Converting or writing this one object raised an unexpected error inside SchemaShift; the object is left out of "
                    + "the output (a comment line marks its place) and the rest of the run went on. The message names the error "
                    + "and where it happened.",
            "CREATE VIEW v AS SELECT ...;  -- an input SchemaShift does not handle yet",
            "-- [SS-GEN-0055] view v: internal error NullPointerException at TypeResolver.java:42")),
    GENERATED_CALLS_ROUTINE(new Entry("SS-GEN-0120", MEDIUM, 1, "Generated column calls a function of the input: written without its expression",
            "Fill the column with a trigger that calls the function; on PostgreSQL, if the function reads nothing but its "
                    + "arguments, declare it IMMUTABLE and add the column back as GENERATED ALWAYS AS (...) STORED.",
            "A computed (SQL Server) or virtual (Oracle) column may call the database's own functions; PostgreSQL accepts "
                    + "only IMMUTABLE functions in a generation expression, and MySQL no stored function. The column is "
                    + "created as a plain column, its expression kept as a comment.",
            "CREATE TABLE t (id int, code AS (dbo.fmt(id)))",
            "CREATE TABLE t (id integer, code text\n    -- code GENERATED ALWAYS AS ((dbo.fmt(id)))\n);")),
    USES_UNWRITTEN_OBJECT(new Entry("SS-GEN-0130", HIGH, 1, "Uses an object SchemaShift could not write",
            "Convert the object named by hand (see its SS-GEN-0055 item, or the items that say why it is commented out), then "
                    + "uncomment this one and apply it.",
            "Converting or writing an object this view, routine, trigger, foreign key, synonym or grant uses failed inside SchemaShift "
                    + "(SS-GEN-0055), or the object is written commented out (a view whose query is not converted, SS-GEN-0013), so "
                    + "creating this one would fail on the target too: it is kept in the output, commented out, after a line "
                    + "naming the object it waits for.",
            "CREATE TABLE boom (...);   -- its writing fails (SS-GEN-0055)\nCREATE VIEW v AS SELECT id FROM boom;",
            "-- not written: view v uses table boom, which could not be written (SS-GEN-0055)\n"
                    + "-- CREATE VIEW v AS\n-- SELECT id FROM boom;"));

    private final Entry entry;

    GeneralCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
