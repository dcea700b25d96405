package org.schemashift.emit.mysql;

import java.util.ArrayList;
import java.util.List;
import org.schemashift.emit.EmitContext;
import org.schemashift.model.IndexPart;
import org.schemashift.model.SourceSpan;

/**
 * The column list of a key (primary, unique or index) within InnoDB's limits: a TEXT or BLOB column
 * is indexed by its first 255 characters (bytes for BLOB), and when the whole key would pass 3,072
 * bytes (utf8mb4: 4 bytes a character) the long VARCHAR columns are cut to a prefix too, shortened
 * evenly until the key fits. A prefix the source declared (MySQL {@code col(10)}) is kept. Every
 * prefix chosen here is reported: a unique key is then unique on the prefix only.
 */
final class MySqlKeyParts {
    static final int MAX_KEY_BYTES = 3072;
    static final int PREFERRED_PREFIX = 255;

    private MySqlKeyParts() {
    }

    /** The key parts of {@code columns} (plain ascending columns). */
    static String of(List<String> columns, MySqlTableLayout layout, EmitContext context, String what, boolean unique,
                     SourceSpan span) {
        return ofParts(columns.stream().map(c -> IndexPart.column(c)).toList(), layout, context, what, unique, span);
    }

    /** The key parts of index parts that are all columns. */
    static String ofParts(List<IndexPart> parts, MySqlTableLayout layout, EmitContext context, String what, boolean unique,
                          SourceSpan span) {
        int[] prefixes = prefixes(parts, layout);
        List<String> spelled = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            IndexPart part = parts.get(i);
            String sql = context.quotedColumn(layout.table(), part.column());
            if (part.prefixLength() != null) sql += "(" + part.prefixLength() + ")";
            else if (prefixes[i] > 0) {
                sql += "(" + prefixes[i] + ")";
                chosen.add(part.column() + "(" + prefixes[i] + ")");
            }
            spelled.add(part.descending() ? sql + " DESC" : sql);
        }
        if (!chosen.isEmpty()) {
            context.items().add(MySqlTargetCode.KEY_PREFIX, span, what + " indexes " + String.join(", ", chosen)
                    + (unique ? "; it is unique on " + (chosen.size() == 1 ? "that prefix" : "those prefixes") : ""));
        }
        return String.join(", ", spelled);
    }

    /** Per part, the prefix length to write (0: none). */
    private static int[] prefixes(List<IndexPart> parts, MySqlTableLayout layout) {
        int n = parts.size();
        int[] prefixes = new int[n];
        boolean[] cut = new boolean[n];
        for (int i = 0; i < n; i++) cut[i] = parts.get(i).prefixLength() == null && layout.type(parts.get(i).column()).isLob();
        int cap = PREFERRED_PREFIX;
        if (bytes(parts, layout, cut, cap) > MAX_KEY_BYTES) {
            for (int i = 0; i < n; i++) {
                MySqlColumnType type = layout.type(parts.get(i).column());
                if (parts.get(i).prefixLength() == null && !type.isLob() && type.length() > cap
                        && (type.kind() == MySqlColumnType.Kind.CHARS || type.kind() == MySqlColumnType.Kind.BYTES)) cut[i] = true;
            }
        }
        while (cap > 1 && bytes(parts, layout, cut, cap) > MAX_KEY_BYTES) cap--;
        for (int i = 0; i < n; i++) prefixes[i] = cut[i] ? cap : 0;
        return prefixes;
    }

    private static int bytes(List<IndexPart> parts, MySqlTableLayout layout, boolean[] cut, int cap) {
        int bytes = 0;
        for (int i = 0; i < parts.size(); i++) {
            IndexPart part = parts.get(i);
            MySqlColumnType type = layout.type(part.column());
            if (part.prefixLength() != null) bytes += type.keyBytes(part.prefixLength());
            else bytes += cut[i] ? type.keyBytes(cap) : type.keyBytes();
        }
        return bytes;
    }
}
