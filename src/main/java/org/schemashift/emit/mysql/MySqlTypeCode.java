package org.schemashift.emit.mysql;

import static org.schemashift.model.Severity.*;

import org.schemashift.model.ActionCode;

/**
 * Action items about source types MySQL 8.0 / MariaDB 10.11 as a target cannot express (SS-MYSQL-07…),
 * raised by the write rules of mappings/types/mysql.yaml. Codes are stable: never renumber, only add.
 */
public enum MySqlTypeCode implements ActionCode {
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
    SDO_GEOMETRY(new Entry("SS-MYSQL-0703", HIGH, 2, "SDO_GEOMETRY column becomes a MySQL geometry",
            "Copy the data as WKB: SDO_UTIL.TO_WKBGEOMETRY in Oracle, ST_GeomFromWKB in MySQL; set the SRID.",
            "Oracle Spatial stores an object type, not the WKB that MySQL geometries hold; the column is a geometry, its data "
                    + "must be converted.",
            "shape MDSYS.SDO_GEOMETRY",
            "shape geometry"));

    private final Entry entry;

    MySqlTypeCode(Entry entry) {
        this.entry = entry;
    }

    @Override
    public Entry entry() {
        return entry;
    }
}
