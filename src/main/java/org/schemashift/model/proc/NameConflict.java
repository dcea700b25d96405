package org.schemashift.model.proc;

/**
 * What a name in an embedded SQL statement means when it is both a column and a variable or
 * parameter: the source's rule, which a target must keep. Oracle takes the column; MySQL takes the
 * variable; T-SQL cannot clash ({@code @} names), nor can a source that renamed its variables.
 */
public enum NameConflict { COLUMN, VARIABLE, CANNOT_CLASH }
