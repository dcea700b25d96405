package org.schemashift.emit.mysql;

/** String literals as MySQL reads them in its default SQL mode, where a backslash escapes. */
final class MySqlLiterals {

    private MySqlLiterals() {
    }

    static String string(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
