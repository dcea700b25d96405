package org.schemashift.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * The function rules a conversion from one source to one target tries, in order: the user's
 * ({@code --mappings}), the pair's exceptions ({@code mappings/functions/<source>-to-<target>.yaml},
 * {@code functions:}), then the source's {@code read:} section ({@code mappings/functions/<source>.yaml}).
 * Indexed by upper-case source name; the first rule for the name whose {@code args} (if given)
 * is the call's argument count wins, so a user's rule wins over a bundled one however specific.
 */
public final class FunctionRules {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    /**
     * A rule ready to apply: a canonical template ({@code to} of a read rule), the canonical operator
     * of the same name (a read rule without {@code to}), a target template ({@code to} of a user's or
     * pair's direct rule), or none of them: a Java rule converts the call ({@code java}), or a direct
     * rule without {@code to} leaves it as written.
     */
    public record Compiled(FunctionRule rule, SqlTemplate template, SqlOperator operator) {

        /** True when a Java rule, not this entry, converts the call: the entry only declares its type. */
        public boolean javaOnly() {
            return rule.java() != null;
        }

        /** True when no target has an equivalent: the entry names the call and says why. */
        public boolean unsupported() {
            return rule.unsupported() != null;
        }

        /**
         * True when this rule reads {@code id}, a name written without parentheses, as a call (Oracle
         * SYSDATE, DBMS_RANDOM.VALUE): a rule saying args: 0, or for a package member (DBMS_SQL.NATIVE)
         * a rule saying the whole package has no equivalent.
         */
        public boolean callsBare(SqlIdentifier id) {
            return Integer.valueOf(0).equals(rule.args()) || !id.isSimple() && unsupported();
        }

        /** {@code call} converted by this rule; null when a Java rule must convert it. */
        SqlNode apply(SqlCall call) {
            if (javaOnly() || unsupported()) return null;
            if (template != null) return template.applyTo(call.getOperandList());
            if (operator != null) {
                return operator.createCall(call.getFunctionQuantifier(), call.getParserPosition(),
                        call.getOperandList().toArray(SqlNode[]::new));
            }
            return call;
        }

        /** A bare name read as a call without arguments (Oracle SYSDATE); null when this rule does not make one. */
        SqlNode applyBare(SqlIdentifier id) {
            if (javaOnly() || unsupported()) return null;
            if (template != null) return template.apply();
            if (operator instanceof SqlFunction f && f.getSyntax() == SqlSyntax.FUNCTION_ID) return f.createCall(id.getParserPosition());
            return null;
        }
    }

    private final Map<String, List<Compiled>> byName = new HashMap<>();
    /** Rules naming every member of some packages ({@code DBMS_SQL.*}), in rule order, tried after exact names. */
    private final List<Map.Entry<Pattern, Compiled>> byPackage = new ArrayList<>();

    private FunctionRules(List<Compiled> rules) {
        for (Compiled compiled : rules) {
            for (String name : compiled.rule().name()) {
                String upper = name.toUpperCase(Locale.ROOT);
                if (upper.endsWith(".*")) {
                    byPackage.add(Map.entry(packagePattern(upper), compiled));
                } else {
                    byName.computeIfAbsent(upper, n -> new ArrayList<>()).add(compiled);
                }
            }
        }
    }

    /** {@code UTL_*.*} as a pattern: {@code *} in the package part is any run of characters, the member any name. */
    private static Pattern packagePattern(String name) {
        String packagePart = name.substring(0, name.length() - 2);
        return Pattern.compile(Pattern.quote(packagePart).replace("*", "\\E.*\\Q") + "\\.[^.]+");
    }

    /** The rules for {@code source} → {@code target}, after the user's direct and read rules. */
    static FunctionRules load(String source, String target, List<FunctionRule> userDirect, List<FunctionRule> userRead) {
        List<Compiled> rules = new ArrayList<>(parsedNow(direct(userDirect)));
        rules.addAll(parsedNow(canonical(userRead)));
        JsonNode pair = bundled(source + "-to-" + target);
        if (pair != null) rules.addAll(direct(rulesIn(pair.get("functions"), source + "-to-" + target)));
        JsonNode dialect = bundled(source);
        if (dialect != null) rules.addAll(canonical(rulesIn(dialect.get("read"), source)));
        return new FunctionRules(rules);
    }

    /** The rule for a call of {@code name} with {@code argCount} arguments, or null. */
    public Compiled find(String name, int argCount) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (Compiled c : byName.getOrDefault(upper, List.of())) {
            if (c.rule().args() == null || c.rule().args() == argCount) return c;
        }
        for (Map.Entry<Pattern, Compiled> rule : byPackage) {
            if (rule.getKey().matcher(upper).matches()) return rule.getValue();
        }
        return null;
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

    /** Read rules: {@code to} is canonical; without it, the same-named canonical operator (one per name). */
    private static List<Compiled> canonical(List<FunctionRule> rules) {
        List<Compiled> out = new ArrayList<>();
        for (FunctionRule rule : rules) {
            if (rule.to() != null || rule.java() != null || rule.unsupported() != null) {
                out.add(new Compiled(rule, rule.to() == null ? null : template(rule, true), null));
                continue;
            }
            for (String name : rule.name()) {
                SqlOperator op = CanonicalOperators.named(name);
                if (op == null) {
                    throw new MappingRules.RulesException("function rule " + rule.id() + ": " + name
                            + " is no canonical operator; give `to` (a canonical expression) or `java` (the Java rule converting it)", null);
                }
                out.add(new Compiled(withName(rule, name), null, op));
            }
        }
        return out;
    }

    /** Direct rules (a user's or a pair's): {@code to} is the target's SQL. */
    private static List<Compiled> direct(List<FunctionRule> rules) {
        return rules.stream().map(r -> new Compiled(r, r.to() == null ? null : template(r, false), null)).toList();
    }

    /** Parsed on first use: bundled templates are checked by a test, not on every run. */
    private static SqlTemplate template(FunctionRule rule, boolean canonical) {
        return canonical ? SqlTemplate.canonical(rule.to()) : SqlTemplate.target(rule.to());
    }

    /** {@code rules} (a user's) with their templates parsed now, so a malformed one is reported as the file is read. */
    private static List<Compiled> parsedNow(List<Compiled> rules) {
        for (Compiled compiled : rules) {
            try {
                if (compiled.template() != null) compiled.template().parsed();
            } catch (IllegalArgumentException e) {
                throw new MappingRules.RulesException("function rule " + compiled.rule().id() + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static FunctionRule withName(FunctionRule rule, String name) {
        return new FunctionRule(rule.id(), List.of(name), rule.args(), rule.to(), rule.java(), rule.action(), rule.note(), rule.returns(),
                rule.unsupported());
    }

    private static List<FunctionRule> rulesIn(JsonNode list, String file) {
        return listIn(list, FunctionRule.class, "function rules in " + file);
    }

    /**
     * The list {@code section} of the bundled {@code mappings/functions/<dialect>.yaml} read as
     * {@code type} (empty without the file or the section), for rules other stages keep in that file.
     */
    public static <T> List<T> bundledList(String dialect, String section, Class<T> type) {
        JsonNode file = bundled(dialect);
        return listIn(file == null ? null : file.get(section), type, section + " in mappings/functions/" + dialect + ".yaml");
    }

    private static <T> List<T> listIn(JsonNode list, Class<T> type, String what) {
        if (list == null || list.isNull()) return List.of();
        try {
            CollectionType listType = MappingRules.YAML.getTypeFactory().constructCollectionType(List.class, type);
            return MappingRules.YAML.readerFor(listType).readValue(list);
        } catch (IOException e) {
            throw new MappingRules.RulesException(what + " are malformed: " + e.getMessage(), e);
        }
    }

    /** {@code mappings/functions/<name>.yaml} as a tree, or null when there is no such file. */
    private static JsonNode bundled(String name) {
        String resource = "/mappings/functions/" + name + ".yaml";
        try (InputStream in = FunctionRules.class.getResourceAsStream(resource)) {
            return in == null ? null : MappingRules.YAML.readTree(in);
        } catch (IOException e) {
            throw new MappingRules.RulesException("bundled rules " + resource + " are malformed: " + e.getMessage(), e);
        }
    }
}
