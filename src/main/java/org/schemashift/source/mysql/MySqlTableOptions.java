package org.schemashift.source.mysql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemashift.source.mysql.grammar.MySqlParser.*;

/**
 * Table options by upper-case name: ENGINE (TYPE is its old spelling), CHARSET (for CHARACTER SET
 * too), COLLATE, COMMENT, AUTO_INCREMENT, ROW_FORMAT, ... Values as written, strings unquoted;
 * UNION keeps the table list as written, DATA/INDEX DIRECTORY are keyed with their two words.
 */
final class MySqlTableOptions {

    private MySqlTableOptions() {
    }

    static Map<String, String> of(List<TableOptionContext> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (TableOptionContext option : options) {
            if (option instanceof EngineTableOptionContext o) {
                map.put("ENGINE", value(o.optionValue()));
            } else if (option instanceof CharsetTableOptionContext o) {
                map.put("CHARSET", MySqlExpressionBuilder.charset(o.charsetName()));
            } else if (option instanceof CollateTableOptionContext o) {
                map.put("COLLATE", MySqlExpressionBuilder.collation(o.collationName()));
            } else if (option instanceof CommentTableOptionContext o) {
                map.put("COMMENT", MySqlNames.string(o.stringLiteral()));
            } else if (option instanceof UnionTableOptionContext o) {
                map.put("UNION", String.join(",", o.tableName().stream().map(t -> MySqlNames.tableName(t).toString()).toList()));
            } else if (option instanceof DirectoryTableOptionContext o) {
                map.put(o.getStart().getText().toUpperCase(Locale.ROOT) + " DIRECTORY", MySqlNames.string(o.stringLiteral()));
            } else if (option instanceof StorageTableOptionContext o) {
                map.put("STORAGE", o.getStop().getText().toUpperCase(Locale.ROOT));
            } else if (option instanceof NamedTableOptionContext o) {
                map.put(o.name.getText().toUpperCase(Locale.ROOT), value(o.optionValue()));
            }
        }
        return map;
    }

    static String value(OptionValueContext ctx) {
        if (ctx.stringLiteral() != null) {
            return MySqlNames.string(ctx.stringLiteral());
        }
        if (ctx.identifier() != null) {
            return MySqlNames.identifier(ctx.identifier());
        }
        return ctx.getText();
    }
}
