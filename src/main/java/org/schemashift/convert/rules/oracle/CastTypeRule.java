package org.schemashift.convert.rules.oracle;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.SqlTemplate;

/**
 * {@code CAST(x AS t)} to an Oracle type PostgreSQL spells differently: DATE (a date and time) is
 * timestamp(0), like DATE columns; CLOB/NCLOB/LONG are text, BLOB/RAW bytea, NUMBER numeric and
 * VARCHAR2/NVARCHAR2 varchar. Types with a PostgreSQL meaning of their own are left to the writer.
 */
public final class CastTypeRule implements ExpressionRule {
    private static final Pattern LEADING_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Map<String, SqlTemplate> TARGETS = Map.of(
            "DATE", SqlTemplate.of("CAST({0} AS TIMESTAMP(0))"),
            "CLOB", SqlTemplate.of("CAST({0} AS text)"),
            "NCLOB", SqlTemplate.of("CAST({0} AS text)"),
            "LONG", SqlTemplate.of("CAST({0} AS text)"),
            "BLOB", SqlTemplate.of("CAST({0} AS bytea)"),
            "RAW", SqlTemplate.of("CAST({0} AS bytea)"),
            "NUMBER", SqlTemplate.of("CAST({0} AS NUMERIC)"),
            "VARCHAR2", SqlTemplate.of("CAST({0} AS VARCHAR)"),
            "NVARCHAR2", SqlTemplate.of("CAST({0} AS VARCHAR)"));

    @Override
    public String id() {
        return "OR-PG-J023";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.CAST || !(((SqlCall) node).operand(1) instanceof SqlDataTypeSpec spec)) return null;
        SqlTemplate target = TARGETS.get(typeName(spec));
        if (target == null) return null;
        // CAST(x AS NUMBER(10,2)) keeps its precision: the builder writes those as DECIMAL(10, 2).
        return target.apply(((SqlCall) node).operand(0));
    }

    /**
     * The type's leading word as written: the builder keeps types without a Calcite equivalent (DATE,
     * CLOB, RAW...) as alien type names, whose SqlTypeName is ANY, so the written spelling is what counts.
     */
    private static String typeName(SqlDataTypeSpec spec) {
        String written = spec.getTypeNameSpec() instanceof SqlAlienSystemTypeNameSpec
                ? spec.toString() : spec.getTypeName().getSimple();
        Matcher word = LEADING_WORD.matcher(written.strip().replace("\"", ""));
        return word.lookingAt() ? word.group().toUpperCase(Locale.ROOT) : "";
    }
}
