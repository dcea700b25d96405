package org.schemashift.source.antlr;

/**
 * The first syntax error in a statement. {@code line} and {@code column} are 1-based and relative
 * to the statement text; {@code message} reads {@code mismatched input 'x' expecting {...}}.
 */
public final class SyntaxError extends RuntimeException {

    private final int line;
    private final int column;

    public SyntaxError(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
