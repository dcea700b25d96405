package org.schemashift.source.mysql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.RuleNode;
import org.apache.calcite.sql.SqlAlienSystemTypeNameSpec;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.BitString;
import org.schemashift.model.DataType;
import org.schemashift.model.proc.ProcOperators;
import org.schemashift.model.sql.PseudoFunctions;
import org.schemashift.source.antlr.SourcePositions;
import org.schemashift.source.mysql.grammar.MySqlParser.*;
import org.schemashift.source.mysql.grammar.MySqlParser;
import org.schemashift.source.mysql.grammar.MySqlParserBaseVisitor;
import org.schemashift.source.sql.CastTargets;
import org.schemashift.source.sql.CoreGrammar;
import org.schemashift.source.sql.CoreSqlBuilder;
import org.schemashift.source.sql.CoreSqlDialect;

/**
 * Builds Calcite {@link SqlNode}s from MySQL expressions: the shared core grammar's constructs through
 * {@link CoreSqlBuilder}, MySQL's own here. Conventions:
 *
 * <ul>
 *   <li>Standard operators ({@link SqlStdOperatorTable}) where MySQL means the same: AND ({@code &&}
 *       too), OR ({@code ||} too: the default sql_mode, not PIPES_AS_CONCAT), NOT ({@code !} too),
 *       EQUALS, NOT_EQUALS ({@code <>}, {@code !=}), LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN,
 *       GREATER_THAN_OR_EQUAL, IS_NOT_DISTINCT_FROM ({@code <=>}), IS_[NOT_]NULL/TRUE/FALSE/UNKNOWN,
 *       LIKE / NOT_LIKE (ESCAPE as third operand), IN / NOT_IN (second operand a SqlNodeList),
 *       BETWEEN / NOT_BETWEEN, PLUS, MINUS, MULTIPLY, DIVIDE, MOD ({@code %} and MOD), UNARY_MINUS,
 *       UNARY_PLUS, BITAND ({@code &}), BITOR ({@code |}), BITXOR ({@code ^}), BITNOT ({@code ~}),
 *       BIT_LEFT_SHIFT ({@code <<}), ROW, CASE ({@link SqlCase}), CAST (also for CONVERT(x, type) and
 *       BINARY x, which is CAST(x AS BINARY)), and the functions COALESCE, NULLIF, UPPER, LOWER, ABS,
 *       CHAR_LENGTH, CHARACTER_LENGTH, POWER, FLOOR, CEIL, CEILING, SQRT, LN, EXP, COUNT, SUM, MIN, MAX, AVG.</li>
 *   <li>Current date/time: CURRENT_TIMESTAMP, NOW() and LOCALTIME / LOCALTIMESTAMP (MySQL: all three are
 *       NOW) become calls of SqlStdOperatorTable.CURRENT_TIMESTAMP, except LOCALTIMESTAMP / LOCALTIME
 *       which stay SqlStdOperatorTable.LOCALTIMESTAMP; CURRENT_DATE and CURDATE() become CURRENT_DATE,
 *       CURRENT_TIME and CURTIME() CURRENT_TIME. A fractional-seconds precision, as in
 *       CURRENT_TIMESTAMP(6), is the call's single operand, an exact numeric literal; without it the
 *       call has no operands (with or without empty parentheses in the source).</li>
 *   <li>MySQL operators without a Calcite equivalent are {@link SqlUnresolvedFunction} calls with an
 *       upper-case pseudo-name: {@code XOR(a, b)}, {@code REGEXP(a, pattern)} (NOT REGEXP is
 *       NOT(REGEXP(..)); RLIKE is REGEXP), {@code DIV(a, b)}, {@code RIGHTSHIFT(a, n)},
 *       {@code INTERVAL(expr, 'UNIT')}, {@code COLLATE(expr, 'collation')},
 *       {@code CONVERT_USING(expr, 'charset')}. Every other function is an unresolved call named
 *       in upper case as written (NOW excepted, see above); COUNT(*) has a star identifier operand,
 *       COUNT(DISTINCT x) the DISTINCT function qualifier.</li>
 *   <li>Literals: integers and decimals are exact numerics (a leading minus folds into the
 *       literal), 1e3 approximate; '...' / "..." / N'...' are character strings with escapes
 *       resolved (a charset introducer such as _utf8mb4 is dropped, except _binary, which makes a
 *       binary string); x'..' and 0x.. are binary strings (an odd digit count gets a leading 0);
 *       b'0101' and 0b0101 are binary strings holding a {@link BitString} of exactly the bits
 *       written ({@code getBitString().getBitCount()} is the number of digits), so BIT(n) defaults
 *       convert without loss; TRUE/FALSE booleans; NULL null; DATE/TIME/TIMESTAMP 'x' date, time and
 *       timestamp literals when the text is in canonical form, otherwise
 *       {@link SqlLiteral#createUnknown(String, String, SqlParserPos)} with the text kept.</li>
 *   <li>Columns are {@link SqlIdentifier}s with one name per part (t.c has two); user and system
 *       variables are one-part identifiers spelled as written ({@code @x}, {@code @@sql_mode}).</li>
 * </ul>
 * Every node's {@link SqlParserPos} is its line and column in the file.
 */
final class MySqlExpressionBuilder extends MySqlParserBaseVisitor<SqlNode> implements CoreSqlDialect {

    /**
     * MySQL for the shared core: names without backticks, case kept; strings with escapes resolved
     * ({@code 'a' "b"} is one string); function names upper case; standard besides the shared
     * functions: CHAR_LENGTH, POWER, FLOOR, CEIL, SQRT, LN, EXP, MOD, and NOW, CURDATE and CURTIME,
     * MySQL's names for the current date and time functions.
     */
    private static final CoreGrammar MYSQL = new CoreGrammar(MySqlParser.VOCABULARY, MySqlParser.ruleNames,
            MySqlNames::unquoteIdentifier, MySqlNames::string, MySqlNames::functionName, Map.ofEntries(
            Map.entry("CHAR_LENGTH", SqlStdOperatorTable.CHAR_LENGTH), Map.entry("CHARACTER_LENGTH", SqlStdOperatorTable.CHARACTER_LENGTH),
            Map.entry("POWER", SqlStdOperatorTable.POWER), Map.entry("FLOOR", SqlStdOperatorTable.FLOOR),
            Map.entry("CEIL", SqlStdOperatorTable.CEIL), Map.entry("CEILING", SqlStdOperatorTable.CEIL),
            Map.entry("SQRT", SqlStdOperatorTable.SQRT), Map.entry("LN", SqlStdOperatorTable.LN),
            Map.entry("EXP", SqlStdOperatorTable.EXP), Map.entry("MOD", SqlStdOperatorTable.MOD),
            Map.entry("NOW", SqlStdOperatorTable.CURRENT_TIMESTAMP), Map.entry("CURDATE", SqlStdOperatorTable.CURRENT_DATE),
            Map.entry("CURTIME", SqlStdOperatorTable.CURRENT_TIME)));

    /** CURRENT_TIMESTAMP, LOCALTIME... by keyword; LOCALTIME is LOCALTIMESTAMP (MySQL: both are NOW). */
    private static final Map<Integer, SqlOperator> CURRENT_VALUES = Map.of(
            MySqlParser.CURRENT_TIMESTAMP, SqlStdOperatorTable.CURRENT_TIMESTAMP, MySqlParser.LOCALTIMESTAMP, SqlStdOperatorTable.LOCALTIMESTAMP,
            MySqlParser.LOCALTIME, SqlStdOperatorTable.LOCALTIMESTAMP, MySqlParser.CURRENT_TIME, SqlStdOperatorTable.CURRENT_TIME,
            MySqlParser.CURRENT_DATE, SqlStdOperatorTable.CURRENT_DATE, MySqlParser.CURRENT_USER, SqlStdOperatorTable.CURRENT_USER);

    private final SourcePositions positions;
    private final CoreSqlBuilder core;

    MySqlExpressionBuilder(SourcePositions positions) {
        this.positions = positions;
        this.core = new CoreSqlBuilder(positions, this, MYSQL);
    }

    // ------------------------------------------------------------------ column defaults

    @Override
    public SqlNode visitLiteralDefault(LiteralDefaultContext ctx) {
        SqlNode literal = visit(ctx.literal());
        return ctx.sign == null || ctx.sign.getType() == MySqlParser.PLUS ? literal : core.negate(literal, pos(ctx));
    }

    @Override
    public SqlNode visitExpressionDefault(ExpressionDefaultContext ctx) {
        return visit(ctx.expression());
    }

    // ------------------------------------------------------------------ logical operators and predicates

    @Override
    public SqlNode visitXorExpression(XorExpressionContext ctx) {
        return pseudo("XOR", pos(ctx), visit(ctx.expression(0)), visit(ctx.expression(1)));
    }

    @Override
    public SqlNode visitIsExpression(IsExpressionContext ctx) {
        boolean not = ctx.NOT() != null;
        SqlOperator op = switch (ctx.truthValue.getType()) {
            case MySqlParser.NULL -> not ? SqlStdOperatorTable.IS_NOT_NULL : SqlStdOperatorTable.IS_NULL;
            case MySqlParser.TRUE -> not ? SqlStdOperatorTable.IS_NOT_TRUE : SqlStdOperatorTable.IS_TRUE;
            case MySqlParser.FALSE -> not ? SqlStdOperatorTable.IS_NOT_FALSE : SqlStdOperatorTable.IS_FALSE;
            default -> not ? SqlStdOperatorTable.IS_NOT_UNKNOWN : SqlStdOperatorTable.IS_UNKNOWN;
        };
        return op.createCall(pos(ctx), visit(ctx.booleanPrimary()));
    }

    /** {@code a <=> b} is IS_NOT_DISTINCT_FROM; the other comparisons are the core's. */
    @Override
    public SqlNode visitComparisonPredicate(ComparisonPredicateContext ctx) {
        if (ctx.comparisonOperator().NULL_SAFE_EQUALS() == null) return core.build(ctx);
        return SqlStdOperatorTable.IS_NOT_DISTINCT_FROM.createCall(pos(ctx), visit(ctx.booleanPrimary()), visit(ctx.predicate()));
    }

    /** RLIKE is REGEXP; NOT REGEXP is NOT(REGEXP(..)). */
    @Override
    public SqlNode visitRegexpPredicate(RegexpPredicateContext ctx) {
        SqlNode call = pseudo("REGEXP", pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
        return ctx.NOT() != null ? SqlStdOperatorTable.NOT.createCall(pos(ctx), call) : call;
    }

    // ------------------------------------------------------------------ arithmetic and bits

    @Override
    public SqlNode visitBitXorExpression(BitXorExpressionContext ctx) {
        return SqlStdOperatorTable.BITXOR.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    /** {@code %} and MOD are MOD, {@code DIV} (integer division) a DIV pseudo function; * and / are the core's. */
    @Override
    public SqlNode visitMultiplicativeExpr(MultiplicativeExprContext ctx) {
        if (ctx.DIV() != null) return pseudo("DIV", pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
        if (ctx.PERCENT() != null || ctx.MOD() != null) {
            return SqlStdOperatorTable.MOD.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
        }
        return core.build(ctx);
    }

    @Override
    public SqlNode visitShiftExpression(ShiftExpressionContext ctx) {
        SqlNode left = visit(ctx.valueExpression(0));
        SqlNode right = visit(ctx.valueExpression(1));
        return ctx.op.getType() == MySqlParser.SHIFT_LEFT
                ? SqlStdOperatorTable.BIT_LEFT_SHIFT.createCall(pos(ctx), left, right)
                : pseudo("RIGHTSHIFT", pos(ctx), left, right);
    }

    @Override
    public SqlNode visitBitAndExpression(BitAndExpressionContext ctx) {
        return SqlStdOperatorTable.BITAND.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    @Override
    public SqlNode visitBitOrExpression(BitOrExpressionContext ctx) {
        return SqlStdOperatorTable.BITOR.createCall(pos(ctx), visit(ctx.valueExpression(0)), visit(ctx.valueExpression(1)));
    }

    // ------------------------------------------------------------------ primaries

    @Override
    public SqlNode visitCollateExpression(CollateExpressionContext ctx) {
        return withWord("COLLATE", ctx, ctx.primary(), collation(ctx.collationName()), ctx.collationName());
    }

    /** {@code ~x} is BITNOT; unary plus and minus are the core's. */
    @Override
    public SqlNode visitUnaryExpr(UnaryExprContext ctx) {
        if (ctx.TILDE() == null) return core.build(ctx);
        return SqlStdOperatorTable.BITNOT.createCall(pos(ctx), visit(ctx.primary()));
    }

    @Override
    public SqlNode visitBangExpression(BangExpressionContext ctx) {
        return SqlStdOperatorTable.NOT.createCall(pos(ctx), visit(ctx.primary()));
    }

    /** {@code BINARY x} is CAST(x AS BINARY). */
    @Override
    public SqlNode visitBinaryExpression(BinaryExpressionContext ctx) {
        SqlParserPos p = pos(ctx);
        SqlDataTypeSpec binary = new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.BINARY, p), p);
        return SqlStdOperatorTable.CAST.createCall(p, visit(ctx.primary()), binary);
    }

    /** {@code @x} and {@code @@sql_mode}: one-part identifiers spelled as written. */
    @Override
    public SqlNode visitVariableExpression(VariableExpressionContext ctx) {
        return new SqlIdentifier(ctx.getText(), pos(ctx));
    }

    /**
     * JSON_TABLE(doc, path COLUMNS (...)) AS t is the query it stands for ({@link MySqlJsonTable}); where it has no such
     * query, the call JSON_TABLE(doc, path) AS t, which a read rule reports.
     */
    @Override
    public SqlNode visitJsonTable(JsonTableContext ctx) {
        SqlNode table = new MySqlJsonTable(this::visit, this::path, this::castTarget, this::pos).query(ctx);
        if (table == null) table = pseudo("JSON_TABLE", pos(ctx), visit(ctx.expression()), path(ctx.path));
        return SqlStdOperatorTable.AS.createCall(pos(ctx.alias), table, new SqlIdentifier(MySqlNames.identifier(ctx.alias), pos(ctx.alias)));
    }

    /** {@code j->'$.a'} is JSON_EXTRACT(j, '$.a'); {@code j->>'$.a'} is JSON_UNQUOTE(JSON_EXTRACT(j, '$.a')). */
    @Override
    public SqlNode visitJsonPathExpression(JsonPathExpressionContext ctx) {
        SqlNode extract = pseudo("JSON_EXTRACT", pos(ctx), visit(ctx.primary()), path(ctx.path));
        return ctx.JSON_UNQUOTE_ARROW() == null ? extract : pseudo("JSON_UNQUOTE", pos(ctx), extract);
    }

    /** A JSON path written as a string: its text as a literal. */
    private SqlNode path(StringLiteralContext path) {
        return path instanceof PlainStringContext plain ? SqlLiteral.createCharString(MySqlNames.string(plain), pos(path)) : visit(path);
    }

    @Override
    public SqlNode visitIntervalExpression(IntervalExpressionContext ctx) {
        return withWord("INTERVAL", ctx, ctx.expression(), MySqlNames.identifier(ctx.unit).toUpperCase(Locale.ROOT), ctx.unit);
    }

    // ------------------------------------------------------------------ functions with a syntax of their own

    /** CONVERT(x, type) is CAST(x AS type). */
    @Override
    public SqlNode visitConvertCall(ConvertCallContext ctx) {
        return core.cast(ctx);
    }

    @Override
    public SqlNode visitConvertUsingCall(ConvertUsingCallContext ctx) {
        return withWord("CONVERT_USING", ctx, ctx.expression(), charset(ctx.charsetName()), ctx.charsetName());
    }

    /** A fractional-seconds precision is the call's single operand. */
    @Override
    public SqlNode visitCurrentTimeCall(CurrentTimeCallContext ctx) {
        SqlOperator op = CURRENT_VALUES.get(ctx.name.getType());
        return ctx.fsp == null ? op.createCall(pos(ctx)) : op.createCall(pos(ctx), SqlLiteral.createExactNumeric(ctx.fsp.getText(), positions.pos(ctx.fsp)));
    }

    @Override
    public SqlNode visitCurrentValueCall(CurrentValueCallContext ctx) {
        return CURRENT_VALUES.get(ctx.name.getType()).createCall(pos(ctx));
    }

    /**
     * {@code GROUP_CONCAT([DISTINCT] a, b ORDER BY k SEPARATOR s)} is the pseudo call
     * {@code GROUP_CONCAT(s, a, b)} (DISTINCT its function quantifier; s the ',' MySQL defaults to
     * when none is written) inside a WITHIN GROUP call of the order when there is one.
     */
    @Override
    public SqlNode visitGroupConcatCall(GroupConcatCallContext ctx) {
        SqlParserPos p = pos(ctx);
        List<SqlNode> operands = new ArrayList<>();
        operands.add(SqlLiteral.createCharString(ctx.separator == null ? "," : MySqlNames.string(ctx.separator), p));
        for (ExpressionContext e : ctx.expressionList().expression()) operands.add(visit(e));
        SqlCall call = PseudoFunctions.function(new SqlIdentifier("GROUP_CONCAT", p)).createCall(
                ctx.DISTINCT() == null ? null : SqlSelectKeyword.DISTINCT.symbol(p), p, operands);
        if (ctx.orderByClause() == null) return call;
        return SqlStdOperatorTable.WITHIN_GROUP.createCall(p, call, visit(ctx.orderByClause()));
    }

    // ------------------------------------------------------------------ queries

    /** The core's query, with LIMIT as its offset and fetch, then its locking clauses. */
    @Override
    public SqlNode visitQuery(QueryContext ctx) {
        SqlNode query = limited(ctx);
        for (LockingClauseContext lock : ctx.lockingClause()) {
            boolean update = lock.strength != null && lock.strength.getType() == MySqlParser.UPDATE;
            List<SqlIdentifier> tables = new ArrayList<>();
            for (TableNameContext table : lock.tableName()) tables.add((SqlIdentifier) visit(table));
            ProcOperators.LockWait wait = lock.NOWAIT() != null ? ProcOperators.LockWait.NOWAIT
                    : lock.SKIP_() != null ? ProcOperators.LockWait.SKIP_LOCKED : ProcOperators.LockWait.WAIT;
            query = ProcOperators.rowLock(query, update ? ProcOperators.LockMode.UPDATE : ProcOperators.LockMode.SHARE,
                    tables, wait, pos(lock));
        }
        return query;
    }

    private SqlNode limited(QueryContext ctx) {
        SqlNode query = core.build(ctx);
        if (ctx.limitClause() == null) return query;
        SqlNode count;
        SqlNode offset;
        if (ctx.limitClause() instanceof LimitOffsetContext l) {
            count = visit(l.count);
            offset = l.offset == null ? null : visit(l.offset);
        } else {
            LimitCommaOffsetContext l = (LimitCommaOffsetContext) ctx.limitClause();
            count = visit(l.count);
            offset = visit(l.offset);
        }
        SqlWith with = query instanceof SqlWith w ? w : null;
        SqlNode body = with == null ? query : with.body;
        SqlOrderBy limited = body instanceof SqlOrderBy o
                ? new SqlOrderBy(o.getParserPosition(), o.query, o.orderList, offset, count)
                : new SqlOrderBy(pos(ctx), body, SqlNodeList.EMPTY, offset, count);
        return with == null ? limited : new SqlWith(with.getParserPosition(), with.withList, limited);
    }

    /** An alias written as a string ({@code AS 'INFO'}) names the column as an identifier would. */
    @Override
    public SqlNode visitExpressionItem(ExpressionItemContext ctx) {
        if (ctx.aliasText == null) return core.build(ctx);
        SqlParserPos p = pos(ctx.aliasText);
        String alias = MySqlNames.string(ctx.aliasText.getStart());
        return SqlStdOperatorTable.AS.createCall(p, visit(ctx.expression()), new SqlIdentifier(alias, p));
    }

    // ------------------------------------------------------------------ CAST types

    @Override
    public SqlNode visitSignedCastType(SignedCastTypeContext ctx) {
        return CastTargets.standard(SqlTypeName.BIGINT, pos(ctx));
    }

    @Override
    public SqlNode visitUnsignedCastType(UnsignedCastTypeContext ctx) {
        return new SqlDataTypeSpec(new SqlAlienSystemTypeNameSpec("UNSIGNED", SqlTypeName.BIGINT, pos(ctx)), pos(ctx));
    }

    /** Calcite's type where MySQL means the same by its type; DECIMAL without a precision is DECIMAL(10,0). */
    @Override
    public SqlNode visitDataCastType(DataCastTypeContext ctx) {
        return castTarget(ctx.dataType());
    }

    private SqlNode castTarget(DataTypeContext ctx) {
        DataType type = new MySqlTypeBuilder(positions).type(ctx);
        SqlParserPos p = pos(ctx);
        SqlTypeName name = switch (type.name()) {
            case "char" -> SqlTypeName.CHAR;
            case "varchar" -> SqlTypeName.VARCHAR;
            case "binary" -> SqlTypeName.BINARY;
            case "varbinary" -> SqlTypeName.VARBINARY;
            case "date" -> SqlTypeName.DATE;
            case "time" -> SqlTypeName.TIME;
            case "datetime" -> SqlTypeName.TIMESTAMP;
            case "decimal" -> SqlTypeName.DECIMAL;
            case "float" -> SqlTypeName.REAL;
            case "double" -> SqlTypeName.DOUBLE;
            case "tinyint" -> SqlTypeName.TINYINT;
            case "smallint" -> SqlTypeName.SMALLINT;
            case "int" -> SqlTypeName.INTEGER;
            case "bigint" -> SqlTypeName.BIGINT;
            case "boolean" -> SqlTypeName.BOOLEAN;
            default -> null;
        };
        if (name == null) return CastTargets.sourceSpelling(type, p);
        Integer length = name == SqlTypeName.DECIMAL && type.length() == null ? Integer.valueOf(10) : type.length();
        return CastTargets.standard(name, length, type.scale(), p);
    }

    // ------------------------------------------------------------------ literals

    /** {@code _binary'...'} is a binary string; any other introducer is dropped (the core's character string). */
    @Override
    public SqlNode visitTextLiteral(TextLiteralContext ctx) {
        if (ctx.stringLiteral() instanceof PlainStringContext plain && plain.CHARSET_INTRODUCER() != null
                && plain.CHARSET_INTRODUCER().getText().equalsIgnoreCase("_binary")) {
            return SqlLiteral.createBinaryString(MySqlNames.string(plain).getBytes(StandardCharsets.UTF_8), pos(ctx));
        }
        return core.build(ctx);
    }

    @Override
    public SqlNode visitHexLiteral(HexLiteralContext ctx) {
        String text = ctx.HEX_LITERAL().getText();
        String digits = text.charAt(0) == '0' ? text.substring(2) : text.substring(2, text.length() - 1);
        if (digits.length() % 2 == 1) {
            digits = "0" + digits;
        }
        return SqlLiteral.createBinaryString(digits, pos(ctx));
    }

    @Override
    public SqlNode visitBitLiteral(BitLiteralContext ctx) {
        String text = ctx.BIT_LITERAL().getText();
        String bits = text.charAt(0) == '0' ? text.substring(2) : text.substring(2, text.length() - 1);
        return MySqlBitLiteral.of(bits, pos(ctx));
    }

    /** Every node the visit methods above do not build is one of the shared core grammar's. */
    @Override
    public SqlNode visitChildren(RuleNode node) {
        return core.build(node);
    }

    // ------------------------------------------------------------------ helpers

    private SqlParserPos pos(ParserRuleContext ctx) {
        return positions.pos(ctx);
    }

    private static SqlNode pseudo(String name, SqlParserPos pos, SqlNode... operands) {
        return PseudoFunctions.call(name, pos, operands);
    }

    /** {@code x COLLATE c}, {@code CONVERT(x USING cs)}, {@code INTERVAL x DAY}: {@code NAME(x, 'word')}. */
    private SqlNode withWord(String name, ParserRuleContext ctx, ParserRuleContext operand, String word, ParserRuleContext wordNode) {
        return pseudo(name, pos(ctx), visit(operand), SqlLiteral.createCharString(word, pos(wordNode)));
    }

    static String collation(CollationNameContext ctx) {
        return ctx.STRING_LITERAL() != null ? MySqlNames.string(ctx.STRING_LITERAL().getSymbol())
                : MySqlNames.unquoteIdentifier(ctx.getText());
    }

    static String charset(CharsetNameContext ctx) {
        return ctx.STRING_LITERAL() != null ? MySqlNames.string(ctx.STRING_LITERAL().getSymbol())
                : MySqlNames.unquoteIdentifier(ctx.getText());
    }

    /** A binary string literal holding exactly the bits of a MySQL b'...' literal. */
    static final class MySqlBitLiteral extends SqlBinaryStringLiteral {
        private MySqlBitLiteral(BitString bits, SqlParserPos pos) {
            super(bits, pos);
        }

        static SqlBinaryStringLiteral of(String bits, SqlParserPos pos) {
            return new MySqlBitLiteral(BitString.createFromBitString(bits), pos);
        }
    }
}
