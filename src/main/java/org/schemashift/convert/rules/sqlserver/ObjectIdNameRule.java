package org.schemashift.convert.rules.sqlserver;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;
import org.schemashift.source.sqlserver.SqlServerNames;

/**
 * {@code OBJECT_ID('s.t' [, type])} with the name a constant: OBJECT_NUMBER of the name the conversion gives that
 * object (renamed, folded, shortened; quoted, so the lookup reads it as written), as where the code names it. A name
 * the string does not spell, or one in a variable (MSS-F026 / MSS-F071 then), is looked up as SQL Server reads it.
 */
final class ObjectIdNameRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J015";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "OBJECT_ID")) return null;
        SqlCall call = (SqlCall) node;
        if (call.operandCount() > 2 || !(call.operand(0) instanceof SqlLiteral literal)
                || !(literal.getValue() instanceof NlsString text)) {
            return null;
        }
        ObjectName name = SqlServerNames.objectNamed(text.getValue());
        if (name == null) return null;
        context.note(SqlServerCode.OBJECT_ID_LOOKUP, "OBJECT_ID");
        SqlParserPos pos = literal.getParserPosition();
        SqlNode object = name.schema() == null
                ? CanonicalOperators.OBJECT_NAME_IN_TARGET.createCall(pos, text(name.name(), pos))
                : CanonicalOperators.OBJECT_NAME_IN_TARGET.createCall(pos, text(name.name(), pos), text(name.schema(), pos));
        SqlNode written = CanonicalOperators.QUOTE_IDENTIFIER.createCall(pos, object);
        if (name.schema() != null) {
            SqlNode schema = CanonicalOperators.QUOTE_IDENTIFIER.createCall(pos,
                    CanonicalOperators.SCHEMA_NAME_IN_TARGET.createCall(pos, text(name.schema(), pos)));
            written = SqlStdOperatorTable.CONCAT.createCall(pos, SqlStdOperatorTable.CONCAT.createCall(pos, schema, text(".", pos)), written);
        }
        SqlNode type = call.operandCount() == 2 ? call.operand(1)
                : SqlStdOperatorTable.CAST.createCall(pos, SqlLiteral.createNull(pos),
                        new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, pos), pos));
        return CanonicalOperators.OBJECT_NUMBER.createCall(call.getParserPosition(), written, type);
    }

    private static SqlLiteral text(String value, SqlParserPos pos) {
        return SqlLiteral.createCharString(value, pos);
    }
}
