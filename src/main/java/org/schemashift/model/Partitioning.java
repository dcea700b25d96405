package org.schemashift.model;

import java.util.List;

/**
 * A table's partitioning clause: method (RANGE, LIST, HASH, KEY, ...), the key as written,
 * and the whole clause text. Targets map it where they can and raise an action item otherwise.
 * {@code columns} and {@code partitions} are filled when the source spells out a column key and
 * partition bounds a target can recreate (Oracle RANGE, LIST and HASH); they are empty otherwise.
 */
public record Partitioning(String method, String key, String sourceText, SourceSpan span, List<String> columns,
                           List<Partition> partitions) {
    public Partitioning {
        columns = List.copyOf(columns);
        partitions = List.copyOf(partitions);
    }

    /** A clause the target cannot recreate from its parts: only the text is kept. */
    public Partitioning(String method, String key, String sourceText, SourceSpan span) {
        this(method, key, sourceText, span, List.of(), List.of());
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

    public Partitioning withPartitions(List<Partition> p) {
        return new Partitioning(method, key, sourceText, span, columns, p);
    }
}
