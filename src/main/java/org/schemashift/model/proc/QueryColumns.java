package org.schemashift.model.proc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;

/**
 * The columns of a query's rows, for an inline table-valued function (or a procedure's result set made one, option
 * {@code result-set-procedures: setof}), where its query shows their types: each select
 * item a column of a table named in the FROM, typed as that column ({@code t.c%TYPE}, which the
 * conversion resolves against the catalog). Any other item, a {@code *} or a set operation leaves
 * the columns unknown (null): the function returns SETOF record.
 */
public final class QueryColumns {
    private QueryColumns() {
    }

    /** The fields of {@code query}'s rows, or null when an item's type cannot be seen. */
    public static List<ProcType.Field> of(SqlNode query) {
        List<String> names = names(query);
        SqlNode body = query instanceof SqlOrderBy o ? o.query : query;
        if (names == null || !(body instanceof SqlSelect select) || select.getFrom() == null) return null;
        Map<String, List<String>> tables = new HashMap<>();
        List<List<String>> all = new ArrayList<>();
        if (!tables(select.getFrom(), tables, all)) return null;
        List<ProcType.Field> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            SqlNode item = select.getSelectList().get(i);
            SqlNode value = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
            if (!(value instanceof SqlIdentifier column) || column.isStar()) return null;
            List<String> table = column.names.size() == 1 ? (all.size() == 1 ? all.get(0) : null)
                    : tables.get(key(column.names.get(column.names.size() - 2)));
            if (table == null) return null;
            fields.add(new ProcType.Field(names.get(i), anchored(table, column.names.get(column.names.size() - 1))));
        }
        return fields;
    }

    /**
     * The names of {@code query}'s columns: each item's alias or the column it names; null when an item has
     * neither ({@code *}, an expression without a name) or the query is not a SELECT.
     */
    public static List<String> names(SqlNode query) {
        SqlNode body = query instanceof SqlOrderBy o ? o.query : query;
        if (!(body instanceof SqlSelect select)) return null;
        List<String> names = new ArrayList<>();
        for (SqlNode item : select.getSelectList()) {
            SqlNode name = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(1) : item;
            if (!(name instanceof SqlIdentifier id) || id.isStar()) return null;
            names.add(id.names.get(id.names.size() - 1));
        }
        return names;
    }

    private static ProcType anchored(List<String> table, String column) {
        List<String> reference = new ArrayList<>(table);
        reference.add(column);
        return new ProcType.Anchored(reference, ProcType.Anchor.TYPE, null);
    }

    /** Collects the named tables of a FROM by alias and by name; false when an item is not a named table. */
    private static boolean tables(SqlNode from, Map<String, List<String>> tables, List<List<String>> all) {
        if (from instanceof SqlJoin join) return tables(join.getLeft(), tables, all) && tables(join.getRight(), tables, all);
        SqlNode table = from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(0) : from;
        if (!(table instanceof SqlIdentifier id)) return false;
        List<String> name = id.names.size() > 2 ? id.names.subList(id.names.size() - 2, id.names.size()) : id.names;
        all.add(name);
        tables.put(key(name.get(name.size() - 1)), name);
        if (from.getKind() == SqlKind.AS) tables.put(key(((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple()), name);
        return true;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
