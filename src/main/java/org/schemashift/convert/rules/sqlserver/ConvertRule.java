package org.schemashift.convert.rules.sqlserver;

import java.util.Collection;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.schemashift.convert.ExpressionRule;
import org.schemashift.convert.RuleContext;
import org.schemashift.convert.TypeFamily;
import org.schemashift.model.sql.CanonicalOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.sqlserver.SqlServerCode;

/**
 * {@code CONVERT(type, x[, style])} is {@code CAST(x AS type)} unless a style picks a format: the
 * style matters between dates and strings, where it becomes the canonical FORMAT_BY_MODEL (a date
 * as text) or PARSE_TIMESTAMP_BY_MODEL (text read as a date) with the style's format model
 * ({@link ConvertStyles}), still cast to the written type so that {@code varchar(10)} cuts the
 * text as SQL Server does. A datetime as text without a style (or style 0/100) is SQL Server's
 * "mon dd yyyy hh:miAM", which the cast does not write: reported. Styles of money and float as
 * text (commas, scientific notation) are reported too. TRY_CAST / TRY_CONVERT (NULL instead of an
 * error) have no equivalent: reported.
 */
final class ConvertRule implements ExpressionRule {
    /** Styles that read dates in the ISO form a plain cast reads on both targets. */
    private static final Set<Integer> ISO_INPUT = Set.of(0, 20, 21, 23, 25, 120, 121, 126);
    private static final Set<SqlTypeName> TEXT = Set.of(SqlTypeName.VARCHAR, SqlTypeName.CHAR);

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
        SqlNode value = cast.operand(0);
        SqlDataTypeSpec type = (SqlDataTypeSpec) cast.operand(1);
        TypeFamily from = context.typeOf(value);
        Integer style = call.operandCount() == 1 ? null
                : call.operand(1) instanceof SqlLiteral literal ? literal.getValueAs(Integer.class) : -1;
        if (style != null && style < 0) {
            context.unconvertible("CONVERT with the style " + call.operand(1) + ", which is not a literal");
            return null;
        }
        if (is(type, TEXT)) return asText(call, cast, from, style, context);
        if (from == TypeFamily.STRING && is(type, SqlTypeName.DATETIME_TYPES) && style != null && !ISO_INPUT.contains(style)) {
            ConvertStyles.Style format = styleOrReport(style, context);
            if (format == null) return null;
            SqlParserPos p = call.getParserPosition();
            SqlNode parsed = CanonicalOperators.PARSE_TIMESTAMP_BY_MODEL.createCall(p, value, SqlLiteral.createCharString(format.model(), p));
            return SqlStdOperatorTable.CAST.createCall(p, parsed, type);
        }
        return cast;
    }

    /** A value as text: dates by the style's model; numbers only in the default style. */
    private static SqlNode asText(SqlCall call, SqlCall cast, TypeFamily from, Integer style, RuleContext context) {
        if (from == TypeFamily.NUMBER && style != null && style != 0) {
            context.unconvertible("CONVERT of a number to text with the style " + style);
            return null;
        }
        boolean date = from.isTemporal() || from == TypeFamily.UNKNOWN && style != null && style >= 100 && style != 126;
        if (!date) return cast;
        if (style == null || style == 0 || style == 100) {
            if (from == TypeFamily.DATE) return cast;
            context.note(SqlServerCode.FUNCTION_SEMANTICS, "CONVERT of a datetime to text without a style writes 'mon dd yyyy hh:miAM'"
                    + " on SQL Server; the conversion writes the target's ISO text: give the format the callers expect");
            return cast;
        }
        ConvertStyles.Style format = styleOrReport(style, context);
        if (format == null) return null;
        if (format.differs() != null) context.note(SqlServerCode.FUNCTION_SEMANTICS, "CONVERT style " + style + ": " + format.differs());
        SqlParserPos p = call.getParserPosition();
        SqlNode text = CanonicalOperators.FORMAT_BY_MODEL.createCall(p, cast.operand(0), SqlLiteral.createCharString(format.model(), p));
        return SqlStdOperatorTable.CAST.createCall(p, text, cast.operand(1));
    }

    private static ConvertStyles.Style styleOrReport(int style, RuleContext context) {
        ConvertStyles.Style format = ConvertStyles.of(style);
        if (format == null) context.unconvertible("CONVERT with the date style " + style);
        return format;
    }

    private static boolean is(SqlDataTypeSpec type, Collection<SqlTypeName> names) {
        if (!type.getTypeName().isSimple()) return false;
        SqlTypeName name = SqlTypeName.get(type.getTypeName().getSimple());
        return name != null && names.contains(name);
    }
}
