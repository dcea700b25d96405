package org.schemashift.model;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;

/** Where something came from: a file and a 1-based line and column. */
public record SourceSpan(String file, int line, int column) implements Comparable<SourceSpan> {

    public static final SourceSpan UNKNOWN = new SourceSpan("", 0, 0);

    /**
     * This span's file at {@code node}'s line and column, when the node has a position at or after
     * this span's line (builders give nodes their position in the file; rules make nodes without one).
     */
    public SourceSpan at(SqlNode node) {
        SqlParserPos pos = node == null ? SqlParserPos.ZERO : node.getParserPosition();
        return pos.getLineNum() > 0 && pos.getLineNum() >= line ? new SourceSpan(file, pos.getLineNum(), pos.getColumnNum()) : this;
    }

    @Override
    public int compareTo(SourceSpan o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
