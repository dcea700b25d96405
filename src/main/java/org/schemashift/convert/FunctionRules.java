package org.schemashift.convert;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The source result family of a call of {@code name} whose operands have {@code operandTypes}. */
    public TypeFamily returns(String name, List<TypeFamily> operandTypes) {
        Compiled compiled = find(name, operandTypes.size());
        if (compiled == null || compiled.rule().returns() == null) return TypeFamily.UNKNOWN;
        String returns = compiled.rule().returns().trim();
        Matcher argument = ARGUMENT.matcher(returns);
        if (argument.matches()) {
            int n = Integer.parseInt(argument.group(1));
            return n < operandTypes.size() ? operandTypes.get(n) : TypeFamily.UNKNOWN;
        }
        return TypeFamily.ofName(returns);
    }

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private static String key(String name, Integer args) {
        return name.toUpperCase(Locale.ROOT) + (args == null ? "" : "/" + args);
    }

    /** Placeholders {n} become identifiers ssargN so the template parses as an ordinary expression. */
    static final String PLACEHOLDER_PREFIX = "ssarg";

    private static SqlNode parseTemplate(FunctionRule rule) {
        return parseExpression(rule.to(), "function rule " + rule.id());
    }

    /** Parses a target expression with {n} placeholders; {@code owner} names it in the error. */
    static SqlNode parseExpression(String template, String owner) {
        String sql = template.replaceAll("\\{(\\d+)}", PLACEHOLDER_PREFIX + "$1");
        try {
            return ((SqlSelect) SqlParser.create("SELECT " + sql, TEMPLATE_PARSER).parseQuery()).getSelectList().get(0);
        } catch (SqlParseException e) {
            throw new MappingRules.RulesException(owner + ": cannot parse '" + template + "'", e);
        }
    }
}
