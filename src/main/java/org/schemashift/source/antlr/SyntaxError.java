package org.schemashift.source.antlr;

import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

/**
 * The first syntax error in a statement. {@code line} and {@code column} are 1-based and relative
 * to the statement text; {@code message} reads "expected `;` or a name, found `x`".
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

    /**
     * The error as its statement's SS-GEN-0001 item, at the error's file, line and column (the
     * message does not repeat them: every report shows an item's place).
     */
    public ActionItem actionItem(SourcePositions positions) {
        return GeneralCode.PARSE_ERROR.at(new SourceSpan(positions.file(), positions.line(line), positions.column(line, column)),
                getMessage());
    }
}
