package org.schemashift.model.proc;

import org.apache.calcite.sql.SqlNode;
import org.schemashift.model.SourceSpan;

/** A routine or cursor parameter; {@code defaultValue} is null when the caller must pass it. */
public record Parameter(String name, ParameterMode mode, ProcType type, SqlNode defaultValue, SourceSpan span) {
}
