package org.schemashift.model;

import java.util.List;

/**
 * What one source statement does to the schema. A statement yields zero or more changes; the
 * catalog is the result of applying every change in input order.
 */
public sealed interface SchemaChange {

    record CreateSchema(String name, SourceSpan span) implements SchemaChange {}

    /** Makes {@code name} the default schema for unqualified names that follow (USE, SET search_path). */
    record UseSchema(String name, SourceSpan span) implements SchemaChange {}

    record CreateTable(Table table) implements SchemaChange {}

    /** CREATE TABLE t LIKE other: a copy of other's columns, keys, checks and indexes (not its foreign keys). */
    record CreateTableLike(ObjectName table, ObjectName like, SourceSpan span) implements SchemaChange {}

    record AlterTable(ObjectName table, List<TableChange> changes, SourceSpan span) implements SchemaChange {
        public AlterTable {
            changes = List.copyOf(changes);
        }
    }

    record CreateIndex(Index index) implements SchemaChange {}

    record CreateView(View view) implements SchemaChange {}

    record CreateSequence(Sequence sequence) implements SchemaChange {}

    record CreateRoutine(Routine routine) implements SchemaChange {}

    record CreatePackage(PackageDef pkg) implements SchemaChange {}

    record CreateTrigger(Trigger trigger) implements SchemaChange {}

    /** ALTER TRIGGER ... ENABLE | DISABLE: the trigger stays, firing or not. */
    record SwitchTrigger(ObjectName trigger, boolean enabled, SourceSpan span) implements SchemaChange {}

    record CreateType(UserType type) implements SchemaChange {}

    /** A condition every value of domain {@code type} must meet (SQL Server sp_bindrule on an alias type). */
    record AddDomainCheck(ObjectName type, CheckConstraint check) implements SchemaChange {}

    record CreateSynonym(Synonym synonym) implements SchemaChange {}

    record GrantPrivileges(Grant grant) implements SchemaChange {}

    /** COMMENT ON TABLE / COLUMN; {@code column} is null for a table comment. */
    record SetComment(ObjectName table, String column, String comment, SourceSpan span) implements SchemaChange {
        public SetComment {
            column = Shared.string(column);
        }
    }

    /** DROP of a table, view, index, ...; {@code table} names the owning table for MySQL's DROP INDEX ... ON t. */
    record DropObject(ObjectKind kind, ObjectName name, ObjectName table, boolean ifExists, SourceSpan span)
            implements SchemaChange {}
}
