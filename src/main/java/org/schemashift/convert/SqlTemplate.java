package org.schemashift.convert;

import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A target expression written as SQL text with {0}, {1}, ... placeholders, parsed once by Calcite:
 * the same notation as the {@code to} of function rules, for Java rules that build nodes.
 */
public final class SqlTemplate {
    private final SqlNode template;

    private SqlTemplate(SqlNode template) {
        this.template = template;
    }

    /** Throws {@link MappingRules.RulesException} when {@code sql} does not parse. */
    public static SqlTemplate of(String sql) {
        return new SqlTemplate(FunctionRules.parseExpression(sql, "template"));
    }

    /** The template with {n} replaced by {@code args[n]}. */
    public SqlNode apply(SqlNode... args) {
        return substitute(template, List.of(args));
    }

    static SqlNode substitute(SqlNode template, List<SqlNode> args) {
        return template.accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlIdentifier id) {
                String prefix = FunctionRules.PLACEHOLDER_PREFIX;
                if (id.isSimple() && id.getSimple().startsWith(prefix)) {
                    int n = Integer.parseInt(id.getSimple().substring(prefix.length()));
                    if (n < args.size() && args.get(n) != null) return args.get(n);
                }
                return id;
            }
        });
    }
}
