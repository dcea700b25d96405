package org.schemashift.convert.rules.sqlserver;

import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * {@code CONVERT(type, x[, style])} is {@code CAST(x AS type)} unless a style picks a format: the
 * style only matters between dates and strings (and for money and float to strings, where the
 * default style 0 is what CAST gives). Styles that keep the ISO format CAST writes (120, 121, 126,
 * 23 for a date) are the cast; other date styles are reported. TRY_CAST / TRY_CONVERT (NULL instead
 * of an error) have no equivalent: reported.
 */
final class ConvertRule implements ExpressionRule {
    /** Date and time styles whose text is the ISO form a cast to a string gives on both targets. */
    private static final Set<Integer> ISO_STYLES = Set.of(0, 20, 21, 23, 120, 121, 126);

    @Override
    public String id() {
        return "MSS-J002";
    }

    @Override
    public SqlNode rewrite(SqlNode node, RuleContext context) {
        if (PseudoFunctions.isCall(node, "MSS_TRY_CAST")) {
            context.note(SqlServerCode.FUNCTION_SEMANTICS, "TRY_CAST / TRY_CONVERT has no equivalent");
            context.unconvertible("TRY_CAST / TRY_CONVERT");
            return null;
        }
        if (!PseudoFunctions.isCall(node, "MSS_CONVERT")) return null;
        SqlCall call = (SqlCall) node;
        SqlCall cast = call.operand(0);
        if (call.operandCount() == 1) return cast;
        Integer style = call.operand(1) instanceof SqlLiteral literal ? literal.getValueAs(Integer.class) : null;
        boolean dateToText = context.typeOf(cast.operand(0)).isTemporal() && isText(cast.operand(1));
        boolean textToDate = context.typeOf(cast.operand(0)) == TypeFamily.STRING && !isText(cast.operand(1));
        if (!dateToText && !textToDate || style != null && ISO_STYLES.contains(style)) return cast;
        context.unconvertible("CONVERT with style " + (style == null ? call.operand(1) : style));
        return null;
    }

    private static boolean isText(SqlNode type) {
        return type instanceof SqlDataTypeSpec spec && spec.getTypeName().isSimple()
                && Set.of(SqlTypeName.VARCHAR.name(), SqlTypeName.CHAR.name()).contains(spec.getTypeName().getSimple());
    }
}
