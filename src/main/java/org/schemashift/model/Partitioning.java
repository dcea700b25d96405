package org.schemashift.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table's partitioning clause: method (RANGE, LIST, HASH, KEY, ...), the key as written,
 * and the whole clause text. Targets map it where they can and raise an action item otherwise.
 * {@code columns} and {@code partitions} are filled when the source spells out a column key and
 * partition bounds a target can recreate (Oracle RANGE, LIST and HASH; MySQL's on columns); they are
 * empty otherwise.
 */
public record Partitioning(String method, String key, String sourceText, SourceSpan span, List<String> columns,
                           List<Partition> partitions, Subpartitioning subpartitioning) {
    public Partitioning {
        columns = List.copyOf(columns);
        partitions = List.copyOf(partitions);
    }

    /** A clause without subpartitions. */
    public Partitioning(String method, String key, String sourceText, SourceSpan span, List<String> columns, List<Partition> partitions) {
        this(method, key, sourceText, span, columns, partitions, null);
    }

    /** A clause the target cannot recreate from its parts: only the text is kept. */
    public Partitioning(String method, String key, String sourceText, SourceSpan span) {
        this(method, key, sourceText, span, List.of(), List.of());
    }

    /** Every partition split the same way: HASH on {@code columns} into {@code count} subpartitions (Oracle's RANGE-HASH, LIST-HASH). */
    public record Subpartitioning(String method, List<String> columns, int count) {
        public Subpartitioning {
            columns = List.copyOf(columns);
        }
    }

    /**
     * One partition. RANGE: {@code bounds} are the VALUES LESS THAN values, a null element meaning
     * MAXVALUE. LIST: {@code bounds} are the values; {@code isDefault} for VALUES (DEFAULT). HASH: no bounds.
     */
    public record Partition(String name, List<Expr> bounds, boolean isDefault) {
        public Partition {
            bounds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bounds));
        }
    }

    /**
     * RANGE, LIST or HASH: what the method does, whatever the source calls it (MySQL's RANGE COLUMNS
     * is RANGE on columns, its KEY and LINEAR HASH spread rows by a hash as HASH does).
     */
    public String kind() {
        if (method.startsWith("RANGE")) return "RANGE";
        if (method.startsWith("LIST")) return "LIST";
        return "HASH";
    }

    /** True when the clause carries its partitions, so a target can recreate it from its parts. */
    public boolean recreatable() {
        return !partitions.isEmpty();
    }

    /** True when a bound's expression could not be converted (its node is null; a null bound is MAXVALUE). */
    public boolean hasUnconvertedBound() {
        return partitions.stream().flatMap(x -> x.bounds().stream()).anyMatch(b -> b != null && b.node() == null);
    }

    /**
     * True when every primary and unique key of {@code table} includes the partition columns:
     * PostgreSQL, MySQL and MariaDB all require it of a partitioned table.
     */
    public boolean keysIncludeColumns(Table table) {
        Set<String> key = lowerCase(columns);
        if (subpartitioning != null) key.addAll(lowerCase(subpartitioning.columns()));
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        table.uniques().forEach(u -> keys.add(u.columns()));
        return keys.stream().allMatch(k -> lowerCase(k).containsAll(key));
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(HashSet::new));
    }

    public Partitioning withPartitions(List<Partition> p) {
        return new Partitioning(method, key, sourceText, span, columns, p, subpartitioning);
    }
}
