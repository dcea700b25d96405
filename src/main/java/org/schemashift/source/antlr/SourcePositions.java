package org.schemashift.source.antlr;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.schemashift.model.SourceSpan;
import org.schemashift.source.RawStatement;

/**
 * Turns positions inside one statement (what the lexer sees) into positions in the file: a token
 * on the statement's first line is shifted by the statement's column, every token by its line.
 */
public final class SourcePositions {

    private final String file;
    private final int firstLine;
    private final int firstColumn;
    private final String code;

    public SourcePositions(String file, RawStatement statement) {
        this.file = file;
        this.firstLine = statement.line();
        this.firstColumn = statement.column();
        this.code = statement.code();
    }

    public String file() {
        return file;
    }

    public int line(int lineInStatement) {
        return firstLine + lineInStatement - 1;
    }

    /** {@code columnInStatement} is 1-based. */
    public int column(int lineInStatement, int columnInStatement) {
        return lineInStatement == 1 ? firstColumn + columnInStatement - 1 : columnInStatement;
    }

    public SourceSpan span(Token token) {
        return new SourceSpan(file, line(token.getLine()), column(token.getLine(), token.getCharPositionInLine() + 1));
    }

    public SourceSpan span(ParserRuleContext ctx) {
        return span(ctx.getStart());
    }

    public SourceSpan statementSpan() {
        return new SourceSpan(file, firstLine, firstColumn);
    }

    /** Where a node built at {@code pos} starts. */
    public SourceSpan span(SqlParserPos pos) {
        return new SourceSpan(file, pos.getLineNum(), pos.getColumnNum());
    }

    public SqlParserPos pos(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() != null ? ctx.getStop() : start;
        int stopLength = Math.max(1, stop.getStopIndex() - stop.getStartIndex() + 1);
        return new SqlParserPos(line(start.getLine()), column(start.getLine(), start.getCharPositionInLine() + 1),
                line(stop.getLine()), column(stop.getLine(), stop.getCharPositionInLine() + stopLength));
    }

    public SqlParserPos pos(Token token) {
        int length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
        return new SqlParserPos(line(token.getLine()), column(token.getLine(), token.getCharPositionInLine() + 1),
                line(token.getLine()), column(token.getLine(), token.getCharPositionInLine() + length));
    }

    /** The exact source text of a parse-tree node, comments inside it included. */
    public String text(ParserRuleContext ctx) {
        Token stop = ctx.getStop() != null ? ctx.getStop() : ctx.getStart();
        return code.substring(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1);
    }
}
