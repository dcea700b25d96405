package org.schemashift.source.oracle.plsql;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.schemashift.model.proc.Statement;

/**
 * The comments between a unit's statements (the lexer hides them from the parser), as
 * {@link Statement.Comment}s, so converted bodies keep the source's comments where they stood.
 * Comments inside a statement (in a condition or a query) are not kept.
 */
final class PlSqlComments {
    private final String code;
    private final LineIndex lines;

    PlSqlComments(String code, LineIndex lines) {
        this.code = code;
        this.lines = lines;
    }

    /** The comments in {@code [from, to)}, which holds only white space and comments. */
    List<Statement> between(int from, int to) {
        List<Statement> comments = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = PlSqlText.skipQuotedOrComment(code, i);
            if (end > i && (code.startsWith("--", i) || code.startsWith("/*", i))) {
                boolean line = code.startsWith("--", i);
                String text = code.substring(i + 2, line ? end : Math.max(i + 2, end - 2));
                comments.add(new Statement.Comment(text.strip(), lines.span(i)));
                i = end;
            } else {
                i++;
            }
        }
        return comments;
    }

    /** Where the text before {@code ctx} ends: after the token or node that precedes it in its parent. */
    static int endBefore(ParserRuleContext ctx) {
        ParseTree previous = sibling(ctx, -1);
        return previous == null ? ctx.getStart().getStartIndex() : stop(previous) + 1;
    }

    /** Where the text after {@code ctx} ends: the start of the token or node that follows it in its parent. */
    static int startAfter(ParserRuleContext ctx) {
        ParseTree next = sibling(ctx, 1);
        if (next instanceof TerminalNode t) return Math.max(t.getSymbol().getStartIndex(), ctx.getStop().getStopIndex() + 1);
        return next instanceof ParserRuleContext r ? r.getStart().getStartIndex() : ctx.getStop().getStopIndex() + 1;
    }

    private static ParseTree sibling(ParserRuleContext ctx, int step) {
        ParserRuleContext parent = ctx.getParent();
        if (parent == null) return null;
        int index = parent.children.indexOf(ctx) + step;
        return index >= 0 && index < parent.getChildCount() ? parent.getChild(index) : null;
    }

    private static int stop(ParseTree node) {
        return node instanceof TerminalNode t ? t.getSymbol().getStopIndex() : ((ParserRuleContext) node).getStop().getStopIndex();
    }
}
