package org.schemashift.emit.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * The conflict target of an ON CONFLICT DO UPDATE written for a source that acts on a duplicate in
 * any unique key (MySQL). PostgreSQL names one key: the keys whose columns the INSERT all sets are
 * the ones a new row can duplicate (an unset column takes its default or the next AUTO_INCREMENT
 * value); of those the first, the primary key when it is one. More than one candidate is reported
 * ({@link #reason}), as a key on expressions, which cannot be named, or an unknown table is.
 */
final class UpsertKey {
    /** {@code columns} null: no target can be named; {@code reason} set: why it may differ or fail. */
    record Choice(List<String> columns, String reason) {}

    private UpsertKey() {
    }

    /** {@code keys}: the table's, at least one, or null when the table is unknown. */
    static Choice choose(List<Set<String>> keys, SqlNodeList insertedColumns) {
        if (keys == null) return new Choice(null, "the table is not in the input, so its unique keys are unknown");
        List<Set<String>> candidates = new ArrayList<>();
        if (insertedColumns != null) {
            Set<String> inserted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (SqlNode column : insertedColumns) inserted.add(name(column));
            for (Set<String> key : keys) {
                if (!key.isEmpty() && inserted.containsAll(key)) candidates.add(key);
            }
        }
        if (candidates.isEmpty()) candidates = keys;
        Set<String> chosen = candidates.get(0);
        if (chosen.isEmpty()) return new Choice(null, "its unique key is on expressions or partial, which ON CONFLICT cannot name");
        String reason = candidates.size() == 1 ? null : "the row can duplicate " + candidates.size() + " unique keys " + candidates
                + "; ON CONFLICT names " + chosen + ", a duplicate in another raises unique_violation";
        return new Choice(List.copyOf(chosen), reason);
    }

    static String name(SqlNode column) {
        List<String> names = ((SqlIdentifier) column).names;
        return names.get(names.size() - 1);
    }
}
