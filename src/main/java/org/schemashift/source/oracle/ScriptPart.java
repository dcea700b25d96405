package org.schemashift.source.oracle;

import org.schemashift.source.RawStatement;

/**
 * One piece of a SQL*Plus script: a SQL statement (ended by {@code ;} or a {@code /} line), a
 * PL/SQL unit (a block or a CREATE PROCEDURE / FUNCTION / PACKAGE / TRIGGER / TYPE, ended by a
 * {@code /} line), or a SQL*Plus command line (SET, PROMPT, DEFINE, {@code @file}, ...).
 */
record ScriptPart(Kind kind, RawStatement raw) {
    enum Kind { SQL, PLSQL, SQLPLUS }
}
