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
