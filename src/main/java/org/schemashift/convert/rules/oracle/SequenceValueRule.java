package org.schemashift.convert.rules.oracle;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.SqlTemplate;

/**
 * {@code seq.NEXTVAL} / {@code seq.CURRVAL} become {@code nextval('seq')} / {@code currval('seq')}.
 * The name travels as text, which PostgreSQL's regclass input folds like an unquoted name: an
 * upper-case Oracle name is written as is (and finds the lower-case sequence), any other is quoted.
 */
public final class SequenceValueRule implements ExpressionRule {
    private static final SqlTemplate NEXTVAL = SqlTemplate.of("nextval({0})");
    private static final SqlTemplate CURRVAL = SqlTemplate.of("currval({0})");

    @Override
    public String id() {
        return "OR-PG-J004";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!(node instanceof SqlIdentifier id) || id.names.size() < 2 || context.relationOf(id) != null) return null;
        String last = id.names.get(id.names.size() - 1).toUpperCase(Locale.ROOT);
        if (!last.equals("NEXTVAL") && !last.equals("CURRVAL")) return null;
        List<String> sequence = id.names.subList(0, id.names.size() - 1);
        String text = sequence.stream().map(SequenceValueRule::asRegclassPart).collect(Collectors.joining("."));
        return (last.equals("NEXTVAL") ? NEXTVAL : CURRVAL).apply(OracleNodes.string(text));
    }

    private static String asRegclassPart(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
