package org.schemashift.model;

/** Where something came from: a file and a 1-based line and column. */
public record SourceSpan(String file, int line, int column) implements Comparable<SourceSpan> {

    public static final SourceSpan UNKNOWN = new SourceSpan("", 0, 0);

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
