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
            "Install pg_cron, create the body as a procedure and schedule the call with the cron.schedule call in the message.",
            "PostgreSQL has no event scheduler; the pg_cron extension runs SQL on a cron schedule.",
            "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM log WHERE ...",
            "SELECT cron.schedule('purge', '0 0 * * *', $$DELETE FROM log WHERE ...$$)")),
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
