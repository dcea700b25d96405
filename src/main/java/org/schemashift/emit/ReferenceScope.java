package org.schemashift.emit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlMerge;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUpdate;
import org.schemashift.model.ObjectName;

/**
 * The relations a column reference can name at one point of a query, as SQL scopes them: the FROM
 * items of each enclosing SELECT, innermost first, and what stands outside every query (the table
 * of a check, default or index, where a bare column is the table's; a trigger's NEW and OLD rows;
 * the target of a data change). Each name visible in a scope is the relation it stands for (null:
 * a derived table, whose columns are not the catalog's) and how a qualifier written with it is
 * spelled in the target (the name of a table the target renamed stays usable as a qualifier: the
 * FROM item is aliased by it, or the qualifier takes the table's target name).
 */
public final class ReferenceScope {
    /**
     * A name visible in the scope: the relation it stands for, whether a qualifier by it takes the
     * relation's target name, and whether it names a row value rather than a relation of a query
     * (a trigger's NEW and OLD: in Oracle bind variables, whose fields are values, not result columns).
     */
    record Visible(ObjectName relation, boolean qualifierIsTargetName, boolean rowValue) {
        Visible(ObjectName relation, boolean qualifierIsTargetName) {
            this(relation, qualifierIsTargetName, false);
        }
    }

    /** No relations: names resolve to nothing and are only folded. */
    public static final ReferenceScope NONE = new ReferenceScope(null, Map.of(), false);

    private final ReferenceScope parent;
    private final Map<String, Visible> names;
    private final boolean bareColumns;

    private ReferenceScope(ReferenceScope parent, Map<String, Visible> names, boolean bareColumns) {
        this.parent = parent;
        this.names = names;
        this.bareColumns = bareColumns;
    }

    /** A table's own expressions (check, default, generated column, index key): bare columns are its columns. */
    public static ReferenceScope table(ObjectName table) {
        Map<String, Visible> names = new LinkedHashMap<>();
        names.put(key(table.name()), new Visible(table, true));
        return new ReferenceScope(null, names, true);
    }

    /** A row trigger's code: NEW and OLD are rows of the table; a bare name is a variable, not a column. */
    public static ReferenceScope triggerRows(ObjectName table) {
        Map<String, Visible> names = new LinkedHashMap<>();
        names.put("NEW", new Visible(table, false, true));
        names.put("OLD", new Visible(table, false, true));
        return new ReferenceScope(null, names, false);
    }

    /** The scope of a SELECT whose FROM clause is {@code from}, inside this one. */
    ReferenceScope select(SqlNode from) {
        Map<String, Visible> visible = new LinkedHashMap<>();
        addFrom(from, visible);
        return new ReferenceScope(this, visible, true);
    }

    /** The scope of a data change's own clauses: its target table (by its alias when it has one) and a MERGE's source. */
    ReferenceScope dataChange(SqlCall statement) {
        Map<String, Visible> visible = new LinkedHashMap<>();
        if (statement instanceof SqlUpdate u) target(u.getTargetTable(), u.getAlias(), visible);
        else if (statement instanceof SqlDelete d) target(d.getTargetTable(), d.getAlias(), visible);
        else if (statement instanceof SqlInsert i) target(i.getTargetTable(), null, visible);
        else if (statement instanceof SqlMerge m) {
            target(m.getTargetTable(), m.getAlias(), visible);
            addFrom(m.getSourceTableRef(), visible);
        }
        return new ReferenceScope(this, visible, true);
    }

    /** The table a data change writes to, as an identifier, or null. */
    static SqlIdentifier targetTable(SqlCall statement) {
        SqlNode table = statement instanceof SqlUpdate u ? u.getTargetTable() : statement instanceof SqlDelete d ? d.getTargetTable()
                : statement instanceof SqlInsert i ? i.getTargetTable() : statement instanceof SqlMerge m ? m.getTargetTable() : null;
        return table instanceof SqlIdentifier id ? id : null;
    }

    /** The relation and qualifier spelling a qualifier names, innermost scope first; null when no scope has it. */
    Visible qualifier(String name) {
        for (ReferenceScope s = this; s != null; s = s.parent) {
            Visible v = s.names.get(key(name));
            if (v != null) return v;
        }
        return null;
    }

    /** The relations a bare column may belong to, innermost scope first (derived tables left out). */
    List<ObjectName> bareCandidates() {
        List<ObjectName> out = new ArrayList<>();
        for (ReferenceScope s = this; s != null; s = s.parent) {
            if (!s.bareColumns) continue;
            s.names.values().stream().map(Visible::relation).filter(r -> r != null).forEach(out::add);
            out.add(null);   // the end of one scope: an inner match wins over an outer one
        }
        return out;
    }

    private static void target(SqlNode table, SqlIdentifier alias, Map<String, Visible> visible) {
        if (!(table instanceof SqlIdentifier id)) return;
        ObjectName relation = name(id);
        visible.put(key(alias != null ? alias.getSimple() : relation.name()), new Visible(relation, alias == null));
    }

    private static void addFrom(SqlNode from, Map<String, Visible> visible) {
        if (from instanceof SqlJoin join) {
            addFrom(join.getLeft(), visible);
            addFrom(join.getRight(), visible);
        } else if (from instanceof SqlIdentifier table && !table.isStar()) {
            ObjectName relation = name(table);
            visible.put(key(relation.name()), new Visible(relation, false));
        } else if (from instanceof SqlCall as && as.getKind() == SqlKind.AS && as.operand(1) instanceof SqlIdentifier alias) {
            SqlNode source = as.operand(0);
            visible.put(key(alias.getSimple()), new Visible(source instanceof SqlIdentifier t && !t.isStar() ? name(t) : null, false));
        }
    }

    private static ObjectName name(SqlIdentifier id) {
        int n = id.names.size();
        return n == 1 ? ObjectName.of(id.names.get(0)) : new ObjectName(id.names.get(n - 2), id.names.get(n - 1));
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
