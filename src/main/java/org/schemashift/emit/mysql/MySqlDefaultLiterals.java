package org.schemashift.emit.mysql;

import java.math.BigInteger;
import java.util.Locale;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.util.BitString;
import org.schemashift.convert.ActionItems;
import org.schemashift.convert.DefaultLiterals;
import org.schemashift.model.DataType;
import org.schemashift.model.Expr;
import org.schemashift.model.SourceSpan;

/**
 * Default literals as MySQL columns take them: a bit value (MySQL b'101', or bits from another
 * source) becomes its number, because the hex form X'...' that a bit string is written in needs
 * whole bytes and MySQL rejects X'5'; a BIT column takes the number as the same bits.
 */
final class MySqlDefaultLiterals implements DefaultLiterals {

    @Override
    public Expr adapt(Expr value, DataType targetType, SourceSpan span, String where, ActionItems items) {
        if (targetType.name().toLowerCase(Locale.ROOT).startsWith("bit") && value.node() instanceof SqlBinaryStringLiteral b) {
            BigInteger number = new BigInteger("0" + b.getValueAs(BitString.class).toBitString(), 2);
            return value.withNode(SqlLiteral.createExactNumeric(number.toString(), b.getParserPosition()));
        }
        return value;
    }
}
