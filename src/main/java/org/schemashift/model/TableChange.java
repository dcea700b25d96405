package org.schemashift.model;

import java.util.Map;

/** One clause of an ALTER TABLE. */
public sealed interface TableChange {

    /** {@code after} is MySQL's AFTER col (null: at the end; "" : FIRST). */
    record AddColumn(Column column, String after) implements TableChange {}

    record DropColumn(String name) implements TableChange {}

    /** MySQL MODIFY (same name) and CHANGE (renames {@code oldName} to {@code column.name()}). */
    record ReplaceColumn(String oldName, Column column) implements TableChange {}

    record RenameColumn(String oldName, String newName) implements TableChange {}

    /** ALTER COLUMN SET/DROP DEFAULT; {@code defaultValue} null means drop. */
    record SetColumnDefault(String column, Expr defaultValue) implements TableChange {}

    record SetColumnNullable(String column, boolean nullable) implements TableChange {}

    record AddPrimaryKey(PrimaryKey primaryKey) implements TableChange {}

    record AddUnique(UniqueConstraint unique) implements TableChange {}

    record AddForeignKey(ForeignKey foreignKey) implements TableChange {}

    record AddCheck(CheckConstraint check) implements TableChange {}

    record AddIndex(Index index) implements TableChange {}

    record DropPrimaryKey() implements TableChange {}

    /** Drops a constraint or index by name, whatever its kind. */
    record DropConstraint(String name) implements TableChange {}

    record RenameTable(ObjectName newName) implements TableChange {}

    /** Renames an index or a unique constraint. */
    record RenameIndex(String oldName, String newName) implements TableChange {}

    /** MySQL ALTER COLUMN c SET VISIBLE / INVISIBLE. */
    record SetColumnInvisible(String column, boolean invisible) implements TableChange {}

    record SetOptions(Map<String, String> options) implements TableChange {}

    record SetComment(String comment) implements TableChange {}

    /** MySQL ALTER TABLE ... PARTITION BY; {@code partitioning} null means REMOVE PARTITIONING. */
    record SetPartitioning(Partitioning partitioning) implements TableChange {}
}
