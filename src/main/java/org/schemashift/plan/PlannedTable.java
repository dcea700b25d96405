package org.schemashift.plan;

import java.util.List;
import org.schemashift.model.CheckConstraint;
import org.schemashift.model.Column;
import org.schemashift.model.Shared;
import org.schemashift.model.SourceSpan;
import org.schemashift.model.Table;

/**
 * A table as the target will create it: its claimed name, its columns (a column whose name
 * clashes with an earlier one after folding is commented out), its primary and unique keys with
 * claimed names, and its checks (commented out when unconverted or not enforced).
 * {@code autoNumberKey}: the auto-numbered column the target must add a key on (an AUTO_INCREMENT
 * column must lead a key; the source's identity column leads none), or null.
 */
public record PlannedTable(Table table, TargetName name, List<PlannedColumn> columns, Key primaryKey,
                           List<Key> uniques, List<Check> checks, Column autoNumberKey) {
    public PlannedTable {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
    }

    /** A column and its target name, unique in its table. */
    public record PlannedColumn(Column column, String name) {
        public PlannedColumn {
            name = Shared.string(name);
        }
    }

    /**
     * A primary key or unique constraint with its claimed name (null for a primary key on a target
     * that does not name it); {@code deferrable} is false on targets without DEFERRABLE.
     */
    public record Key(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred, SourceSpan span) {
        public Key {
            columns = Shared.strings(columns);
        }
    }

    /** A check with its name; {@code commentedOut} when its condition is unconverted or it is not enforced. */
    public record Check(CheckConstraint check, String name, boolean commentedOut) {
    }
}
