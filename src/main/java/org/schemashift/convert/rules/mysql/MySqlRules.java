package org.schemashift.convert.rules.mysql;

import java.util.List;
import org.apache.calcite.config.NullCollation;
import org.schemashift.convert.BooleanAsNumberRule;
import org.schemashift.convert.BooleanNumberComparisonRule;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.NullOrderRule;

/** The Java rules that read MySQL constructs into canonical trees, whatever the target. Ids MY-Jnnn. */
public final class MySqlRules {
    private MySqlRules() {
    }

    public static List<ExpressionRule> all() {
        return List.of(new ConcatToPipesRule(), new SequentialSetRule(), new BooleanNumberComparisonRule("MY-J003"), new BooleanAsNumberRule("MY-J010"),
                new GroupConcatRule(), new JsonPathRule(), new JsonMergeRule(), new JsonSearchRule(), new DateArithmeticRule(), new DateFormatRule(), new GroupByColumnsRule(), new NumberConditionRule(), new NullOrderRule("MY-J011", NullCollation.LOW));
    }

    /** The rules of MySQL constructs that mean something else on PostgreSQL only. */
    public static List<ExpressionRule> toPostgresql() {
        return List.of(new StringComparisonRule(), new ExactArithmeticRule(), new TextOperandRule(), new DivisionByZeroRule());
    }
}
