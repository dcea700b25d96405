package org.schemashift.source.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemashift.model.ObjectName;
import org.schemashift.source.oracle.grammar.OracleParser.IdentifierContext;
import org.schemashift.source.oracle.grammar.OracleParser.IdentifierListContext;
import org.schemashift.source.oracle.grammar.OracleParser.StringLiteralContext;
import org.schemashift.source.oracle.grammar.OracleParser.TableNameContext;

/**
 * Names and strings as Oracle stores them: an unquoted identifier is upper case (Oracle folds it),
 * a quoted one keeps its case exactly; strings lose their quotes ('' inside is one quote,
 * q'[...]' keeps its content verbatim).
 */
final class OracleNames {
    private OracleNames() {
    }

    static String identifier(IdentifierContext ctx) {
        return identifier(ctx.getText());
    }

    static String identifier(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.toUpperCase(Locale.ROOT);
    }

    static List<String> identifiers(IdentifierListContext ctx) {
        List<String> names = new ArrayList<>();
        if (ctx != null) {
            for (IdentifierContext id : ctx.identifier()) names.add(identifier(id));
        }
        return names;
    }

    static ObjectName objectName(TableNameContext ctx) {
        List<IdentifierContext> parts = ctx.identifier();
        return parts.size() == 1 ? ObjectName.of(identifier(parts.get(0)))
                : new ObjectName(identifier(parts.get(0)), identifier(parts.get(1)));
    }

    static String string(StringLiteralContext ctx) {
        return string(ctx.getText());
    }

    /** The value of '...', N'...', q'X...X' or Nq'X...X'. */
    static String string(String literal) {
        String text = literal;
        if (text.startsWith("N") || text.startsWith("n")) text = text.substring(1);
        if (text.startsWith("q'") || text.startsWith("Q'")) {
            return text.substring(3, text.length() - 2);
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
    }
}
