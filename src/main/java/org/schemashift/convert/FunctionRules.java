package org.schemashift.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/** Function rules indexed by upper-case source name; the first rule for a name wins. */
public final class FunctionRules {
    private static final SqlParser.Config TEMPLATE_PARSER = SqlParser.config()
            .withUnquotedCasing(Casing.UNCHANGED).withQuotedCasing(Casing.UNCHANGED);

    /** A rule with its {@code to} template parsed once; {@code template} is null for same-name rules. */
    public record Compiled(FunctionRule rule, SqlNode template) {}

    private final Map<String, Compiled> byName = new HashMap<>();

    FunctionRules(List<FunctionRule> rules) {
        for (FunctionRule rule : rules) {
            Compiled compiled = new Compiled(rule, rule.to() == null ? null : parseTemplate(rule));
            for (String name : rule.name()) {
                byName.putIfAbsent(key(name, rule.args()), compiled);
            }
        }
    }

    /** The rule for a call of {@code name} with {@code argCount} arguments, or null. */
    public Compiled find(String name, int argCount) {
        Compiled exact = byName.get(key(name, argCount));
        return exact != null ? exact : byName.get(key(name, null));
    }

    private static String key(String name, Integer args) {
        return name.toUpperCase(Locale.ROOT) + (args == null ? "" : "/" + args);
    }

    /** Placeholders {n} become identifiers ssargN so the template parses as an ordinary expression. */
    static final String PLACEHOLDER_PREFIX = "ssarg";

    private static SqlNode parseTemplate(FunctionRule rule) {
        String sql = rule.to().replaceAll("\\{(\\d+)}", PLACEHOLDER_PREFIX + "$1");
        try {
            return ((SqlSelect) SqlParser.create("SELECT " + sql, TEMPLATE_PARSER).parseQuery()).getSelectList().get(0);
        } catch (SqlParseException e) {
            throw new MappingRules.RulesException("function rule " + rule.id() + ": cannot parse '" + rule.to() + "'", e);
        }
    }
}
