package org.schemashift.emit.postgresql;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.BitString;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;

/**
 * Default literals as PostgreSQL columns take them: true/false for a boolean column (sources write
 * 0/1), a bit string of the column's width for a bit column, a hex string for bytea.
 */
final class PostgresqlDefaultLiterals implements DefaultLiterals {
    private static final Pattern BIT_WIDTH = Pattern.compile("\\((\\d+)\\)");

    @Override
    public Expr adapt(Expr value, DataType targetType, SourceSpan span, String where, ActionItems items) {
        String type = targetType.name().toLowerCase(Locale.ROOT);
        SqlNode node = value.node();
        SqlParserPos pos = node.getParserPosition();
        if (type.startsWith("boolean")) {
            BigDecimal n = numberIn(node);
            if (n != null) return value.withNode(SqlLiteral.createBoolean(n.signum() != 0, pos));
        } else if (type.startsWith("bit")) {
            BigDecimal n = numberIn(node);
            String bits = n != null ? n.toBigInteger().toString(2)
                    : node instanceof SqlBinaryStringLiteral b ? b.getValueAs(BitString.class).toBitString() : null;
            if (bits != null) return value.withNode(SqlLiteral.createCharString(padToWidth(bits, type), pos));
        } else if (type.startsWith("bytea") && node instanceof SqlBinaryStringLiteral b) {
            return value.withNode(SqlLiteral.createCharString("\\x" + b.getValueAs(BitString.class).toHexString(), pos));
        }
        return value;
    }

    /** A short bit value is padded with leading zeros (as MySQL does); PostgreSQL rejects a bit string of the wrong length. */
    private static String padToWidth(String bits, String bitType) {
        Matcher width = BIT_WIDTH.matcher(bitType);
        int n = width.find() ? Integer.parseInt(width.group(1)) : 1;
        return bits.length() >= n ? bits.substring(bits.length() - n) : "0".repeat(n - bits.length()) + bits;
    }

    /** The number a numeric literal or a numeric string literal ('0') holds, else null. */
    private static BigDecimal numberIn(SqlNode node) {
        if (node instanceof SqlNumericLiteral n) return n.getValueAs(BigDecimal.class);
        if (node instanceof SqlCharStringLiteral s) {
            try {
                return new BigDecimal(s.getValueAs(String.class).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
