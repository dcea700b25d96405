package org.schemashift.model;

import java.util.List;
import org.schemashift.model.proc.RoutineBody;

/**
 * A trigger: timing (BEFORE/AFTER/INSTEAD OF), events (INSERT/UPDATE/DELETE), row or statement
 * level, an optional WHEN condition, and its code as the procedural IR, where the new and old rows
 * are the identifiers NEW and OLD (a source's REFERENCING names are renamed to them by its builder).
 * {@code updateColumns}: UPDATE OF columns (empty: any column); {@code follows}: triggers on the same
 * table and event this one must fire right after (Oracle and MySQL FOLLOWS); {@code precedes}: those it must fire
 * right before (MySQL PRECEDES, which places the new trigger in front of the other, not at the end);
 * {@code disabled}: the trigger exists but does not fire (Oracle CREATE TRIGGER ... DISABLE, ALTER TRIGGER ... DISABLE);
 * {@code transitions}: for a statement-level trigger, the names under which its body reads the rows the
 * statement inserted and deleted as tables (T-SQL {@code inserted} / {@code deleted}), or null;
 * {@code firesOnOwnChanges}: whether a change its own body makes to its table fires it again (Oracle and
 * PostgreSQL: yes; SQL Server: no, RECURSIVE_TRIGGERS being OFF by default, though a change made by another
 * trigger it sets off does fire it).
 */
public record Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                      Expr when, RoutineBody body, SourceSpan span, List<String> updateColumns, List<ObjectName> follows,
                      List<ObjectName> precedes, boolean disabled, TransitionTables transitions, boolean firesOnOwnChanges) {

    /**
     * The tables of new and old rows a statement-level trigger may read, each name null when the source has
     * none; a target references those the body reads and its event has.
     */
    public record TransitionTables(String newRows, String oldRows) {
    }

    public Trigger {
        events = List.copyOf(events);
        updateColumns = updateColumns == null ? List.of() : List.copyOf(updateColumns);
        follows = follows == null ? List.of() : List.copyOf(follows);
        precedes = precedes == null ? List.of() : List.copyOf(precedes);
    }

    /** A trigger without transition tables. */
    public Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                   Expr when, RoutineBody body, SourceSpan span, List<String> updateColumns, List<ObjectName> follows,
                   boolean disabled) {
        this(name, table, timing, events, forEachRow, when, body, span, updateColumns, follows, List.of(), disabled, null, true);
    }

    /** An enabled trigger. */
    public Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                   Expr when, RoutineBody body, SourceSpan span, List<String> updateColumns, List<ObjectName> follows) {
        this(name, table, timing, events, forEachRow, when, body, span, updateColumns, follows, false);
    }

    /** A trigger on any column, with no ordering. */
    public Trigger(ObjectName name, ObjectName table, String timing, List<String> events, boolean forEachRow,
                   Expr when, RoutineBody body, SourceSpan span) {
        this(name, table, timing, events, forEachRow, when, body, span, List.of(), List.of());
    }

    /** This trigger with another body. */
    public Trigger withBody(RoutineBody newBody) {
        return new Trigger(name, table, timing, events, forEachRow, when, newBody, span, updateColumns, follows, precedes, disabled, transitions,
                firesOnOwnChanges);
    }

    /** This trigger, enabled or disabled. */
    public Trigger withDisabled(boolean isDisabled) {
        return new Trigger(name, table, timing, events, forEachRow, when, body, span, updateColumns, follows, precedes, isDisabled, transitions,
                firesOnOwnChanges);
    }
}
