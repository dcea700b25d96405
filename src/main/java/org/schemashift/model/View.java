package org.schemashift.model;

import java.util.List;

/**
 * A view or materialized view. {@code query} is null until the dialect's query builder exists;
 * {@code sourceText} always holds the statement as written.
 */
public record View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                   boolean checkOption, String sourceText, SourceSpan span) {
    public View {
        columns = List.copyOf(columns);
    }

    public View withQuery(Expr q) {
        return new View(name, columns, q, materialized, readOnly, checkOption, sourceText, span);
    }
}
