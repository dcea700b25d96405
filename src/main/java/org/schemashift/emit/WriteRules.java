package org.schemashift.emit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.schemashift.convert.MappingRules;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * A target's write rules, loaded from the {@code write:} section of
 * {@code mappings/functions/<target>.yaml} and indexed by operator identity (and by canonical type
 * name for casts), each list in file order: the first rule whose conditions hold wins.
 */
final class WriteRules {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** A rule with its {@code to} parsed once (null for rules without {@code to}, and for casts). */
    record Compiled(WriteRule rule, SqlTemplate template) {

        boolean matches(SqlCall call) {
            if (rule.args() != null && rule.args() != call.operandCount()) return false;
            if (rule.when() == null) return true;
            for (Map.Entry<Integer, String> condition : rule.when().entrySet()) {
                int n = condition.getKey();
                if (n >= call.operandCount() || !isLiteral(call.operand(n), condition.getValue())) return false;
            }
            return true;
        }

        private static boolean isLiteral(SqlNode node, String value) {
            return node instanceof SqlLiteral literal && value.trim().equalsIgnoreCase(String.valueOf(literal.toValue()).trim());
        }
    }

    private final Map<SqlOperator, List<Compiled>> byOperator = new IdentityHashMap<>();
    private final Map<String, List<WriteRule>> byCastType = new LinkedHashMap<>();

    private WriteRules(String target, List<WriteRule> rules) {
        for (WriteRule rule : rules) {
            int outcomes = (rule.to() != null ? 1 : 0) + (rule.java() != null ? 1 : 0) + (rule.unsupported() != null ? 1 : 0);
            if (outcomes > 1 || (rule.op() == null) == (rule.cast() == null)) {
                throw new MappingRules.RulesException(target + " write rule " + rule.id()
                        + ": give `op` or `cast`, and at most one of `to`, `java`, `unsupported`", null);
            }
            if (rule.cast() != null) {
                rule.cast().forEach(type -> byCastType.computeIfAbsent(type.toUpperCase(Locale.ROOT), t -> new ArrayList<>()).add(rule));
                continue;
            }
            SqlTemplate template = rule.to() == null ? null : SqlTemplate.target(rule.to());
            for (String name : rule.op()) {
                SqlOperator op = CanonicalOperators.named(name);
                if (op == null) throw new MappingRules.RulesException(target + " write rule " + rule.id() + ": no canonical operator " + name, null);
                byOperator.computeIfAbsent(op, o -> new ArrayList<>()).add(new Compiled(rule, template));
            }
        }
    }

    /** The write rules of {@code target} (none when it has no rules file). */
    static WriteRules of(String target) {
        return new WriteRules(target, bundled(target));
    }

    /** The {@code write:} section of {@code mappings/functions/<target>.yaml} in file order (empty without one). */
    static List<WriteRule> bundled(String target) {
        String resource = "/mappings/functions/" + target + ".yaml";
        try (InputStream in = WriteRules.class.getResourceAsStream(resource)) {
            if (in == null) return List.of();
            JsonNode write = YAML.readTree(in).get("write");
            if (write == null || write.isNull()) return List.of();
            CollectionType type = YAML.getTypeFactory().constructCollectionType(List.class, WriteRule.class);
            return YAML.readerFor(type).readValue(write);
        } catch (IOException e) {
            throw new MappingRules.RulesException("bundled rules " + resource + " are malformed: " + e.getMessage(), e);
        }
    }

    /** True when some rule names {@code op}. */
    boolean covers(SqlOperator op) {
        return byOperator.containsKey(op);
    }

    /** The first rule for {@code call}'s operator whose conditions hold, or null. */
    Compiled find(SqlCall call) {
        for (Compiled c : byOperator.getOrDefault(call.getOperator(), List.of())) {
            if (c.matches(call)) return c;
        }
        return null;
    }

    /** The rules for casts to the canonical type {@code typeName}, in order. */
    List<WriteRule> casts(String typeName) {
        return byCastType.getOrDefault(typeName.toUpperCase(Locale.ROOT), List.of());
    }

    /** Every Java rule id the rules name. */
    List<String> javaRuleIds() {
        List<String> ids = new ArrayList<>();
        byOperator.values().forEach(list -> list.forEach(c -> {
            if (c.rule().java() != null && !ids.contains(c.rule().java())) ids.add(c.rule().java());
        }));
        return ids;
    }
}
