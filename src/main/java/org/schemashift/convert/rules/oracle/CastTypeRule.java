package org.schemashift.convert.rules.oracle;

import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.SqlTemplate;

/**
 * {@code CAST(x AS t)} to an Oracle type becomes a cast to the canonical type: DATE (a date and
 * time) is TIMESTAMP(0), like DATE columns; CLOB/NCLOB/LONG are CLOB and BLOB/RAW are BLOB (the
 * standard large-object types, which Calcite has no type name for: targets spell them in their
 * write rules), NUMBER is NUMERIC and VARCHAR2/NVARCHAR2 VARCHAR. Other types are left to the writer.
 */
public final class CastTypeRule implements ExpressionRule {
    private static final Map<String, SqlTemplate> TARGETS = Map.of(
            "DATE", SqlTemplate.canonical("CAST({0} AS TIMESTAMP(0))"),
            "CLOB", SqlTemplate.canonical("CAST({0} AS \"CLOB\")"),
            "NCLOB", SqlTemplate.canonical("CAST({0} AS \"CLOB\")"),
            "LONG", SqlTemplate.canonical("CAST({0} AS \"CLOB\")"),
            "BLOB", SqlTemplate.canonical("CAST({0} AS \"BLOB\")"),
            "RAW", SqlTemplate.canonical("CAST({0} AS \"BLOB\")"),
            "NUMBER", SqlTemplate.canonical("CAST({0} AS NUMERIC)"),
            "VARCHAR2", SqlTemplate.canonical("CAST({0} AS VARCHAR)"),
            "NVARCHAR2", SqlTemplate.canonical("CAST({0} AS VARCHAR)"));

    @Override
    public String id() {
        return "ORA-J023";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (node.getKind() != SqlKind.CAST || !(((SqlCall) node).operand(1) instanceof SqlDataTypeSpec spec)) return null;
        SqlTemplate target = TARGETS.get(TypeFamily.writtenName(spec));
        if (target == null) return null;
        // CAST(x AS NUMBER(10,2)) keeps its precision: the builder writes those as DECIMAL(10, 2).
        return target.apply(((SqlCall) node).operand(0));
    }
}
