package org.schemashift.source.mysql;

import static org.schemashift.model.Severity.*;

import org.schemashift.model.ActionCode;

/** Action items about facts of MySQL as a source (SS-MY-…): raised by the MySQL reader and MySQL rules. Codes are stable: never renumber, only add. */
public enum MySqlCode implements ActionCode {
ZERO_DATE_DEFAULT(new Entry("SS-MY-0101", MEDIUM, 0.5, "Zero-date default is left out",
            "The default was left out. Choose a real default or make the column nullable, and convert zero dates in the data.",
            "Old MySQL modes accept '0000-00-00' as a date; PostgreSQL rejects it, and so does MySQL 8.0 in its default "
                    + "SQL mode (NO_ZERO_DATE with strict mode), so the default cannot be kept on either target.",
            "created DATETIME NOT NULL DEFAULT '0000-00-00 00:00:00'",
            "created timestamp(0) NOT NULL")),
    ZEROFILL(new Entry("SS-MY-0109", INFO, 0.25, "ZEROFILL display padding is not kept",
            "Pad in queries with lpad(col::text, width, '0') where the padding matters.",
            "ZEROFILL changes only how MySQL displays the number; the target stores the same value without display width (MySQL 8.0 deprecates ZEROFILL).",
            "zip INT(5) ZEROFILL",
            "zip integer")),
    VIEW_DEFINER(new Entry("SS-MY-0110", INFO, 0.1, "View DEFINER is not kept",
            "Make the intended role own the view (ALTER VIEW ... OWNER TO role) if it is not the role running the script.",
            "MySQL names the account a view runs as; a PostgreSQL view belongs to the role that creates it and checks "
                    + "the tables' privileges as that owner.",
            "CREATE DEFINER=`admin`@`%` VIEW v AS SELECT ...",
            "CREATE VIEW v AS SELECT ...")),
    VIEW_ALGORITHM(new Entry("SS-MY-0111", INFO, 0.0, "View ALGORITHM is dropped",
            "Nothing to do; use a materialized view where TEMPTABLE was chosen for a reason PostgreSQL's planner does not see.",
            "ALGORITHM (MERGE, TEMPTABLE, UNDEFINED) tells MySQL how to run the view; PostgreSQL's planner decides for itself.",
            "CREATE ALGORITHM=MERGE VIEW v AS SELECT ...",
            "CREATE VIEW v AS SELECT ...")),
    VIEW_SQL_SECURITY_INVOKER(new Entry("SS-MY-0112", LOW, 0.1, "View SQL SECURITY INVOKER is not kept",
            "On PostgreSQL 15+ run ALTER VIEW v SET (security_invoker = true) where callers must need the tables' privileges themselves.",
            "A PostgreSQL view checks table privileges as its owner (MySQL's SQL SECURITY DEFINER); checking them as the caller "
                    + "is the security_invoker option of PostgreSQL 15, which the converted view does not set.",
            "CREATE SQL SECURITY INVOKER VIEW v AS SELECT ...",
            "CREATE VIEW v AS SELECT ...")),
    GROUP_CONCAT_DISTINCT_ORDER(new Entry("SS-MY-0113", LOW, 0.25, "GROUP_CONCAT DISTINCT is ordered by its value",
            "Check that the order of the list does not matter, or order by a value that starts with the sort key.",
            "PostgreSQL's string_agg(DISTINCT x ...) can only be ordered by x itself; MySQL orders the distinct values by "
                    + "the ORDER BY keys, so the list comes out in the order of the values instead.",
            "GROUP_CONCAT(DISTINCT CONCAT(c.name, ': ', x) ORDER BY c.name)",
            "string_agg(DISTINCT c.name || ': ' || x, ',' ORDER BY c.name || ': ' || x)")),
    GROUP_CONCAT_LENGTH(new Entry("SS-MY-0114", INFO, 0.1, "GROUP_CONCAT is no longer cut at group_concat_max_len",
            "Nothing to do unless callers relied on the cut; add left(..., n) where they did.",
            "MySQL cuts a GROUP_CONCAT result to group_concat_max_len bytes (1024 by default) with a warning; string_agg keeps "
                    + "the whole list, so long lists are longer on PostgreSQL.",
            "GROUP_CONCAT(title SEPARATOR ', ')",
            "string_agg(title, ', ')")),
    GROUP_BY_EXTENDED(new Entry("SS-MY-0115", MEDIUM, 0.25, "Non-aggregated columns are added to GROUP BY",
            "Check that each added column has one value per group (it depends on a grouped key); if not, aggregate it (MIN, MAX).",
            "MySQL without ONLY_FULL_GROUP_BY lets a query select a column it does not group by and takes any row's value; "
                    + "PostgreSQL rejects that. Grouping by the column too gives the same rows when it has one value per group "
                    + "(depends on the grouped key, as joined columns of a grouped primary key do), and more groups otherwise.",
            "SELECT c.city, SUM(p.amount) FROM ... GROUP BY s.store_id",
            "SELECT c.city, SUM(p.amount) FROM ... GROUP BY s.store_id, c.city")),
    UNIX_TIME_IN_UTC(new Entry("SS-MY-0116", LOW, 0.1, "UNIX time is counted in UTC",
            "Nothing to do when the MySQL server ran with time_zone UTC; otherwise store timestamptz, or add the offset.",
            "MySQL's UNIX_TIMESTAMP(datetime) reads the date and time in the session time zone and FROM_UNIXTIME gives the "
                    + "session's local time; the converted expression reads and gives them in UTC, so the values differ by "
                    + "the server's offset when it was not UTC.",
            "UNIX_TIMESTAMP(created_at), FROM_UNIXTIME(epoch)",
            "EXTRACT(EPOCH FROM created_at), TIMESTAMP '1970-01-01 00:00:00' + epoch * INTERVAL '1' SECOND")),
    CASE_INSENSITIVE_COMPARISON(new Entry("SS-MY-0117", LOW, 0.1, "Strings compare exactly on PostgreSQL",
            "Check the data: where values differ only in case, accents or trailing spaces, compare lower(a) = lower(b), "
                    + "or give the column a nondeterministic ICU collation (or citext).",
            "MySQL's default collations (utf8mb4_0900_ai_ci, latin1_swedish_ci) ignore case and accents, and PAD SPACE "
                    + "collations trailing spaces; PostgreSQL's default collation compares exactly, so 'ABC' = 'abc' becomes false.",
            "WHERE c.name = 'action'",
            "WHERE c.name = 'action'")),
    STRING_NUMBER_COMPARISON(new Entry("SS-MY-0118", MEDIUM, 0.25, "String compared with a number is cast to a number",
            "Check that the column holds only numbers; text that is not a number is 0 on MySQL and an error on PostgreSQL.",
            "MySQL compares a string with a number as floating-point numbers, reading the string's leading digits "
                    + "('12abc' is 12, 'abc' is 0); PostgreSQL has no text = integer, so the string is cast to numeric, "
                    + "which fails on text that is not a number.",
            "WHERE postal_code = 12345",
            "WHERE CAST(postal_code AS numeric) = 12345")),
    ROUTINE_CHARACTERISTIC(new Entry("SS-MY-0150", INFO, 0.0, "Routine characteristic noted",
            "Nothing to do; keep the comment in the target's documentation if it matters.",
            "PostgreSQL has no place for a routine's COMMENT in CREATE FUNCTION (COMMENT ON FUNCTION does) and derives "
                    + "nothing from READS SQL DATA / MODIFIES SQL DATA / CONTAINS SQL / NO SQL, which MySQL does not enforce either.",
            "CREATE FUNCTION f() RETURNS INT READS SQL DATA COMMENT 'x' ...",
            "CREATE FUNCTION f() RETURNS integer ...")),
    TRIGGER_ORDER(new Entry("SS-MY-0151", MEDIUM, 0.25, "Trigger order (FOLLOWS / PRECEDES)",
            "Rename the triggers of the table and event so that their alphabetical order is the order MySQL fired them in.",
            "MySQL fires the triggers of one table, timing and event in creation order, changed by FOLLOWS / PRECEDES; "
                    + "PostgreSQL fires them in the alphabetical order of their names.",
            "CREATE TRIGGER b BEFORE INSERT ON t FOR EACH ROW PRECEDES a ...",
            "CREATE TRIGGER b ... (fires after a: rename to keep the order)")),
    EVENT_SCHEDULE(new Entry("SS-MY-0152", HIGH, 1.0, "Event scheduled with pg_cron",
            "Install pg_cron and schedule the event's procedure with the cron.schedule call in the message.",
            "PostgreSQL has no event scheduler: the event's body becomes a procedure of the event's name, and the pg_cron "
                    + "extension calls it on a cron schedule (STARTS, ENDS and one-time AT schedules have no cron form and are "
                    + "named in the message).",
            "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log WHERE ...",
            "CREATE PROCEDURE purge() ... DELETE FROM log WHERE ...; SELECT cron.schedule('purge', '0 0 * * *', 'CALL purge()')")),
    PREPARED_STATEMENT(new Entry("SS-MY-0153", MEDIUM, 0.5, "Prepared statement run as dynamic SQL",
            "Check the text: its ? placeholders must be $1, $2 ... in PostgreSQL, and its SQL must be PostgreSQL's.",
            "PREPARE / EXECUTE / DEALLOCATE becomes one EXECUTE of the text with USING; the text is evaluated at EXECUTE, "
                    + "not at PREPARE, and its SQL is MySQL's as written.",
            "PREPARE s FROM @sql; EXECUTE s USING @a; DEALLOCATE PREPARE s;",
            "EXECUTE sql USING a;")),
    STORED_PROGRAM_CONSTRUCT(new Entry("SS-MY-0154", MEDIUM, 0.25, "Stored program construct not kept",
            "Check the behaviour the message names and adapt callers or handlers.",
            "The construct has no PL/pgSQL equivalent; the rest of the statement converts.",
            "SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 1234",
            "RAISE EXCEPTION USING ERRCODE = '45000'")),
    INSERT_IGNORE_ERRORS(new Entry("SS-MY-0160", MEDIUM, 0.25, "INSERT IGNORE skips duplicates only",
            "Check that the inserted rows satisfy the NOT NULL, foreign key and range rules, or filter them in the INSERT's query.",
            "INSERT IGNORE skips rows that duplicate a unique key and turns other errors into warnings (NULL in a NOT NULL "
                    + "column becomes the implicit default, a row without its parent is skipped, a value out of range is "
                    + "clipped); ON CONFLICT DO NOTHING skips the duplicates only, the other errors still fail.",
            "INSERT IGNORE INTO tag (name) VALUES (p_name)",
            "INSERT INTO tag (name) VALUES (p_name) ON CONFLICT DO NOTHING")),
    REPLACE_AS_UPDATE(new Entry("SS-MY-0161", MEDIUM, 0.25, "REPLACE written as INSERT ... ON CONFLICT DO UPDATE",
            "Check the table's DELETE and INSERT triggers and the foreign keys with ON DELETE CASCADE that point at it; where "
                    + "they matter, write a DELETE of the duplicate row before a plain INSERT.",
            "REPLACE deletes the row that duplicates a unique key and inserts the new one, firing DELETE and INSERT triggers, "
                    + "cascading the delete to child rows, and giving the columns it does not list their defaults. The "
                    + "converted statement updates the duplicate row in place: UPDATE triggers fire, child rows stay, and "
                    + "columns not listed keep their values.",
            "REPLACE INTO setting (name, value) VALUES ('x', 1)",
            "INSERT INTO setting (name, value) VALUES ('x', 1) ON CONFLICT (name) DO UPDATE SET name = excluded.name, value = excluded.value")),
    LAST_INSERT_ID(new Entry("SS-MY-0185", LOW, 0.1, "LAST_INSERT_ID() read as the session's last generated value",
            "Where a trigger of the table inserts into another AUTO_INCREMENT table, the INSERT adds several rows, or the value is "
                    + "read inside an INSERT into a table with its own AUTO_INCREMENT column (and not right after the INSERT), read "
                    + "the value with INSERT ... RETURNING id INTO v instead.",
            "Right after an INSERT of one row in the same statement list, the value is read from that INSERT's RETURNING, "
                    + "exactly as MySQL gives it. Elsewhere it is lastval(), the value of the sequence the session used last: "
                    + "unlike LAST_INSERT_ID() it counts values a trigger generated, after a multi-row INSERT it is the last "
                    + "row's value where MySQL gives the first row's, and inside an INSERT into a table with its own AUTO_INCREMENT "
                    + "column it reads the key generated for the row being inserted.",
            "INSERT INTO orders (customer) VALUES (c); INSERT INTO lines (order_id) VALUES (LAST_INSERT_ID());",
            "INSERT INTO orders (customer) VALUES (c); INSERT INTO lines (order_id) VALUES (lastval());")),
    SESSION_COUNTER(new Entry("SS-MY-0162", MEDIUM, 0.5, "Session counter of the last statement not converted",
            "Rewrite as the message says (INSERT ... RETURNING, lastval(), GET DIAGNOSTICS, a count query).",
            "FOUND_ROWS() and LAST_INSERT_ID(expr) read or set what the session's last SELECT or INSERT left behind; "
                    + "PostgreSQL keeps neither, so the expression that calls them is written commented out.",
            "SELECT SQL_CALC_FOUND_ROWS * FROM t LIMIT 10; SET v_total = FOUND_ROWS();",
            "SELECT count(*) FROM t INTO v_total;")),
    CHANGE_IGNORE(new Entry("SS-MY-0170", MEDIUM, 0.25, "UPDATE / DELETE IGNORE fails where MySQL skips a row",
            "Exclude the rows whose change would fail in the WHERE (NOT EXISTS on the unique key or the child table), or catch "
                    + "the error around the statement.",
            "With IGNORE, MySQL skips the rows whose change fails (a new value duplicating a unique key, a parent row a foreign "
                    + "key still references) and turns other errors into warnings; PostgreSQL has no such modifier and fails "
                    + "the whole statement at the first such row.",
            "UPDATE IGNORE tag SET name = LOWER(name)",
            "UPDATE tag SET name = lower(name)")),
    USER_VARIABLE_LOCAL(new Entry("SS-MY-0171", LOW, 0.25, "User variable made a local variable",
            "Check the callers: where one reads the variable after the call, return the value in an OUT parameter or keep it "
                    + "in a session setting (set_config / current_setting).",
            "A user variable (@x) belongs to the session: its value outlives the call. The program sets it before it reads it, "
                    + "so inside the program it behaves as a local variable, which it becomes; only a reader after the call "
                    + "sees the difference.",
            "SET @n = 0; ... SET @n = @n + 1;",
            "DECLARE uv_n bigint; ... uv_n := 0; ... uv_n := uv_n + 1;")),
    STRING_CONDITION(new Entry("SS-MY-0172", MEDIUM, 0.25, "String used as a condition is cast to a number",
            "Check that the value is always a number; text that is not a number is 0 (false) on MySQL and an error on PostgreSQL.",
            "MySQL takes a string used as a condition as the number its leading digits make ('0abc' is false, '2x' true, "
                    + "'abc' false); PostgreSQL has no text-to-boolean rule, so the string is cast to numeric and compared "
                    + "with 0, which fails on text that is not a number.",
            "IF code THEN ...",
            "IF CAST(code AS DECIMAL) <> 0 THEN ...")),
    TRIGGER_RENAMED_FOR_ORDER(new Entry("SS-MY-0173", LOW, 0.1, "Trigger renamed to keep MySQL's firing order",
            "Keep the new names (or others sorting the same way); use them wherever the triggers are dropped or altered.",
            "MySQL fires the triggers of one table, timing and event in creation order, changed by FOLLOWS / PRECEDES; "
                    + "PostgreSQL fires them in the alphabetical order of their names, so each such trigger gets a numbered "
                    + "prefix giving that order.",
            "CREATE TRIGGER z_fill BEFORE INSERT ON t ...; CREATE TRIGGER a_check BEFORE INSERT ON t ...",
            "CREATE TRIGGER t1_z_fill ...; CREATE TRIGGER t2_a_check ...")),
    EVENT_PROCEDURE_RENAMED(new Entry("SS-MY-0174", LOW, 0.1, "Event's procedure named apart from a routine",
            "Keep the new name in the pg_cron call and wherever the event's procedure is called.",
            "MySQL keeps events apart from procedures and functions, so an event may share a routine's name; on PostgreSQL the "
                    + "event becomes a procedure without parameters, which would replace or clash with that routine, so it is "
                    + "named name_event (name_event2, ... if that is taken too).",
            "CREATE PROCEDURE purge() ...; CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO CALL purge();",
            "CREATE PROCEDURE purge() ...; CREATE PROCEDURE purge_event() ... CALL purge();")),
    CHANGE_ORDER_LEFT_OUT(new Entry("SS-MY-0175", LOW, 0.25, "ORDER BY of UPDATE / DELETE without LIMIT left out",
            "Check whether the order avoided a duplicate-key error (UPDATE t SET id = id + 1 ORDER BY id DESC); if so, make the "
                    + "unique constraint DEFERRABLE or change the rows in two steps.",
            "Without LIMIT, ORDER BY only sets the order in which MySQL changes the rows, which decides whether a unique key "
                    + "is violated midway and in which order triggers fire; PostgreSQL changes rows in no stated order.",
            "UPDATE seat SET no = no + 1 ORDER BY no DESC",
            "UPDATE seat SET no = no + 1")),
    TEMPORARY_TABLE_IN_PROGRAM(new Entry("SS-MY-0176", LOW, 0.25, "Temporary table created or dropped by a stored program",
            "Check the code does not rely on MySQL's errors for a table that already exists (CREATE without IF NOT EXISTS) "
                    + "or is missing (DROP without IF EXISTS): the converted code replaces or skips it instead.",
            "A MySQL temporary table lives until the session ends, as PostgreSQL's does, and hides a permanent table of the "
                    + "same name, as pg_temp does. CREATE TEMPORARY TABLE becomes CREATE TEMPORARY TABLE after DROP TABLE IF "
                    + "EXISTS pg_temp.t (so a table left by an earlier call is replaced where MySQL raises 'table exists'); with "
                    + "IF NOT EXISTS an existing one is kept with its rows, as in MySQL. DROP TEMPORARY TABLE becomes DROP TABLE "
                    + "IF EXISTS pg_temp.t, which never drops a permanent table.",
            "CREATE TEMPORARY TABLE tmp (id INT PRIMARY KEY);",
            "DROP TABLE IF EXISTS pg_temp.tmp; CREATE TEMPORARY TABLE tmp (id integer NOT NULL, UNIQUE (id));")),
    TEMPORARY_TABLE_CONSTRAINT(new Entry("SS-MY-0177", MEDIUM, 0.5, "Index or constraint of a temporary table is not kept",
            "Add the check to the code that fills the table, or create the index with CREATE INDEX after the CREATE.",
            "CHECK and FOREIGN KEY constraints and plain indexes of a temporary table a stored program creates are not "
                    + "written: the table keeps its columns, NOT NULL, defaults, AUTO_INCREMENT as identity, primary and unique keys.",
            "CREATE TEMPORARY TABLE tmp (id INT, qty INT CHECK (qty > 0), KEY (qty));",
            "CREATE TEMPORARY TABLE tmp (id integer, qty integer);")),
    TRUNCATE_IN_PROGRAM(new Entry("SS-MY-0178", LOW, 0.25, "TRUNCATE in a stored program does not commit",
            "Check the code does not rely on the commit: add COMMIT before the TRUNCATE in a procedure if it must, or keep the "
                    + "rollback behaviour PostgreSQL gives.",
            "MySQL's TRUNCATE TABLE is DDL: it commits the open transaction first and cannot be rolled back "
                    + "(https://dev.mysql.com/doc/refman/8.0/en/implicit-commit.html). PostgreSQL's TRUNCATE runs in the caller's "
                    + "transaction and is undone by ROLLBACK. Both reset the table's counter (AUTO_INCREMENT, RESTART IDENTITY).",
            "TRUNCATE TABLE stage;",
            "TRUNCATE TABLE stage RESTART IDENTITY;")),
    JSON_PATH_NOT_CONVERTED(new Entry("SS-MY-0179", MEDIUM, 0.5, "JSON path not converted",
            "Rewrite the expression on jsonb: #> with the keys, jsonb_path_query / jsonb_path_query_array for wildcards, or a "
                    + "variable path built as a text[] of keys.",
            "Only a literal MySQL path of object keys and array indexes ('$.a.b[0]') has a jsonb path ('{a,b,0}'); a wildcard "
                    + "('$[*]', '$**.a'), a range or last, a path computed at run time, or the document itself where a part of "
                    + "it is needed, is left for a person rather than guessed.",
            "SELECT JSON_EXTRACT(doc, '$.items[*].id') FROM t",
            "SELECT jsonb_path_query_array(doc, '$.items[*].id') FROM t")),
    JSON_FORM_NOT_CONVERTED(new Entry("SS-MY-0180", MEDIUM, 0.25, "JSON function form not converted",
            "Split the call into one call per path (JSON_EXTRACT of several paths is an array of their values), or rewrite "
                    + "it on jsonb by hand.",
            "A JSON function given several paths or path-value pairs, JSON_CONTAINS_PATH without a literal 'one' or 'all', or "
                    + "JSON_UNQUOTE of anything but JSON_EXTRACT (or ->), has no single jsonb operator.",
            "SELECT JSON_SET(doc, '$.a', 1, '$.b', 2) FROM t",
            "SELECT jsonb_set(jsonb_set(doc, '{a}', '1'), '{b}', '2') FROM t")),
    JSON_NUMBER_TYPE(new Entry("SS-MY-0181", LOW, 0.1, "JSON_TYPE of a number named by its digits",
            "Check code that tests JSON_TYPE for DECIMAL or UNSIGNED INTEGER: on PostgreSQL a number is INTEGER without a "
                    + "fraction or exponent, DOUBLE otherwise.",
            "MySQL names a JSON number's type by how it was stored: INTEGER, UNSIGNED INTEGER past 2^63, DECIMAL when it came "
                    + "from a DECIMAL value, DOUBLE when parsed with a fraction or exponent. jsonb keeps only the number, so the "
                    + "converted JSON_TYPE says INTEGER for whole numbers written without them and DOUBLE for the rest.",
            "SELECT JSON_TYPE(doc->'$.price') FROM t",
            "SELECT CASE jsonb_typeof(...) WHEN 'number' THEN CASE WHEN ... SIMILAR TO '-?[0-9]+' THEN 'INTEGER' ELSE 'DOUBLE' END ELSE upper(jsonb_typeof(...)) END FROM t")),
    MARIADB_JSON_COLUMN(new Entry("SS-MY-0187", INFO, 0.1, "MariaDB JSON column (LONGTEXT with json_valid) read as JSON",
            "No action needed where the column holds documents; code that reads the column as text sees the document as the "
                    + "target's JSON type writes it.",
            "MariaDB's JSON is LONGTEXT with a CHECK (json_valid(c)) the server adds, as its dumps write it; the column "
                    + "becomes the target's JSON type (jsonb on PostgreSQL, JSON on MySQL) and the check, which that type "
                    + "enforces, is left out. jsonb keeps a document normalized (keys sorted, no insignificant spaces, the "
                    + "last of duplicate keys), where MariaDB keeps the text as written.",
            "attrs longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(attrs))",
            "attrs jsonb")),
    DIVISION_BY_ZERO_NULL(new Entry("SS-MY-0188", INFO, 0, "Division by zero in a view gives NULL, as in MySQL",
            "No action needed; check that code reading the view expects NULL where a divisor is 0.",
            "A query divides by zero to NULL in MySQL (with a warning; ERROR_FOR_DIVISION_BY_ZERO and strict mode raise only in "
                    + "data changes and stored programs), PostgreSQL raises: the view's divisor of /, DIV, MOD and % is written "
                    + "NULLIF(divisor, 0), unless it is a literal other than 0.",
            "CREATE VIEW v AS SELECT total / qty AS unit FROM t",
            "CREATE VIEW v AS SELECT CAST(total AS numeric) / NULLIF(qty, 0) AS unit FROM t")),
    HANDLER_WRITES_UNDONE(new Entry("SS-MY-0189", MEDIUM, 1, "A handler's changes are undone by the error it raises",
            "Where the changes must outlive the error (an error log), write them from the caller after catching the error, "
                    + "or from a procedure that commits before it raises (PostgreSQL 11+ procedures called outside a transaction "
                    + "block may COMMIT; the caller's work is committed with it), or through dblink as an autonomous transaction.",
            "Under autocommit MySQL commits each statement of a stored program as it runs: the handler's INSERT into a log and "
                    + "the statements before the error stay when RESIGNAL or SIGNAL sends the error to the caller. On PostgreSQL "
                    + "an error that leaves a CALL or a function undoes everything the call did, the handler's changes included.",
            "DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN INSERT INTO error_log VALUES (NOW(), 'load'); RESIGNAL; END;",
            "-- call the procedure in a block that catches the error, then INSERT INTO error_log there")),
    PREPARED_TEXT_CONVERTED(new Entry("SS-MY-0184", INFO, 0.05, "Prepared statement of a known text converted",
            "Review the converted text in the EXECUTE; the prepared statement needs no other change.",
            "The text of PREPARE is a literal, or a user variable the program sets once to literals joined with CONCAT: it "
                    + "is read as MySQL SQL and converted as the same statement written in the program would be, then run "
                    + "by EXECUTE with its ? placeholders numbered $1, $2 ... in the order of USING (a SELECT is a result set "
                    + "of the procedure, as a bare SELECT is). The variable that held the text is not set: it is not left in "
                    + "the session after the call.",
            "SET @sql = 'UPDATE stock SET qty = qty - ? WHERE id = ?'; PREPARE s FROM @sql; EXECUTE s USING @n, @id;",
            "EXECUTE 'UPDATE stock SET qty = qty - $1 WHERE id = $2' USING uv_n, uv_id;")),
    IMPLICIT_FOREIGN_KEY_INDEX(new Entry("SS-MY-0200", INFO, 0, "Index InnoDB creates for a foreign key written out",
            "No action needed; the index keeps joins on the foreign key and deletes of parent rows from scanning the whole table.",
            "InnoDB creates an index on a foreign key's columns when no index starts with them; PostgreSQL does not, so the "
                    + "converted schema creates it, named as MySQL names it (the constraint name, else the first column).",
            "CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)",
            "CREATE INDEX fk_order_customer ON orders (customer_id);"));

    private final Entry entry;

    MySqlCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
