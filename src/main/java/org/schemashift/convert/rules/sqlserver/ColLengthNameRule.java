package org.schemashift.convert.rules.sqlserver;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.NlsString;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.model.ObjectName;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;
import org.schemashift.source.sqlserver.SqlServerNames;

/**
 * {@code COL_LENGTH('s.t', 'c')} with both names constants: the column the conversion gives c of the relation it gives
 * s.t (renamed, folded, shortened), as where the code names them, so the idiom {@code IF COL_LENGTH('t', 'c') IS NULL}
 * finds the converted column. Names held in variables (MSS-F072) are read as the target reads a name.
 */
final class ColLengthNameRule implements ExpressionRule {

    @Override
    public String id() {
        return "MSS-J018";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (!PseudoFunctions.isCall(node, "COL_LENGTH") || ((SqlCall) node).operandCount() != 2) return null;
        SqlCall call = (SqlCall) node;
        String table = text(call.operand(0));
        String column = text(call.operand(1));
        ObjectName name = table == null ? null : SqlServerNames.objectNamed(table);
        if (name == null || column == null) return null;
        context.note(SqlServerCode.COLUMN_LENGTH, "COL_LENGTH");
        SqlParserPos pos = call.getParserPosition();
        List<SqlNode> columnName = new ArrayList<>(List.of(SqlLiteral.createCharString(column, pos),
                SqlLiteral.createCharString(name.name(), pos)));
        if (name.schema() != null) columnName.add(SqlLiteral.createCharString(name.schema(), pos));
        return CanonicalOperators.COLUMN_LENGTH.createCall(pos,
                CanonicalOperators.RELATION_ID_OF_NAMED.createCall(pos, new SqlIdentifier(name.parts(), call.operand(0).getParserPosition())),
                CanonicalOperators.COLUMN_NAME_IN_TARGET.createCall(pos, columnName));
    }

    private static String text(SqlNode node) {
        return node instanceof SqlLiteral literal && literal.getValue() instanceof NlsString s ? s.getValue() : null;
    }
}
