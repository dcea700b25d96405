package org.schemashift.plan;

import java.util.List;
import org.schemashift.model.Column;
import org.schemashift.model.ForeignKey;
import org.schemashift.model.Grant;
import org.schemashift.model.Index;
import org.schemashift.model.PackageState;
import org.schemashift.model.Routine;
import org.schemashift.model.Sequence;
import org.schemashift.model.Synonym;
import org.schemashift.model.Table;
import org.schemashift.model.Trigger;
import org.schemashift.model.UserType;
import org.schemashift.model.View;

/**
 * One step of a {@link DdlPlan}, in apply order. Names are claimed and every decision about what
 * is written, commented out or reported is made; a target's emitter only spells each step.
 */
public sealed interface PlannedStep {

    /** CREATE SCHEMA (or DATABASE) {@code name}, unquoted. */
    record CreateSchema(String name) implements PlannedStep {
    }

    /** Where the helper functions that written expressions call go: after the schemas, before any use. */
    record HelperLibraries() implements PlannedStep {
    }

    record CreateType(UserType type, TargetName name) implements PlannedStep {
    }

    /** A sequence, before the tables so defaults can use it. */
    record CreateSequence(Sequence sequence, TargetName name) implements PlannedStep {
    }

    record CreateTable(PlannedTable table) implements PlannedStep {
    }

    /**
     * An index that does not serve a primary key or unique constraint; {@code name} is claimed.
     * {@code commentedOut}: the target cannot create it (the reason is an action item).
     */
    record CreateIndex(Table table, TargetName tableName, Index index, String name, boolean commentedOut)
            implements PlannedStep {
    }

    /**
     * A foreign key, after every table so cycles and forward references need no ordering.
     * {@code parentColumns}: the referenced columns, the parent's primary key where the source
     * left them implicit. {@code commentedOut}: the target would reject it (the reason is an item).
     */
    record AddForeignKey(Table table, TargetName tableName, ForeignKey foreignKey, TargetName parent,
                         List<String> parentColumns, String name, boolean commentedOut) implements PlannedStep {
        public AddForeignKey {
            parentColumns = List.copyOf(parentColumns);
        }
    }

    /** COMMENT ON the table and its columns (targets whose comments are separate statements). */
    record AddComments(Table table, TargetName tableName) implements PlannedStep {
    }

    /** An ON UPDATE column clause the target has no native form of, as a trigger. */
    record AddOnUpdateTrigger(Table table, TargetName tableName, List<Column> columns) implements PlannedStep {
    }

    /**
     * Columns whose default (or, for an identity column, next value) also replaces an explicitly
     * inserted NULL (Oracle's DEFAULT ON NULL), as a BEFORE INSERT trigger.
     */
    record AddDefaultOnNullTrigger(Table table, TargetName tableName, List<Column> columns) implements PlannedStep {
        public AddDefaultOnNullTrigger {
            columns = List.copyOf(columns);
        }
    }

    /** A view, after the views its query reads; {@code converted} false: written commented out. */
    record CreateView(View view, TargetName name, boolean converted) implements PlannedStep {
    }

    /**
     * What a package needs besides its routines, in its schema: its record types, and for each
     * package variable a getter and a setter that keep the value for the session.
     */
    record CreatePackageState(PackageState state) implements PlannedStep {
    }

    /** A procedure or function, after what its signature and (for a view's function) its callers need. */
    record CreateRoutine(Routine routine) implements PlannedStep {
    }

    /** A trigger, after its table and every routine. */
    record CreateTrigger(Trigger trigger) implements PlannedStep {
    }

    /** A synonym for a relation, as a view of it ({@code name} non-null), or only a note when {@code name} is null. */
    record CreateSynonym(Synonym synonym, TargetName name, TargetName target) implements PlannedStep {
    }

    /**
     * A GRANT of {@code privileges} (those the target has, as the source spelled them, or ALL) on
     * {@code object}, a table, view or (when {@code sequence}) sequence of the input.
     */
    record WriteGrant(Grant grant, TargetName object, boolean sequence, List<String> privileges) implements PlannedStep {
    }
}
