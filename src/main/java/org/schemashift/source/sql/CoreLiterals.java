package org.schemashift.source.sql;

import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * The core's literals: strings with the dialect's quoting resolved, exact and approximate
 * numbers, NULL, TRUE / FALSE, DATE / TIME / TIMESTAMP 'x' (an unknown literal keeping the text
 * when it is not in canonical form) and INTERVAL 'x' unit [TO unit].
 */
final class CoreLiterals extends CoreBuilderPart {
    private static final List<String> INTERVAL_UNITS = List.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND");

    CoreLiterals(CoreSqlBuilder core) {
        super(core);
    }

    SqlNode text(ParserRuleContext ctx) {
        return SqlLiteral.createCharString(core.grammar().string(tree.child(ctx, "stringLiteral")), core.pos(ctx));
    }

    /** Integers and decimals; {@code .5} is 0.5. */
    SqlNode exactNumeric(ParserRuleContext ctx) {
        String text = ctx.getText();
        return SqlLiteral.createExactNumeric(text.startsWith(".") ? "0" + text : text, core.pos(ctx));
    }

    SqlNode approximateNumeric(String digits, SqlParserPos pos) {
        String text = digits.toUpperCase(Locale.ROOT).contains("E") ? digits : digits + "E0";
        return SqlLiteral.createApproxNumeric(text.startsWith(".") ? "0" + text : text, pos);
    }

    SqlNode nullLiteral(ParserRuleContext ctx) {
        return SqlLiteral.createNull(core.pos(ctx));
    }

    SqlNode booleanLiteral(ParserRuleContext ctx) {
        return SqlLiteral.createBoolean(tree.has(ctx, "TRUE"), core.pos(ctx));
    }

    SqlNode temporal(ParserRuleContext ctx) {
        String written = core.grammar().string(tree.terminal(ctx, "STRING_LITERAL"));
        String value = written.strip();
        SqlParserPos p = core.pos(ctx);
        String kind = ctx.getStart().getText().toUpperCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "DATE" -> SqlLiteral.createDate(new DateString(value), p);
                case "TIME" -> SqlLiteral.createTime(new TimeString(value), fractionDigits(value), p);
                default -> SqlLiteral.createTimestamp(SqlTypeName.TIMESTAMP, new TimestampString(value), fractionDigits(value), p);
            };
        } catch (RuntimeException notCanonical) {
            return SqlLiteral.createUnknown(kind, written, p);
        }
    }

    private static int fractionDigits(String value) {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? 0 : value.length() - dot - 1;
    }

    /** {@code INTERVAL '-1-2' YEAR TO MONTH}: the sign is the literal's, the qualifier's precisions are dropped. */
    SqlNode interval(ParserRuleContext ctx) {
        SqlParserPos p = core.pos(ctx);
        String value = core.grammar().string(tree.terminal(ctx, "STRING_LITERAL"));
        List<Token> units = tree.tokens(ctx, INTERVAL_UNITS);
        TimeUnit start = TimeUnit.valueOf(units.get(0).getText().toUpperCase(Locale.ROOT));
        TimeUnit end = units.size() > 1 ? TimeUnit.valueOf(units.get(1).getText().toUpperCase(Locale.ROOT)) : null;
        int sign = 1;
        if (value.startsWith("-")) {
            sign = -1;
            value = value.substring(1);
        }
        return SqlLiteral.createInterval(sign, value, new SqlIntervalQualifier(start, end, p), p);
    }
}
