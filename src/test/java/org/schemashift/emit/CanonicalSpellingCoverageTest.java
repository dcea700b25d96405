package org.schemashift.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemashift.emit.mysql.MySqlSpellingRules;
import org.schemashift.emit.postgresql.PostgresqlSpellingRules;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.SqlTemplate;

/**
 * Every target says, for every function a converted tree can hold, how it spells it or that it
 * cannot: the project's operators, every function the sources' read rules produce
 * (mappings/functions/oracle.yaml, mysql.yaml) and the Calcite functions the Java rules produce.
 * A new source function whose canonical operator a target has no rule for fails here, not at a
 * user's conversion.
 */
class CanonicalSpellingCoverageTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Calcite functions the source Java rules (convert/rules) put into converted trees. */
    private static final List<SqlOperator> FROM_JAVA_RULES = List.of(SqlStdOperatorTable.COALESCE, SqlStdOperatorTable.NULLIF,
            SqlStdOperatorTable.TRUNCATE, SqlStdOperatorTable.ROUND, SqlStdOperatorTable.SUBSTRING, SqlLibraryOperators.SUBSTR_ORACLE,
            SqlLibraryOperators.REGEXP_LIKE, SqlLibraryOperators.REGEXP_SUBSTR, SqlLibraryOperators.REGEXP_INSTR,
            SqlLibraryOperators.REGEXP_REPLACE_6, SqlStdOperatorTable.LISTAGG, SqlStdOperatorTable.WITHIN_GROUP,
            SqlStdOperatorTable.NEXT_VALUE, SqlStdOperatorTable.CURRENT_VALUE, SqlStdOperatorTable.ROW_NUMBER,
            SqlStdOperatorTable.LOCALTIMESTAMP, SqlStdOperatorTable.IS_NOT_DISTINCT_FROM, SqlStdOperatorTable.CONCAT,
            SqlStdOperatorTable.ARRAY_VALUE_CONSTRUCTOR, SqlStdOperatorTable.CURRENT_USER, SqlStdOperatorTable.SESSION_USER,
            SqlStdOperatorTable.CURRENT_SCHEMA, SqlStdOperatorTable.CURRENT_CATALOG);

    static Stream<String> targets() {
        return Stream.of("postgresql", "mysql");
    }

    @ParameterizedTest
    @MethodSource("targets")
    void everyOperatorAConvertedTreeCanHoldHasAWriteRule(String target) throws IOException {
        CanonicalSpelling spelling = new CanonicalSpelling(target, target.equals("mysql") ? MySqlSpellingRules.all() : PostgresqlSpellingRules.all());
        Set<SqlOperator> needed = new LinkedHashSet<>(CanonicalOperators.projectOperators());
        needed.addAll(FROM_JAVA_RULES);
        needed.addAll(producedByReadRules("oracle"));
        needed.addAll(producedByReadRules("mysql"));
        needed.addAll(producedByCallRules("oracle"));
        assertThat(needed.stream().filter(op -> !spelling.hasRuleFor(op)).map(CanonicalOperators::nameOf))
                .as("operators without a write rule in mappings/functions/%s.yaml", target).isEmpty();
    }

    /** The named functions (not operators such as = or CASE, which every Calcite dialect writes) in a source's read rules. */
    private static Set<SqlOperator> producedByReadRules(String source) throws IOException {
        Set<SqlOperator> found = new LinkedHashSet<>();
        for (JsonNode rule : bundled(source).get("read")) {
            if (rule.has("java") || rule.has("unsupported")) continue;
            if (rule.has("to")) {
                found.addAll(functionsIn(rule.get("to").asText()));
            } else {
                for (JsonNode name : rule.get("name").isArray() ? rule.get("name") : List.of(rule.get("name"))) {
                    found.add(CanonicalOperators.named(name.asText()));
                }
            }
        }
        return found;
    }

    /** The named functions in the canonical expressions of a source's procedure-call rules ({@code calls:}). */
    private static Set<SqlOperator> producedByCallRules(String source) throws IOException {
        Set<SqlOperator> found = new LinkedHashSet<>();
        for (JsonNode rule : bundled(source).get("calls")) {
            for (String form : List.of("to", "perform", "output")) {
                if (rule.has(form)) found.addAll(functionsIn(rule.get(form).asText()));
            }
        }
        return found;
    }

    private static Set<SqlOperator> functionsIn(String canonical) {
        Set<SqlOperator> found = new LinkedHashSet<>();
        SqlTemplate.canonical(canonical).apply().accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (isNamedFunction(call.getOperator())) found.add(call.getOperator());
                return super.visit(call);
            }
        });
        return found;
    }

    private static boolean isNamedFunction(SqlOperator op) {
        return op instanceof SqlFunction && (op.getSyntax() == SqlSyntax.FUNCTION || op.getSyntax() == SqlSyntax.FUNCTION_ID)
                && op != SqlStdOperatorTable.CAST;
    }

    private static JsonNode bundled(String dialect) throws IOException {
        try (InputStream in = CanonicalSpellingCoverageTest.class.getResourceAsStream("/mappings/functions/" + dialect + ".yaml")) {
            return YAML.readTree(in);
        }
    }
}
