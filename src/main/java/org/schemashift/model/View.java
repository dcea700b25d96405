package org.schemashift.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view or materialized view. {@code query} is null until the dialect's query builder exists;
 * {@code sourceText} always holds the statement as written. {@code comment} (null when absent)
 * and {@code columnComments} (by column name) come from COMMENT ON statements.
 */
public record View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                   boolean checkOption, String sourceText, SourceSpan span, String comment,
                   Map<String, String> columnComments) {
    public View {
        columns = List.copyOf(columns);
        columnComments = Map.copyOf(columnComments);
    }

    /** A view without comments. */
    public View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                boolean checkOption, String sourceText, SourceSpan span) {
        this(name, columns, query, materialized, readOnly, checkOption, sourceText, span, null, Map.of());
    }

    public View withName(ObjectName n) {
        return new View(n, columns, query, materialized, readOnly, checkOption, sourceText, span, comment, columnComments);
    }

    public View withQuery(Expr q) {
        return new View(name, columns, q, materialized, readOnly, checkOption, sourceText, span, comment, columnComments);
    }

    /** The view with a comment on itself ({@code column} null) or on one of its columns. */
    public View withComment(String column, String text) {
        if (column == null) {
            return new View(name, columns, query, materialized, readOnly, checkOption, sourceText, span, text, columnComments);
        }
        Map<String, String> comments = new LinkedHashMap<>(columnComments);
        comments.put(column, text);
        return new View(name, columns, query, materialized, readOnly, checkOption, sourceText, span, comment, comments);
    }
}
