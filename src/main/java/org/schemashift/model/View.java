package org.schemashift.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view, a materialized view, or a table created from a query ({@code CREATE TABLE t AS SELECT},
 * SQL Server's {@code SELECT ... INTO t}): all three are a relation defined by a query, converted
 * and ordered alike. {@code query} is null until the dialect's query builder exists;
 * {@code sourceText} always holds the statement as written. {@code comment} (null when absent)
 * and {@code columnComments} (by column name) come from COMMENT ON statements (or SQL Server's
 * MS_Description), each statement in {@code commentedAt}, so a target without view comments can
 * report each where it was written.
 */
public record View(ObjectName name, List<String> columns, Expr query, Kind kind, boolean readOnly,
                   boolean checkOption, String sourceText, SourceSpan span, String comment,
                   Map<String, String> columnComments, List<CommentedAt> commentedAt) {
    public View {
        columns = List.copyOf(columns);
        columnComments = Map.copyOf(columnComments);
        commentedAt = List.copyOf(commentedAt);
    }

    /** What the query defines: a view, a materialized view, or a table filled once with the query's rows. */
    public enum Kind { VIEW, MATERIALIZED_VIEW, TABLE_AS_SELECT }

    /** Where a comment on the view ({@code column} null) or on one of its columns was set. */
    public record CommentedAt(String column, SourceSpan span) {
    }

    /** A view without comments. */
    public View(ObjectName name, List<String> columns, Expr query, boolean materialized, boolean readOnly,
                boolean checkOption, String sourceText, SourceSpan span) {
        this(name, columns, query, materialized ? Kind.MATERIALIZED_VIEW : Kind.VIEW, readOnly, checkOption, sourceText, span,
                null, Map.of(), List.of());
    }

    /** {@code CREATE TABLE name [(columns)] AS query}: a table of the query's columns and rows. */
    public static View tableAsSelect(ObjectName name, List<String> columns, Expr query, String sourceText, SourceSpan span) {
        return new View(name, columns, query, Kind.TABLE_AS_SELECT, false, false, sourceText, span, null, Map.of(), List.of());
    }

    public boolean materialized() {
        return kind == Kind.MATERIALIZED_VIEW;
    }

    public boolean tableAsSelect() {
        return kind == Kind.TABLE_AS_SELECT;
    }

    /** The kind of object the target creates: a table for {@link Kind#TABLE_AS_SELECT}, else a view. */
    public ObjectKind objectKind() {
        return kind == Kind.TABLE_AS_SELECT ? ObjectKind.TABLE : ObjectKind.VIEW;
    }

    /** What the target creates: "view", "materialized view" or "table", as messages name it. */
    public String what() {
        return switch (kind) {
            case VIEW -> "view";
            case MATERIALIZED_VIEW -> "materialized view";
            case TABLE_AS_SELECT -> "table";
        };
    }

    public View withName(ObjectName n) {
        return new View(n, columns, query, kind, readOnly, checkOption, sourceText, span, comment, columnComments, commentedAt);
    }

    public View withQuery(Expr q) {
        return new View(name, columns, q, kind, readOnly, checkOption, sourceText, span, comment, columnComments, commentedAt);
    }

    /** The view with a comment on itself ({@code column} null) or on one of its columns, set at {@code at}. */
    public View withComment(String column, String text, SourceSpan at) {
        List<CommentedAt> where = new ArrayList<>(commentedAt);
        where.add(new CommentedAt(column, at));
        if (column == null) {
            return new View(name, columns, query, kind, readOnly, checkOption, sourceText, span, text, columnComments, where);
        }
        Map<String, String> comments = new LinkedHashMap<>(columnComments);
        comments.put(column, text);
        return new View(name, columns, query, kind, readOnly, checkOption, sourceText, span, comment, comments, where);
    }
}
