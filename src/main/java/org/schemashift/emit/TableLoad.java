package org.schemashift.emit;

import java.util.List;
import org.schemashift.model.ObjectName;
import org.schemashift.model.Shared;
import org.schemashift.plan.PlannedTable;
import org.schemashift.plan.TargetName;

/**
 * A table as a data migration sees it. {@code copy}: the names the conversion gave it and its
 * columns, for the copy task's mappings. {@code preData}: the CREATE TABLE the copy task loads
 * into (columns, defaults, identity and generated columns, NOT NULL, the primary key or the unique
 * key serving as the copy key), or null when that is the whole table; {@code postData}: what is
 * added once the rows are in (the other unique and check constraints, restarts of the sequences
 * its columns draw from).
 */
public record TableLoad(Copy copy, String preData, List<EmittedObject> postData) {
    public TableLoad {
        postData = List.copyOf(postData);
    }

    /**
     * The target-name decisions the copy task must follow: the source table and its target name,
     * and each loaded column (folded, shortened, made unique or renamed by the user's rules).
     */
    public record Copy(ObjectName source, TargetName target, List<CopiedColumn> columns) {
        public Copy {
            columns = List.copyOf(columns);
        }
    }

    /** The copy of a planned table: its claimed name and its columns. */
    public static Copy copy(PlannedTable table) {
        return new Copy(table.table().name(), table.name(), table.columns().stream()
                .map(c -> new CopiedColumn(c.column().name(), c.name(), c.column().type().name(), c.column().generated() != null,
                        null))
                .toList());
    }

    /**
     * {@code type}: the target type as written; {@code generated}: computed by the target, so not
     * loaded; {@code sourceType}: the source column's type as written, where the source catalog is known.
     */
    public record CopiedColumn(String source, String target, String type, boolean generated, String sourceType) {
        public CopiedColumn {
            target = Shared.string(target);
            type = Shared.string(type);
            sourceType = Shared.string(sourceType);
        }

        public CopiedColumn withSourceType(String t) {
            return new CopiedColumn(source, target, type, generated, t);
        }
    }
}
