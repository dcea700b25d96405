package org.schemashift.emit.postgresql;

/** PL/pgSQL source being written: lines at the current indentation (four spaces a level). */
final class PlPgSqlText {
    private static final String INDENT = "    ";
    private final StringBuilder out = new StringBuilder();
    private int depth;

    PlPgSqlText(int depth) {
        this.depth = depth;
    }

    int depth() {
        return depth;
    }

    PlPgSqlText line(String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
        return this;
    }

    PlPgSqlText indent() {
        depth++;
        return this;
    }

    PlPgSqlText outdent() {
        depth--;
        return this;
    }

    /** {@code text} as comment lines: a note, then each line of what it replaces. */
    PlPgSqlText commentedOut(String note, String text) {
        line("-- " + note);
        text.strip().lines().forEach(l -> line("-- " + l.stripTrailing()));
        return this;
    }

    /** Appends what another text holds, already indented. */
    PlPgSqlText append(PlPgSqlText other) {
        out.append(other.out);
        return this;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
