package org.schemashift.model.sql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Replaces the target table's columns in an expression of a data change by values: the values an
 * UPDATE's SET assigns them, where a condition or a later value must read the updated row. A
 * reference is the target's column when it is qualified by the target's name (its alias, else its
 * table name) or bare outside any subquery; a bare name inside a subquery may be the subquery's
 * own column, which {@link #isTargetColumn} cannot tell without more knowledge.
 */
public class TargetColumnValues extends SqlShuttle {
    private final String target;
    private final Map<String, SqlNode> values;
    private int queryDepth;
    private boolean unresolved;

    /**
     * {@code values}: column name (upper case) → its value; a null value marks a column whose new
     * value cannot be repeated (set to DEFAULT, or by a row assignment).
     */
    public TargetColumnValues(String target, Map<String, SqlNode> values) {
        this.target = target;
        this.values = values;
    }

    /** The name a statement's expressions use for its target: the alias, else the table's own name. */
    public static String targetName(SqlNode table, SqlIdentifier alias) {
        List<String> names = ((SqlIdentifier) table).names;
        return alias != null ? alias.getSimple() : names.get(names.size() - 1);
    }

    /** True when a column without a repeatable value was read, or a bare name could not be told apart: the result is then not exact. */
    public boolean unresolved() {
        return unresolved;
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        String column = id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT);
        if (!values.containsKey(column)) return id;
        Boolean targetColumn = isTargetColumn(id, queryDepth > 0);
        if (targetColumn == null || targetColumn && values.get(column) == null) {
            unresolved = true;
            return id;
        }
        return targetColumn ? values.get(column) : id;
    }

    /** Whether {@code id} names the target's column; null when that cannot be told (a bare name inside a subquery). */
    protected Boolean isTargetColumn(SqlIdentifier id, boolean inSubquery) {
        if (id.names.size() == 2) return id.names.get(0).equalsIgnoreCase(target);
        if (id.names.size() > 2) return false;
        return inSubquery ? null : true;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        boolean query = call.getKind().belongsTo(SqlKind.QUERY);
        if (query) queryDepth++;
        try {
            return super.visit(call);
        } finally {
            if (query) queryDepth--;
        }
    }
}
