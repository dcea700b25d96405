package org.schemashift.emit.mysql;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.schemashift.emit.SpellingRule;
import org.schemashift.model.sql.PseudoFunctions;

/**
 * The standard {@code TIMESTAMPADD(unit, n, t)} is MySQL's own function; the unit is written as
 * the bare word MySQL expects (Calcite's MySQL dialect takes the unit as a symbol, not the
 * interval qualifier the standard operator carries).
 */
final class MySqlTimestampAdd implements SpellingRule {

    @Override
    public String id() {
        return "MYSQL-J003";
    }

    @Override
    public SqlNode spell(SqlCall call, Context context) {
        if (!(call.operand(0) instanceof SqlIntervalQualifier qualifier)) return context.cannot("a unit that is not a literal");
        return PseudoFunctions.call("TIMESTAMPADD", call.getParserPosition(),
                SqlLiteral.createSymbol(qualifier.getStartUnit(), qualifier.getParserPosition()), call.operand(1), call.operand(2));
    }
}
