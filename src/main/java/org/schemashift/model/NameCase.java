package org.schemashift.model;

/** How a source dialect treats the case of names, which decides how targets fold them. */
public enum NameCase {
    /** Names match whatever their case (MySQL columns, SQL Server): fold freely. */
    INSENSITIVE,
    /** Unquoted names are stored upper case (Oracle): an all-upper name is an ordinary name. */
    UPPER_CANONICAL,
    /** Unquoted names are stored lower case (PostgreSQL): an all-lower name is an ordinary name. */
    LOWER_CANONICAL
}
