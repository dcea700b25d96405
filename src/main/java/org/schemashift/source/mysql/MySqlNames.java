package org.schemashift.source.mysql;

import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.schemashift.source.mysql.grammar.MySqlParser.FunctionNameContext;
import org.schemashift.model.ObjectName;
import org.schemashift.source.sql.SourceNames;
import org.schemashift.source.mysql.grammar.MySqlParser.IdentifierContext;
import org.schemashift.source.mysql.grammar.MySqlParser.IdentifierListContext;
import org.schemashift.source.mysql.grammar.MySqlParser.StringLiteralContext;
import org.schemashift.source.mysql.grammar.MySqlParser.NationalStringContext;
import org.schemashift.source.mysql.grammar.MySqlParser.PlainStringContext;
import org.schemashift.source.mysql.grammar.MySqlParser.TableNameContext;
import org.schemashift.source.mysql.grammar.MySqlParser.TextPartContext;

/** Names and string values as MySQL reads them: backticks and quotes removed, escapes resolved. */
final class MySqlNames {

    private MySqlNames() {
    }

    /** An identifier as written, without backticks; case is kept. */
    static String identifier(IdentifierContext ctx) {
        return unquoteIdentifier(ctx.getText());
    }

    static String unquoteIdentifier(String text) {
        if (text.length() >= 2 && text.charAt(0) == '`' && text.charAt(text.length() - 1) == '`') {
            return text.substring(1, text.length() - 1).replace("``", "`");
        }
        return text;
    }

    static List<String> identifiers(IdentifierListContext ctx) {
        return SourceNames.names(ctx, MySqlNames::unquoteIdentifier);
    }

    /** {@code db.t} becomes ObjectName("db", "t"); {@code t} has a null schema. */
    static ObjectName tableName(TableNameContext ctx) {
        return SourceNames.objectName(ctx, MySqlNames::unquoteIdentifier);
    }

    /** The value of a string literal: adjacent parts joined, quotes removed, escapes resolved. */
    static String string(StringLiteralContext ctx) {
        StringBuilder value = new StringBuilder();
        if (ctx instanceof NationalStringContext national) {
            value.append(unquoteString(national.NATIONAL_STRING().getText().substring(1)));
            for (TextPartContext part : national.textPart()) {
                value.append(unquoteString(part.getText()));
            }
        } else {
            for (TextPartContext part : ((PlainStringContext) ctx).textPart()) {
                value.append(unquoteString(part.getText()));
            }
        }
        return value.toString();
    }

    /** A string literal node or a single quoted token. */
    static String string(ParseTree literal) {
        return literal instanceof StringLiteralContext parts ? string(parts) : unquoteString(literal.getText());
    }

    /** The function a call names, upper case (MySQL function names are case-insensitive); {@code db.fn} as DB.FN. */
    static String functionName(ParserRuleContext functionName) {
        FunctionNameContext ctx = (FunctionNameContext) functionName;
        String name = unquoteIdentifier(ctx.name.getText()).toUpperCase(Locale.ROOT);
        return ctx.qualifier == null ? name : identifier(ctx.qualifier).toUpperCase(Locale.ROOT) + "." + name;
    }

    static String string(Token token) {
        return unquoteString(token.getText());
    }

    /**
     * Removes the quotes of {@code '...'} or {@code "..."} and resolves doubled quotes and MySQL's
     * backslash escapes (\0 \' \" \b \n \r \t \Z \\; "\%" and "\_" keep their backslash, as in MySQL).
     */
    static String unquoteString(String quoted) {
        char quote = quoted.charAt(0);
        StringBuilder out = new StringBuilder(quoted.length());
        int end = quoted.length() - 1;
        for (int i = 1; i < end; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < end) {
                char n = quoted.charAt(++i);
                switch (n) {
                    case '0' -> out.append('\0');
                    case 'b' -> out.append('\b');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'Z' -> out.append('\u001A');
                    case '%', '_' -> out.append('\\').append(n);
                    default -> out.append(n);
                }
            } else if (c == quote && i + 1 < end && quoted.charAt(i + 1) == quote) {
                out.append(quote);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
