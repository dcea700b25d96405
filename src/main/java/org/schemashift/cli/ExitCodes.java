package org.schemashift.cli;

import org.schemashift.apply.FailureKind;

/** Exit statuses, as documented in the README. */
final class ExitCodes {
    /** The run completed, with or without action items. */
    static final int OK = 0;
    /** --fail-on: an action item at or above the given severity exists. */
    static final int FAILED_ON_SEVERITY = 1;
    /** Usage error, unknown dialect, unreadable input or unwritable output. */
    static final int USAGE = 2;
    /** apply: a statement failed (all-or-nothing: rolled back; --per-object: the others were committed). */
    static final int STATEMENT_ERROR = 3;
    /** apply: refused by the journal (object changed, exists without SchemaShift, or failed before and no --resume). */
    static final int REFUSED = 4;
    /** apply: the server cannot be reached (host, port, network). */
    static final int CONNECTION_FAILED = 5;
    /** apply: wrong or missing password, or the server does not let this user in. */
    static final int AUTHENTICATION_FAILED = 6;
    /** apply: the database in the URL does not exist. */
    static final int DATABASE_MISSING = 7;
    /** apply: the user lacks a privilege the schema or the journal needs. */
    static final int INSUFFICIENT_PRIVILEGES = 8;
    /** apply: the embedded database could not be started. */
    static final int EMBEDDED_SERVER_FAILED = 9;
    /** A bug in SchemaShift; the message says what. */
    static final int INTERNAL = 70;

    static int of(FailureKind kind) {
        switch (kind) {
            case CONNECTION_FAILED:
                return CONNECTION_FAILED;
            case AUTHENTICATION_FAILED:
                return AUTHENTICATION_FAILED;
            case DATABASE_MISSING:
                return DATABASE_MISSING;
            case INSUFFICIENT_PRIVILEGES:
                return INSUFFICIENT_PRIVILEGES;
            case REFUSED:
                return REFUSED;
            case EMBEDDED_SERVER_FAILED:
                return EMBEDDED_SERVER_FAILED;
            default:
                return STATEMENT_ERROR;
        }
    }

    private ExitCodes() {
    }
}
