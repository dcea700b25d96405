package org.schemashift.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a relation a query reads (a table, view, derived table or WITH item): name →
 * source type family, in column order, and the names of those that never hold NULL. Names are
 * kept as the producer wrote them (upper case for a query's output columns).
 */
public record RelationColumns(Map<String, TypeFamily> families, Set<String> notNull) {

    /** The same columns under {@code names}, by position (a view's or WITH item's column list). */
    public RelationColumns renamed(List<String> names) {
        List<Map.Entry<String, TypeFamily>> columns = new ArrayList<>(families.entrySet());
        Map<String, TypeFamily> renamed = new LinkedHashMap<>();
        Set<String> renamedNotNull = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Map.Entry<String, TypeFamily> column = i < columns.size() ? columns.get(i) : null;
            renamed.put(names.get(i), column == null ? TypeFamily.UNKNOWN : column.getValue());
            if (column != null && notNull.contains(column.getKey())) renamedNotNull.add(names.get(i));
        }
        return new RelationColumns(renamed, renamedNotNull);
    }
}
