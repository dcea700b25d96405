package org.schemashift.model;

import java.util.Locale;

/**
 * How a source dialect treats the case of names: which names are one object (the {@link #key}
 * the catalog indexes by) and how targets fold them.
 */
public enum NameCase {
    /** Names match whatever their case (SQL Server's default collations, MySQL with lower_case_table_names 1 or 2): fold freely. */
    INSENSITIVE,
    /**
     * Names match only in the same case (MySQL tables with lower_case_table_names=0, SQL Server
     * under a case-sensitive collation); targets still fold them, and two that fold alike are renamed.
     */
    SENSITIVE,
    /** Unquoted names are stored upper case (Oracle): an all-upper name is an ordinary name, any other was quoted. */
    UPPER_CANONICAL,
    /** Unquoted names are stored lower case (PostgreSQL): an all-lower name is an ordinary name. */
    LOWER_CANONICAL;

    /**
     * The key under which two source names are the same object. An ordinary name (any name of an
     * insensitive source, an all-upper Oracle name) keys lower case, as {@link ObjectName#key()}
     * does; a name only its exact case reaches keys as written, in double quotes, so Oracle
     * {@code "orders"} and {@code ORDERS} are two objects and MySQL {@code User} and {@code user} too.
     */
    public String key(ObjectName name) {
        String n = part(name.name());
        return name.schema() == null ? n : part(name.schema()) + "." + n;
    }

    private String part(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean ordinary = switch (this) {
            case INSENSITIVE -> true;
            case UPPER_CANONICAL -> name.equals(name.toUpperCase(Locale.ROOT));
            case SENSITIVE, LOWER_CANONICAL -> name.equals(lower);
        };
        return ordinary ? lower : '"' + name + '"';
    }
}
