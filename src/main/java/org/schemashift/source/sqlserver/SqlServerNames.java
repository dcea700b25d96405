package org.schemashift.source.sqlserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.schemashift.model.ObjectName;
import org.schemashift.source.sql.SourceNames;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.FunctionNameContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.IdentifierContext;
import org.schemashift.source.sqlserver.grammar.SqlServerParser.TableNameContext;

/**
 * Names and strings as SQL Server stores them: {@code [name]} and {@code "name"} lose their quotes
 * ({@code ]]} and {@code ""} inside are one character), unquoted names keep their case (SQL Server
 * compares names case-insensitively under its default collations). Of {@code db.schema.object}
 * only schema and object are kept, and the default schema {@code dbo} is where unqualified names
 * live, so a name qualified with it is the unqualified name (the target's default schema).
 */
public final class SqlServerNames {
    static final String DEFAULT_SCHEMA = "dbo";

    private SqlServerNames() {
    }

    static String identifier(IdentifierContext ctx) {
        return identifier(ctx.getText());
    }

    static String identifier(String text) {
        if (text.length() >= 2 && text.startsWith("[") && text.endsWith("]")) {
            return text.substring(1, text.length() - 1).replace("]]", "]");
        }
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    static List<String> identifiers(ParserRuleContext identifierList) {
        return SourceNames.names(identifierList, SqlServerNames::identifier);
    }

    static ObjectName objectName(TableNameContext ctx) {
        return objectName(parts(ctx));
    }

    /**
     * The parts of a written name, an empty one where two dots meet: {@code Shop..Stock} is
     * database Shop, the default schema, object Stock.
     */
    static List<String> parts(TableNameContext ctx) {
        List<String> parts = new ArrayList<>();
        parts.add("");
        for (ParseTree child : ctx.children) {
            if (child instanceof IdentifierContext id) parts.set(parts.size() - 1, identifier(id));
            else parts.add("");
        }
        return parts;
    }

    /** The database part of a written name ({@code Shop.dbo.t}, {@code Shop..t}), null when it has none. */
    static String database(TableNameContext ctx) {
        List<String> parts = parts(ctx);
        return parts.size() >= 3 ? parts.get(parts.size() - 3) : null;
    }

    /** The last two of the parts; {@code dbo} or an empty part ({@code db..t}) as schema means unqualified. */
    static ObjectName objectName(List<String> parts) {
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return schema == null || schema.isEmpty() || schema.equalsIgnoreCase(DEFAULT_SCHEMA) ? ObjectName.of(name)
                : new ObjectName(schema, name);
    }

    /** A name given as a string ({@code 'dbo.authors'}, {@code '[dbo].[t].[col]'}), split on dots outside brackets. */
    static List<String> parts(String written) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean bracket = false;
        for (char c : written.toCharArray()) {
            if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            if (c == '.' && !bracket) {
                parts.add(identifier(part.toString().trim()));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(identifier(part.toString().trim()));
        return parts;
    }

    /**
     * The table or view a name given as a string names, as {@link #objectName(List)} reads it
     * ({@code 'dbo.t'}, {@code '[s].[t]'}, {@code 'db..t'} and {@code 'tempdb..#t'} in the default
     * schema); null when the string is no such name (an empty part, more than three parts).
     */
    public static ObjectName objectNamed(String written) {
        List<String> parts = parts(written);
        if (parts.size() > 3 || parts.get(parts.size() - 1).isEmpty()) return null;
        List<String> used = parts.subList(Math.max(0, parts.size() - 2), parts.size());
        if (used.size() == 2 && used.get(0).isEmpty()) return parts.size() == 3 ? ObjectName.of(used.get(1)) : null;
        return objectName(used);
    }

    /** {@code 'it''s'} and {@code N'...'}: the value. */
    static String string(ParseTree literal) {
        String text = literal.getText();
        if (text.startsWith("N") || text.startsWith("n")) text = text.substring(1);
        return text.substring(1, text.length() - 1).replace("''", "'");
    }

    /**
     * Upper case, a qualified name joined with dots (sales.fn → SALES.FN), as the function rules match it.
     * A function of the default schema ({@code dbo.fn}, {@code db.dbo.fn}) is the unqualified name, as the
     * CREATE FUNCTION of {@code dbo.fn} is ({@link #objectName}).
     */
    static String functionName(ParserRuleContext ctx) {
        FunctionNameContext name = (FunctionNameContext) ctx;
        if (name.identifier().isEmpty()) return name.getText().toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (IdentifierContext id : name.identifier()) parts.add(identifier(id).toUpperCase(Locale.ROOT));
        boolean defaultSchema = parts.size() == 2 && parts.get(0).equalsIgnoreCase(DEFAULT_SCHEMA)
                || parts.size() == 3 && parts.get(1).equalsIgnoreCase(DEFAULT_SCHEMA);
        return defaultSchema ? parts.get(parts.size() - 1) : String.join(".", parts);
    }
}
