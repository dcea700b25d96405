package org.schemashift.source.antlr;

import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.schemashift.model.ActionItem;
import org.schemashift.model.GeneralCode;
import org.schemashift.model.SourceSpan;

/**
 * The first syntax error in a statement. {@code line} and {@code column} are 1-based and relative
 * to the statement text; {@code message} reads "expected `;` or a name, found `x`".
 */
public final class SyntaxError extends RuntimeException {

    /** Characters that open a string or a quoted name, by name: alone, they were never closed. */
    private static final Map<String, String> QUOTES = Map.of("'", "quote `'`", "\"", "double quote `\"`",
            "`", "backquote", "[", "bracket `[`");

    private final int line;
    private final int column;

    public SyntaxError(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    /**
     * A character that starts no token of the language, found by the lexer: a quote whose closing
     * quote never comes ("quote `'` is never closed", "backquote is never closed"), or a stray
     * character, shown with its code point when it is not plain ASCII (a U+0007 reads as what it is).
     */
    public static SyntaxError unreadableCharacter(Token character) {
        String text = character.getText();
        String quote = QUOTES.get(text);
        String message = quote != null ? quote + " is never closed" : "unexpected character " + shown(text.codePointAt(0));
        return at(character, message);
    }

    /** A block comment's {@code /*} with no {@code *}{@code /} after it in the statement. */
    public static SyntaxError unclosedComment(Token slash) {
        return at(slash, "comment `/*` is never closed");
    }

    private static SyntaxError at(Token token, String message) {
        return new SyntaxError(token.getLine(), token.getCharPositionInLine() + 1, message);
    }

    private static String shown(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        if (codePoint < 0x20 || codePoint == 0x7F) return hex;
        return codePoint < 0x7F ? "`" + Character.toString(codePoint) + "`" : "`" + Character.toString(codePoint) + "` (" + hex + ")";
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
