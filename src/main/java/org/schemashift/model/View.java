package org.schemashift.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view or materialized view. {@code query} is null until the dialect's query builder exists;
 * {@code sourceText} always holds the statement as written. {@code comment} (null when absent)
 * and {@code columnComments} (by column name) come from COMMENT ON statements (or SQL Server's
 * MS_Description), each statement in {@code commentedAt}, so a target without view comments can
 * report each where it was written.
 */
public record View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                   boolean checkOption, String sourceText, SourceSpan span, String comment,
                   Map<String, String> columnComments, List<CommentedAt> commentedAt) {
    public View {
        columns = List.copyOf(columns);
        columnComments = Map.copyOf(columnComments);
        commentedAt = List.copyOf(commentedAt);
    }

    /** Where a comment on the view ({@code column} null) or on one of its columns was set. */
    public record CommentedAt(String column, SourceSpan span) {
    }

    /** A view without comments. */
    public View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                boolean checkOption, String sourceText, SourceSpan span) {
        this(name, columns, query, materialized, readOnly, checkOption, sourceText, span, null, Map.of(), List.of());
    }

    public View withName(ObjectName n) {
        return new View(n, columns, query, materialized, readOnly, checkOption, sourceText, span, comment, columnComments, commentedAt);
    }

    public View withQuery(Expr q) {
        return new View(name, columns, q, materialized, readOnly, checkOption, sourceText, span, comment, columnComments, commentedAt);
    }

    /** The view with a comment on itself ({@code column} null) or on one of its columns, set at {@code at}. */
    public View withComment(String column, String text, SourceSpan at) {
        List<CommentedAt> where = new ArrayList<>(commentedAt);
        where.add(new CommentedAt(column, at));
        if (column == null) {
            return new View(name, columns, query, materialized, readOnly, checkOption, sourceText, span, text, columnComments, where);
        }
        Map<String, String> comments = new LinkedHashMap<>(columnComments);
        comments.put(column, text);
        return new View(name, columns, query, materialized, readOnly, checkOption, sourceText, span, comment, comments, where);
    }
}
