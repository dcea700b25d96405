package org.schemashift.apply;

/**
 * Why an apply could not go on. The command maps each to its own exit status (README), so a
 * script can tell a wrong password from a broken statement without reading messages.
 */
public enum FailureKind {
    /** Host unreachable, port closed, or the server refused the connection. */
    CONNECTION_FAILED,
    /** Wrong or missing password, or no pg_hba entry for the user. */
    AUTHENTICATION_FAILED,
    /** The database named in the URL does not exist. */
    DATABASE_MISSING,
    /** The user may connect but not create the objects (or the journal). */
    INSUFFICIENT_PRIVILEGES,
    /** The journal refuses: an object changed since it was applied, exists without having been applied
     * by SchemaShift, or a previous apply failed and --resume was not given; or another apply to the
     * same schema holds the lock. */
    REFUSED,
    /** A statement of schema.sql failed. */
    STATEMENT_ERROR,
    /** The embedded database could not be started. */
    EMBEDDED_SERVER_FAILED
}
