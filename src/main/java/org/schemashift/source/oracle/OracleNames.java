package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.schemashift.model.ObjectName;
import org.schemashift.source.sql.SourceNames;
import org.schemashift.source.oracle.grammar.OracleParser.ColumnReferenceContext;
import org.schemashift.source.oracle.grammar.OracleParser.FunctionNameContext;
import org.schemashift.source.oracle.grammar.OracleParser.IdentifierContext;
import org.schemashift.source.oracle.grammar.OracleParser.IdentifierListContext;
import org.schemashift.source.oracle.grammar.OracleParser.MemberNameContext;
import org.schemashift.source.oracle.grammar.OracleParser.StringLiteralContext;
import org.schemashift.source.oracle.grammar.OracleParser.TableNameContext;

/**
 * Names and strings as Oracle stores them: an unquoted identifier is upper case (Oracle folds it),
 * a quoted one keeps its case exactly; strings lose their quotes ('' inside is one quote,
 * q'[...]' keeps its content verbatim).
 */
public final class OracleNames {
    private OracleNames() {
    }

    public static String identifier(IdentifierContext ctx) {
        return identifier(ctx.getText());
    }

    public static String identifier(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    public static List<String> identifiers(IdentifierListContext ctx) {
        return SourceNames.names(ctx, OracleNames::identifier);
    }

    /** The parts of {@code a.b.c}: a column, a record field, a package member (any word after a dot). */
    public static List<String> names(ColumnReferenceContext ctx) {
        List<String> parts = new ArrayList<>();
        parts.add(identifier(ctx.identifier()));
        for (MemberNameContext member : ctx.memberName()) parts.add(identifier(member.getText()));
        return parts;
    }

    public static ObjectName objectName(TableNameContext ctx) {
        return SourceNames.objectName(ctx, OracleNames::identifier);
    }

    /** The function a call names: a package function is one name with a dot ({@code PKG.FUNC}); a keyword (LEFT, DATE) upper case. */
    static String functionName(ParserRuleContext functionName) {
        FunctionNameContext ctx = (FunctionNameContext) functionName;
        if (ctx.identifier() == null) return ctx.getText().toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        parts.add(identifier(ctx.identifier()));
        for (MemberNameContext member : ctx.memberName()) parts.add(identifier(member.getText()));
        return String.join(".", parts);
    }

    /** What closes an alternative quote q'X...X': the pair of [, {, ( and <, any other character itself. */
    public static char alternativeQuoteClose(char open) {
        return switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            case '(' -> ')';
            case '<' -> '>';
            default -> open;
        };
    }

    public static String string(StringLiteralContext ctx) {
        return string(ctx.getText());
    }

    /** The value of '...', N'...', q'X...X' or Nq'X...X'. */
    public static String string(String literal) {
        String text = literal;
        if (text.startsWith("N") || text.startsWith("n")) text = text.substring(1);
        if (text.startsWith("q'") || text.startsWith("Q'")) {
            return text.substring(3, text.length() - 2);
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
    }
}
