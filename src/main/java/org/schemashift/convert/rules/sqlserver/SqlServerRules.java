package org.schemashift.convert.rules.sqlserver;

import java.util.List;
import org.apache.calcite.config.NullCollation;
import org.schemashift.convert.BooleanAsNumberRule;
import org.schemashift.convert.BooleanNumberComparisonRule;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.NullOrderRule;

/** The Java rules that read SQL Server constructs into canonical trees, whatever the target. Ids MSS-Jnnn. */
public final class SqlServerRules {
    private SqlServerRules() {
    }

    public static List<ExpressionRule> all() {
        return List.of(new CollateRule(), new StringPlusRule(), new ConvertRule(), new BooleanNumberComparisonRule("MSS-J003"), new BooleanAsNumberRule("MSS-J013"), new LikeCharacterClassRule(),
                new DateAddRule(), new DateDiffRule(), new DatePartRule(), new ChooseRule(), new PatIndexRule(), new CaselessSearchRule(),
                // before TOP, whose ranking window takes the ORDER BY keys as they are
                new NullOrderRule("MSS-J014", NullCollation.LOW), new TopRule(), new QueryConstructRule(), new PivotRule(),
                new ObjectIdNameRule(), new ColLengthNameRule());
    }

    /** The rules of SQL Server constructs written otherwise for the MySQL target, which MariaDB (no LATERAL) must run. */
    public static List<ExpressionRule> toMysql() {
        return List.of(PivotRule.withoutLateral());
    }
}
