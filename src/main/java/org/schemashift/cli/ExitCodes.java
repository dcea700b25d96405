package org.schemashift.cli;

/** Exit statuses, as documented in the README. */
final class ExitCodes {
    /** The run completed, with or without action items. */
    static final int OK = 0;
    /** --fail-on: an action item at or above the given severity exists. */
    static final int FAILED_ON_SEVERITY = 1;
    /** Usage error, unknown dialect, unreadable input or unwritable output. */
    static final int USAGE = 2;
    /** A bug in SchemaShift; the message says what. */
    static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
